// Base of the pages that stand for one step of the procedure: header, form area, its scripts, and the run
// panel that drives the step object (inspect, run, cancel, verify) when there is one.
#pragma once

#include "backend/steps/failbackstep.h"
#include "backend/steps/scriptpart.h"
#include "backend/steps/stepid.h"
#include "planpage.h"

#include <functional>
#include <QPointer>

class QScrollArea;
class QSplitter;
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
    // Asked after the operator confirmed Run and before the step starts: the audit trail records the
    // confirmation and a screenshot and calls proceed once that is on the disk (or never, when it cannot be).
    using RunGate = std::function<void(StepPage* page, std::function<void()> proceed)>;
    void setRunGate(RunGate gate) { m_runGate = std::move(gate); }
    // A resumed run: the journal says this step was done earlier in the run. Next opens even when the
    // inspection reads a state a later step changed again (step 6 fills the list step 1 emptied).
    void setRecordedDone(const QString& note);
    bool isRecordedDone() const { return !m_recordedDone.isEmpty(); }

    // Where the keyboard goes when it has nowhere else: the control that blocks Next, else Cancel while the
    // step runs, else Run or Re-check; null when none of them can take it.
    QWidget* keyboardHome() const;

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
    // Whether the form scrolls in its own area; a form whose content scrolls itself (a table) must not.
    void setFormScrollable(bool scrollable);
    // Scrolls the form so that control (which now blocks Next) is in view.
    void keepInView(QWidget* control);
    void showEvent(QShowEvent* event) override;

private:
    void run();
    void startRun();
    // The step's number in its procedure (1..7), as the operator reads it.
    int number() const;
    void cancel();
    static QString splitterKey();

    StepId m_step;
    QWidget* m_form = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QPointer<QWidget> m_kept;
    QSplitter* m_split = nullptr;
    QVBoxLayout* m_formLayout;
    StepRunPanel* m_runPanel;
    QPointer<FailbackStep> m_stepObject;
    RunGate m_runGate;
    QString m_recordedDone;
};

} // namespace pchat
