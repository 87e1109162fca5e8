// Base of the steps that run in the Lync Server Management Shell (1, 6, 7): a fresh shell per verb (the plan
// copied at call time), the check that the shell starts and the module loads, and the common ways a verb
// fails.
#pragma once

#include "backend/shell/shellresult.h"
#include "failbackstep.h"

#include <functional>
#include <QPointer>
#include <QStringList>

namespace pchat {

class ShellRunner;

class ShellStep : public FailbackStep
{
    Q_OBJECT

public:
    ShellStep(StepId id, QObject* parent = nullptr);
    ~ShellStep() override;

    // Kills the running shell; the step then finishes as Cancelled (after reading back what it can).
    void cancel() override;
    ScriptLanguage scriptLanguage() const override { return ScriptLanguage::PowerShell; }

    // The Persistent Chat pool identities Get-CsService -PersistentChatServer listed at the last inspection.
    const QStringList& poolsFound() const { return m_poolsFound; }
    // stdout of the last command the step ran (for the page: steps 1 and 6 have no Get- cmdlet to verify
    // with).
    const QString& lastOutput() const { return m_lastOutput; }

    // What the operator can do about a failed shell run.
    static QString remedyFor(const ShellResult& result, const LyncSettings& settings);

protected:
    using ResultHandler = std::function<void(const ShellResult& result)>;

    // Retires the previous shell (its result is ignored) and runs the commands in a new one; its text and its
    // lines are reported through commandStarted and message.
    void runShell(const QStringList& commands, ResultHandler then);
    // Import-Module and Get-CsService -PersistentChatServer: fills poolsFound(), then calls then(findings)
    // with a finding for the pools; on failure the inspection fails (status Failed, inspected()).
    void inspectShell(std::function<void(const StepFindings& findings)> then);
    // The shell failed (error record, exit code, timeout, no start): Failed with the error text, or Cancelled
    // when the operator cancelled.
    void failShell(const ShellResult& result, const QString& summary, bool inspection);
    void failWith(const StepOutcome& outcome, bool inspection, const StepFindings& findings = {});
    // Steps 1 and 6: no Get- cmdlet reads the active server list back, so this object's own successful run is
    // all a verify can report. runRemembered runs command: Failed with failure on a shell error, else Done
    // with summary(its trimmed output), remembered. verifyFromRun repeats that outcome, or without one fails
    // with summary and remedy.
    void runRemembered(const Plan& plan, const QString& command, const QString& failure,
                       std::function<QString(const QString& output)> summary);
    void verifyFromRun(const Plan& plan, const QString& summary, const QString& remedy);
    static SqlMessage errorMessage(const ShellResult& result);
    QString shellTarget() const;

    Plan m_plan;
    QPointer<ShellRunner> m_runner;
    bool m_cancelRequested = false;
    bool m_cancelledBeforeStart = false; // cancelled while the command waited for the audit trail
    QStringList m_poolsFound;
    QString m_lastOutput;
    bool m_ran = false; // the last run of this object succeeded (what verifyFromRun reports)
};

} // namespace pchat
