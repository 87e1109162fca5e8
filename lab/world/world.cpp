#include "lab/world/world.h"

namespace pchatlab {

Instance* World::instance(const QString& name)
{
    for (const auto& i : m_instances) {
        if (i->serverName().compare(name, Qt::CaseInsensitive) == 0)
            return i.get();
    }
    for (const auto& i : m_instances) {
        if (i->machineName.compare(name, Qt::CaseInsensitive) == 0)
            return i.get();
    }
    return nullptr;
}

QDateTime World::simulatedNow() const
{
    const qint64 realMs = m_startReal.msecsTo(QDateTime::currentDateTimeUtc());
    return m_startReal.addMSecs(qint64(double(realMs) * m_speed));
}

QVector<Fault> World::faults(FaultKind kind) const
{
    QVector<Fault> found;
    for (const Fault& f : m_faults) {
        if (f.kind() == kind)
            found.append(f);
    }
    return found;
}

QStringList World::faultNames() const
{
    QStringList names;
    for (const Fault& f : m_faults)
        names << f.name();
    return names;
}

bool World::hasFault(FaultKind kind, const Instance& instance) const
{
    return std::any_of(m_faults.begin(), m_faults.end(),
                       [&](const Fault& f) { return f.kind() == kind && f.strikes(instance); });
}

void World::addFault(const Fault& fault)
{
    if (!m_faults.contains(fault))
        m_faults.append(fault);
    applyFaults();
}

void World::removeFault(const Fault& fault)
{
    m_faults.removeAll(fault);
    applyFaults();
}

void World::clearFaults()
{
    m_faults.clear();
    applyFaults();
}

void World::resetFrom(World& fresh)
{
    for (const auto& live : m_instances) {
        const Instance* start = fresh.instance(live->serverName());
        if (!start)
            continue;
        for (const auto& session : std::as_const(live->sessions)) {
            session->killed = true;
            session->cancel = true;
        }
        // The port is the listener's and the spid counter must not hand out the spid of a connection that
        // is still closing (its destructor removes its spid from the map).
        const int port = live->port;
        const int nextSpid = live->nextSpid;
        *live = *start;
        live->port = port;
        live->nextSpid = nextSpid;
        live->sessions.clear();
        live->phantomFaults.clear(); // the fault's session comes back with the reset, as at start
    }
    m_fs = fresh.m_fs;
    m_pool = fresh.m_pool;
    m_disasterPlan = fresh.m_disasterPlan;
    m_disasterStruck = fresh.m_disasterStruck;
    m_firstUncopied = fresh.m_firstUncopied;
    m_throughput = fresh.m_throughput;
    m_saPassword = fresh.m_saPassword;
    m_faults = fresh.m_faults;
    for (const Fault& f : std::as_const(m_startFaults)) {
        if (!m_faults.contains(f))
            m_faults.append(f);
    }
    applyFaults();
}

void World::applyFaults()
{
    // Derived state is recomputed from scratch so that clearing a fault restores the scenario.
    m_fs.clearDenials();
    for (const auto& i : m_instances) {
        i->agentRunning = i->scenarioAgentRunning;
        i->latencyMs = i->scenarioLatencyMs;
        i->recoveringDatabases.clear();
        i->unreachable = false;
    }
    QHash<Instance*, QSet<QString>> phantoms;
    QStringList missing;
    for (const Fault& f : std::as_const(m_faults)) {
        switch (f.kind()) {
        case FaultKind::LogBackupMissing:
            if (!m_firstUncopied.isEmpty())
                missing.append(m_firstUncopied);
            break;
        case FaultKind::ShareNotReadable:
            m_fs.denyShareAccess(f.target(), SimFileSystem::Access::Read);
            break;
        case FaultKind::ShareNotWritable:
            m_fs.denyShareAccess(f.target(), SimFileSystem::Access::Write);
            break;
        case FaultKind::InstanceUnreachable:
            for (const auto& i : m_instances) {
                if (!f.strikes(*i))
                    continue;
                i->unreachable = true;
                // Client connections see the flags and close (the listener is closed by the host).
                for (const auto& session : std::as_const(i->sessions)) {
                    if (session->kind == SessionKind::Client) {
                        session->killed = true;
                        session->cancel = true;
                    }
                }
            }
            break;
        case FaultKind::AgentStopped:
        case FaultKind::Slow:
        case FaultKind::DbRecovering:
        case FaultKind::DbInUse:
            for (const auto& i : m_instances) {
                if (!f.strikes(*i))
                    continue;
                if (f.kind() == FaultKind::AgentStopped)
                    i->agentRunning = false;
                else if (f.kind() == FaultKind::Slow)
                    i->latencyMs = i->scenarioLatencyMs + f.amount();
                else if (f.kind() == FaultKind::DbRecovering)
                    i->recoveringDatabases.insert(f.database());
                else
                    phantoms[i.get()].insert(f.database());
            }
            break;
        default: // the others strike when the lab does what they spoil
            break;
        }
    }
    // The application the fault stands for runs on the pool's first active server.
    const QString host = m_pool.activeServers.isEmpty()
                             ? QStringLiteral("PCHAT03")
                             : m_pool.activeServers.first().section(QLatin1Char('.'), 0, 0).toUpper();
    m_fs.setHidden(missing);
    for (const auto& i : m_instances) {
        if (!i->down) // a stopped instance keeps no sessions
            i->syncOwnSessions(phantoms.value(i.get()), host);
    }
}

} // namespace pchatlab
