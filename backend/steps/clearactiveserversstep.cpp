#include "clearactiveserversstep.h"

#include "backend/shell/lynccommands.h"

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
    runRemembered(plan, LyncCommands::clearActiveServers(plan.lync.activeServerCollection),
                  tr("Clearing the active server list failed."), [](const QString& output) {
                      return tr("Set-CsPersistentChatActiveServer ran without an error (output: %1). No Get- "
                                "cmdlet can read the list back: confirm that it is empty.")
                          .arg(output.isEmpty() ? tr("none") : output);
                  });
}

void ClearActiveServersStep::verify(const Plan& plan)
{
    verifyFromRun(plan, tr("The active server list cannot be read back (no Get- cmdlet exists)."),
                  tr("Run the step, or confirm on the page that the list is empty."));
}

} // namespace pchat
