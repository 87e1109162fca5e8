#include "clearactiveserversstep.h"

#include "shell/lynccommands.h"

namespace pchat {

ClearActiveServersStep::ClearActiveServersStep(QObject* parent)
    : ShellStep(StepId::ClearActiveServers, parent)
{
}

void ClearActiveServersStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    inspectShell([this](const StepFindings& shellFindings) {
        StepFindings findings = shellFindings;
        findings << StepFinding{tr("Active server collection"), m_plan.lync.activeServerCollection, true};
        findings << StepFinding{tr("Command"),
                                LyncCommands::clearActiveServers(m_plan.lync.activeServerCollection), true};
        setStatus(StepStatus::Ready);
        setFindings(findings);
    });
}

void ClearActiveServersStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_ran = false;
    setStatus(StepStatus::Running);
    runShell({LyncCommands::clearActiveServers(m_plan.lync.activeServerCollection)},
             [this](const ShellResult& result) {
                 m_lastOutput = result.standardOutput;
                 if (!result.ok) {
                     failShell(result, tr("Clearing the active server list failed."), false);
                     return;
                 }
                 m_ran = true;
                 StepOutcome outcome;
                 outcome.status = StepStatus::Done;
                 const QString output = result.standardOutput.trimmed();
                 outcome.summary =
                     tr("Set-CsPersistentChatActiveServer ran without an error (output: %1). No Get- cmdlet "
                        "can read the list back: confirm that it is empty.")
                         .arg(output.isEmpty() ? tr("none") : output);
                 finish(outcome);
             });
}

void ClearActiveServersStep::verify(const Plan& plan)
{
    m_plan = plan;
    if (m_ran && outcome().status == StepStatus::Done) {
        finish(outcome());
        return;
    }
    StepOutcome result;
    result.status = StepStatus::Failed;
    result.summary = tr("The active server list cannot be read back (no Get- cmdlet exists).");
    result.remedy = tr("Run the step, or confirm on the page that the list is empty.");
    finish(result);
}

} // namespace pchat
