// The failover's step 6: Install-CsMirrorDatabase for mgc and mgccomp of the new primary, with its
// parameters as a form, the mirroring the backup instance and Get-CsDatabaseMirrorState show, and the
// commands.
#pragma once

#include "steppage.h"

class QLabel;
class QTableWidget;

namespace pchat {

class CommandPreview;
class FailoverSettingsBox;

class FailoverInstallMirrorPage : public StepPage
{
    Q_OBJECT

public:
    explicit FailoverInstallMirrorPage(Plan& plan, QWidget* parent = nullptr);

    // Fills the mirroring table whenever the step has read the backup instance.
    void setStepObject(FailbackStep* step);

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    QLabel* m_intro;
    FailoverSettingsBox* m_settings;
    QTableWidget* m_mirroring;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
};

} // namespace pchat
