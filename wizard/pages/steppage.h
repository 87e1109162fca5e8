// Base of the pages that stand for one step of the procedure: header, form area, Run, and its scripts.
#pragma once

#include "planpage.h"
#include "steps/scriptpart.h"
#include "steps/stepid.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pchat {

class StepPage : public PlanPage
{
    Q_OBJECT

public:
    StepPage(StepId step, Plan& plan, QWidget* parent = nullptr);

    StepId step() const { return m_step; }
    // The exact text this step runs, as the Script button shows it.
    QList<ScriptPart> scriptParts() const;

protected:
    // Where the subclass puts its form.
    QVBoxLayout* formLayout() const { return m_formLayout; }
    // Sets the header and the Run row; subclasses call it first from their retranslateUi().
    void retranslateUi() override;
    // Why Run cannot be used yet; empty when it can.
    virtual QString runUnavailableReason() const;

private:
    StepId m_step;
    QVBoxLayout* m_formLayout;
    QPushButton* m_runButton;
    QLabel* m_runReason;
};

} // namespace pchat
