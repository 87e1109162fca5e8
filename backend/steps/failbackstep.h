// Base of the step objects: a step of the procedure with three verbs (inspect, run, verify), working
// asynchronously on sessions of its own and reporting through signals; the wizard page only shows and asks.
// The fourth verb, the exact text a step sends, is ProcedureScript::partsForStep's alone.
#pragma once

#include "backend/plan/plan.h"
#include "backend/sql/progresssample.h"
#include "backend/sql/sqlmessage.h"
#include "commandgate.h"
#include "commandreport.h"
#include "scriptlanguage.h"
#include "stepfinding.h"
#include "stepid.h"
#include "stepoutcome.h"

#include <QObject>

namespace pchat {

class FailbackStep : public QObject
{
    Q_OBJECT

public:
    FailbackStep(StepId id, QObject* parent = nullptr);

    StepId id() const { return m_id; }
    StepStatus status() const { return m_status; }
    const StepFindings& findings() const { return m_findings; }
    const StepOutcome& outcome() const { return m_outcome; }

    // Reads the current state; ends with inspected(). Status becomes Ready, AlreadyDone or Failed.
    virtual void inspect(const Plan& plan) = 0;
    // Runs the step (skipping what is already in place), then verifies; ends with finished().
    virtual void run(const Plan& plan) = 0;
    // Reads the end state again (after a run, a cancel, or when resuming); ends with finished().
    virtual void verify(const Plan& plan) = 0;
    // Asks the running statement to stop; the step then verifies and finishes as Cancelled.
    virtual void cancel() {}
    // What the commands announced by commandStarted are written in.
    virtual ScriptLanguage scriptLanguage() const = 0;

    // Set by the audit trail: every command of this step waits for it before it goes out (write-ahead).
    void setCommandGate(CommandGate gate) { m_gate = std::move(gate); }
    // Passes a command announced by commandStarted through the gate (at once when there is none).
    void admitCommand(QObject* context, std::function<void()> proceed,
                      std::function<void(const QString& reason)> refuse) const;
    // A gate for the step's sessions that always asks this step's current gate.
    CommandGate forwardingGate() const;

Q_SIGNALS:
    void statusChanged(pchat::StepStatus status);
    void inspected();
    // A batch or command is about to be sent: for the Messages pane and the audit trail.
    void commandStarted(const QString& target, const QString& text);
    // The batch or command announced by the last commandStarted ended.
    void commandFinished(const pchat::CommandReport& report);
    void message(const pchat::SqlMessage& message);
    void progress(const pchat::ProgressSample& sample);
    void finished(const pchat::StepOutcome& outcome);

protected:
    void setStatus(StepStatus status);
    void setFindings(const StepFindings& findings);
    // Sets the outcome and status and emits finished.
    void finish(const StepOutcome& outcome);
    // Sets the outcome and status without emitting finished: an inspection that failed (the page reads
    // outcome() when inspected() comes with the status Failed).
    void setOutcome(const StepOutcome& outcome);

private:
    StepId m_id;
    StepStatus m_status = StepStatus::NotInspected;
    StepFindings m_findings;
    StepOutcome m_outcome;
    CommandGate m_gate;
};

} // namespace pchat
