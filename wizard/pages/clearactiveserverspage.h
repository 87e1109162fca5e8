// Step 1: clear the Active Server list with Set-CsPersistentChatActiveServer, and the Agent account note.
#pragma once

#include "steppage.h"

class QCheckBox;
class QLabel;

namespace pchat {

class PreflightRunner;

class CommandPreview;

class ClearActiveServersPage : public StepPage
{
    Q_OBJECT

public:
    explicit ClearActiveServersPage(Plan& plan, QWidget* parent = nullptr);

    // Shows the confirmation once the cmdlet has run.
    void setStepObject(FailbackStep* step);
    // Shows what Preflight found about the secondary's SQL Server Agent, the share and the copy folder.
    void setPreflightRunner(const PreflightRunner* runner);
    void initializePage() override;

protected:
    bool pageConditionsMet() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    QLabel* m_intro;
    QLabel* m_collection;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
    QLabel* m_important;
    QCheckBox* m_confirmEmpty;
    const PreflightRunner* m_preflight = nullptr;
};

} // namespace pchat
