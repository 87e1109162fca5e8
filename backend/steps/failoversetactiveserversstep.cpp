#include "failoversetactiveserversstep.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

FailoverSetActiveServersStep::FailoverSetActiveServersStep(QObject* parent)
    : SetActiveServersStep(StepId::FailoverSetActiveServers, parent)
{
}

QStringList FailoverSetActiveServersStep::serverFqdns(const Plan& plan) const
{
    return plan.failover.activeServers;
}

QString FailoverSetActiveServersStep::command(const Plan& plan) const
{
    return LyncCommands::replaceActiveServers(plan.lync.activeServerCollection, plan.failover.activeServers);
}

StepFindings FailoverSetActiveServersStep::serverFindings() const
{
    const QStringList inPrimary = m_plan.failoverServersInPrimaryDataCenter();
    StepFindings findings;
    for (const QString& fqdn : m_plan.failover.activeServers) {
        const bool ok = !inPrimary.contains(fqdn);
        findings << StepFinding{fqdn,
                                ok ? tr("backup data center")
                                   : tr("in the primary data center %1: the procedure wants every active "
                                        "server in the data center of the new primary database")
                                         .arg(m_plan.lync.primaryDataCenter),
                                ok};
    }
    return findings;
}

} // namespace pchat
