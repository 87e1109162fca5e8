// Step 2: Tasks > Mirror > Remove Mirroring for mgc, then mgccomp, on the backup instance.
#pragma once

#include "steppage.h"

class QLabel;
class QTableWidget;

namespace pchat {

class RemoveMirroringPage : public StepPage
{
    Q_OBJECT

public:
    explicit RemoveMirroringPage(Plan& plan, QWidget* parent = nullptr);
    // Also refreshes the table whenever the step has read the mirroring state.
    void setStepObject(FailbackStep* step);

protected:
    void retranslateUi() override;
    void planChanged() override;
    bool confirmRun() override;

private:
    QLabel* m_intro;
    QTableWidget* m_databases;
    QLabel* m_note;
};

} // namespace pchat
