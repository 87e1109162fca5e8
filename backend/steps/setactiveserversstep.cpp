#include "setactiveserversstep.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

SetActiveServersStep::SetActiveServersStep(QObject* parent)
    : SetActiveServersStep(StepId::SetActiveServers, parent)
{
}

SetActiveServersStep::SetActiveServersStep(StepId id, QObject* parent)
    : ShellStep(id, parent)
{
}

QStringList SetActiveServersStep::serverFqdns(const Plan& plan) const
{
    return plan.lync.activeServerFqdns();
}

QString SetActiveServersStep::command(const Plan& plan) const
{
    return LyncCommands::addActiveServers(plan.lync);
}

QStringList SetActiveServersStep::serversOutsidePrimaryDataCenter(const Plan& plan)
{
    QStringList outside;
    for (const ActiveServer& server : plan.lync.activeServers) {
        if (server.dataCenter.compare(plan.lync.primaryDataCenter, Qt::CaseInsensitive) != 0)
            outside << server.fqdn;
    }
    return outside;
}

StepFindings SetActiveServersStep::serverFindings() const
{
    StepFindings findings;
    for (const ActiveServer& server : m_plan.lync.activeServers) {
        StepFinding finding;
        finding.subject = server.fqdn;
        // The seed's IMPORTANT note: a server in the other data center would accept clients while the pool
        // uses the primary's databases across the WAN.
        finding.ok = server.dataCenter.compare(m_plan.lync.primaryDataCenter, Qt::CaseInsensitive) == 0;
        finding.value = finding.ok ? tr("data center %1").arg(server.dataCenter)
                                   : tr("data center %1, outside the primary data center %2: acknowledge "
                                        "before it is made active")
                                         .arg(server.dataCenter, m_plan.lync.primaryDataCenter);
        findings << finding;
    }
    return findings;
}

void SetActiveServersStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    inspectShell([this](const StepFindings& shellFindings) {
        setStatus(StepStatus::Ready);
        setFindings(shellFindings + serverFindings());
    });
}

void SetActiveServersStep::run(const Plan& plan)
{
    runRemembered(plan, command(plan), tr("Setting the active servers failed."),
                  [servers = serverFqdns(plan)](const QString& output) {
                      return tr("Made %1 the active servers (output: %2). No Get- cmdlet can read the list "
                                "back: check that these servers accept connections.")
                          .arg(servers.join(QStringLiteral(", ")), output.isEmpty() ? tr("none") : output);
                  });
}

void SetActiveServersStep::verify(const Plan& plan)
{
    verifyFromRun(plan, tr("The active server list cannot be read back (no Get- cmdlet exists)."),
                  tr("Run the step, or confirm on the page that the servers are active."));
}

} // namespace pchat
