// Base of the pages that stand for one step of the procedure: header, form area, its scripts, and the run
// panel that drives the step object (inspect, run, cancel, verify) when there is one.
#pragma once

#include "planpage.h"
#include "steps/failbackstep.h"
#include "steps/scriptpart.h"
#include "steps/stepid.h"

#include <QPointer>

class QVBoxLayout;

namespace pchat {

class StepRunPanel;

class StepPage : public PlanPage
{
    Q_OBJECT

public:
    StepPage(StepId step, Plan& plan, QWidget* parent = nullptr);

    StepId step() const { return m_step; }
    // The exact text this step runs, as the Script button shows it.
    QList<ScriptPart> scriptParts() const;
    // The object that runs this step; without one, Run stays disabled with runUnavailableReason().
    void setStepObject(FailbackStep* step);
    FailbackStep* stepObject() const { return m_stepObject; }
    // True while the step reads, runs or verifies: the wizard must not be closed or left then.
    bool isBusy() const;

    void initializePage() override;
    bool isComplete() const override;

protected:
    // Where the subclass puts its form.
    QVBoxLayout* formLayout() const { return m_formLayout; }
    StepRunPanel* runPanel() const { return m_runPanel; }
    // Sets the header and the Run row; subclasses call it first from their retranslateUi().
    void retranslateUi() override;
    // Why Run cannot be used yet; empty when it can.
    virtual QString runUnavailableReason() const;
    // Asked before Run: the SSMS-style confirmation of the step; false keeps it from running.
    virtual bool confirmRun() { return true; }

private:
    void run();
    void cancel();

    StepId m_step;
    QVBoxLayout* m_formLayout;
    StepRunPanel* m_runPanel;
    QPointer<FailbackStep> m_stepObject;
};

} // namespace pchat
