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

QString World::faultValue(const QString& prefix) const
{
    const QString p = prefix.toLower() + QLatin1Char(':');
    for (const QString& f : m_faults) {
        if (f.startsWith(p))
            return f.mid(p.size());
    }
    return {};
}

bool World::volumesFull(const Instance& instance) const
{
    return hasFault(QStringLiteral("no-space")) ||
           hasFault(QStringLiteral("no-space:") + instance.serverName());
}

void World::addFault(const QString& name)
{
    m_faults.insert(name.toLower());
    applyFaults();
}

void World::clearFault(const QString& name)
{
    if (name == u"*" || name.compare(u"all", Qt::CaseInsensitive) == 0)
        m_faults.clear();
    else
        m_faults.remove(name.toLower());
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
    m_throughput = fresh.m_throughput;
    m_saPassword = fresh.m_saPassword;
    m_faults = fresh.m_faults;
    for (const QString& f : std::as_const(m_startFaults))
        m_faults.insert(f.toLower());
    applyFaults();
}

bool World::appliesTo(const QString& target, const Instance& instance)
{
    return target.isEmpty() || target.compare(instance.serverName(), Qt::CaseInsensitive) == 0 ||
           target.compare(instance.machineName, Qt::CaseInsensitive) == 0;
}

void World::applyFaults()
{
    // Derived state is recomputed from scratch so that clearing a fault restores the scenario.
    m_fs.clearDenials();
    for (const auto& i : m_instances) {
        i->agentRunning = i->scenarioAgentRunning;
        i->latencyMs = i->scenarioLatencyMs;
        i->recoveringDatabases.clear();
    }
    QHash<Instance*, QSet<QString>> phantoms;
    for (const QString& f : std::as_const(m_faults)) {
        const QString kind = f.section(QLatin1Char(':'), 0, 0);
        const QString arg = f.section(QLatin1Char(':'), 1);
        if (kind == u"share-not-readable") {
            m_fs.denyShareAccess(arg, SimFileSystem::Access::Read);
        } else if (kind == u"share-not-writable") {
            m_fs.denyShareAccess(arg, SimFileSystem::Access::Write);
        } else if (kind == u"agent-stopped") {
            for (const auto& i : m_instances) {
                if (appliesTo(arg, *i))
                    i->agentRunning = false;
            }
        } else if (kind == u"slow") { // slow:<instance>:<ms> or slow:<ms>
            const QString target =
                arg.contains(QLatin1Char(':')) ? arg.section(QLatin1Char(':'), 0, -2) : QString();
            const int ms = arg.section(QLatin1Char(':'), -1).toInt();
            for (const auto& i : m_instances) {
                if (appliesTo(target, *i))
                    i->latencyMs = i->scenarioLatencyMs + ms;
            }
        } else if (kind == u"db-recovering") { // db-recovering:<instance>:<db> or db-recovering:<db>
            const QString target =
                arg.contains(QLatin1Char(':')) ? arg.section(QLatin1Char(':'), 0, -2) : QString();
            for (const auto& i : m_instances) {
                if (appliesTo(target, *i))
                    i->recoveringDatabases.insert(arg.section(QLatin1Char(':'), -1).toLower());
            }
        } else if (kind == u"db-in-use") { // db-in-use:<instance>:<db> or db-in-use:<db>
            const QString target =
                arg.contains(QLatin1Char(':')) ? arg.section(QLatin1Char(':'), 0, -2) : QString();
            const QString db = arg.section(QLatin1Char(':'), -1);
            for (const auto& i : m_instances) {
                if (appliesTo(target, *i))
                    phantoms[i.get()].insert(db.toLower());
            }
        }
    }
    // The application the fault stands for runs on the pool's first active server.
    const QString host = m_pool.activeServers.isEmpty()
                             ? QStringLiteral("PCHAT03")
                             : m_pool.activeServers.first().section(QLatin1Char('.'), 0, 0).toUpper();
    for (const auto& i : m_instances)
        i->syncOwnSessions(phantoms.value(i.get()), host);
}

} // namespace pchatlab

namespace pchatlab {

QStringList World::faultCatalog()
{
    return {QStringLiteral("login-fails[:<instance>|<login>]"),
            QStringLiteral("share-not-readable:<account>"),
            QStringLiteral("share-not-writable:<account>"),
            QStringLiteral("db-in-use:[<instance>:]<database>"),
            QStringLiteral("db-recovering:[<instance>:]<database>"),
            QStringLiteral("restore-page-error[:<instance>]"),
            QStringLiteral("restore-read-fails[:<instance>]"),
            QStringLiteral("backup-drop-at:<percent>"),
            QStringLiteral("restore-drop-at:<percent>"),
            QStringLiteral("no-space[:<instance>]"),
            QStringLiteral("agent-stopped[:<instance>]"),
            QStringLiteral("slow:[<instance>:]<milliseconds>")};
}

} // namespace pchatlab
