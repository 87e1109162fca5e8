#include "lab/shell/mirrorcontrol.h"

#include "lab/world/world.h"

#include <QJsonArray>

namespace pchatlab {

namespace {

QJsonObject failure(const QString& error, const QString& subject = {})
{
    QJsonObject reply{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    if (!subject.isEmpty())
        reply.insert(QStringLiteral("subject"), subject);
    return reply;
}

QString fqdnOf(const Instance& instance)
{
    return instance.machineName + u'.' + instance.fqdnDomain;
}

// SMO's MirroringStatus names, as Get-CsDatabaseMirrorState shows them.
QString statusName(const QString& state)
{
    if (state == u"SYNCHRONIZED")
        return QStringLiteral("Synchronized");
    if (state == u"SYNCHRONIZING")
        return QStringLiteral("Synchronizing");
    if (state == u"SUSPENDED")
        return QStringLiteral("Suspended");
    if (state == u"DISCONNECTED")
        return QStringLiteral("Disconnected");
    if (state == u"PENDING_FAILOVER")
        return QStringLiteral("PendingFailover");
    return QStringLiteral("None");
}

} // namespace

QString MirrorControl::databaseOf(const QString& databaseType)
{
    if (databaseType.compare(QLatin1String("PersistentChat"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("mgc");
    if (databaseType.compare(QLatin1String("PersistentChatCompliance"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("mgccomp");
    return {};
}

Instance* MirrorControl::instanceAt(const QString& fqdn, const QString& instanceName)
{
    for (const auto& i : m_world.instances()) {
        const bool host = fqdn.compare(fqdnOf(*i), Qt::CaseInsensitive) == 0 ||
                          fqdn.compare(i->machineName, Qt::CaseInsensitive) == 0;
        if (host && instanceName.compare(i->instanceName, Qt::CaseInsensitive) == 0)
            return i.get();
    }
    return nullptr;
}

QJsonObject MirrorControl::install(const QJsonObject& request)
{
    const QString fqdn = request.value(QLatin1String("sqlServerFqdn")).toString();
    const QString instanceName = request.value(QLatin1String("sqlInstanceName")).toString();
    const QString share = request.value(QLatin1String("fileShare")).toString();
    const QString name = databaseOf(request.value(QLatin1String("databaseType")).toString());
    const QString server = instanceName.isEmpty() ? fqdn : fqdn + u'\\' + instanceName;
    Instance* primary = instanceAt(fqdn, instanceName);
    if (!primary || primary->down)
        return failure(QStringLiteral("sql-unreachable"), server);
    Database* source = primary->database(name);
    if (name.isEmpty() || !source || source->state != u"ONLINE")
        return failure(QStringLiteral("database-not-found"), name + QStringLiteral(" on ") + server);
    Instance* mirror = m_world.instance(primary->mirrorInstance);
    if (!mirror || mirror == primary)
        return failure(QStringLiteral("no-mirror-in-topology"), server);
    const QString mirrorServer = fqdnOf(*mirror) + u'\\' + mirror->instanceName;
    const bool faulted = std::any_of(m_world.faults().begin(), m_world.faults().end(), [&](const Fault& f) {
        return f.kind() == FaultKind::MirrorInstallFails && f.strikes(*mirror);
    });
    if (mirror->down || faulted)
        return failure(QStringLiteral("sql-unreachable"), mirrorServer);
    if (source->isMirrored()) {
        if (source->partnerInstance.compare(mirror->serverName(), Qt::CaseInsensitive) == 0)
            return {{QStringLiteral("ok"), true}, {QStringLiteral("alreadyMirrored"), true}};
        return failure(QStringLiteral("mirrored-elsewhere"), source->partnerInstance);
    }
    // The primary exports the database to the share, the mirror imports it from there, each as its
    // service account.
    SimFileSystem& fs = m_world.fileSystem();
    if (fs.check(primary->machineName, primary->serviceAccount, share, SimFileSystem::Access::Write) != 0 ||
        fs.check(mirror->machineName, mirror->serviceAccount, share, SimFileSystem::Access::Read) != 0 ||
        !fs.folderExists(primary->machineName, share))
        return failure(QStringLiteral("share-unreachable"), share);
    if (Database* existing = mirror->database(name)) {
        if (!request.value(QLatin1String("dropExisting")).toBool())
            return failure(QStringLiteral("exists-on-mirror"), name + QStringLiteral(" on ") + mirrorServer);
        mirror->databases.removeAt(existing - mirror->databases.data());
    }
    if (request.value(QLatin1String("whatIf")).toBool())
        return {{QStringLiteral("ok"), true}};

    source->recoveryModel = QStringLiteral("FULL");
    source->mirroringRole = QStringLiteral("PRINCIPAL");
    source->mirroringState = QStringLiteral("SYNCHRONIZED");
    source->partnerInstance = mirror->serverName();
    source->partnerName = QStringLiteral("TCP://%1:5022").arg(fqdnOf(*mirror).toLower());
    source->witnessName.clear();
    source->mirroringGuid = QUuid::createUuid();
    Database copy = *source;
    copy.id = mirror->nextDatabaseId++;
    copy.state = QStringLiteral("RESTORING");
    copy.mirroringRole = QStringLiteral("MIRROR");
    copy.partnerInstance = primary->serverName();
    copy.partnerName = QStringLiteral("TCP://%1:5022").arg(fqdnOf(*primary).toLower());
    copy.restoredFrom = source->name;
    copy.restoredLsn = source->currentLsn;
    for (DatabaseFile& f : copy.files) {
        const QString folder = f.isLog ? mirror->logPath : mirror->dataPath;
        f.physicalName = folder + u'\\' + SimFileSystem::fileName(f.physicalName);
    }
    mirror->databases.append(copy);
    return {{QStringLiteral("ok"), true}};
}

QJsonObject MirrorControl::state(const QJsonObject& request)
{
    const LyncPool& pool = m_world.pool();
    const QString poolFqdn = request.value(QLatin1String("poolFqdn")).toString();
    if (poolFqdn.compare(pool.fqdn, Qt::CaseInsensitive) != 0)
        return failure(QStringLiteral("pool-not-found"), poolFqdn);
    // The store the pool uses: the backup store once it is failed over.
    Instance* store = m_world.instance(pool.state == u"FailedOver" ? pool.backupStore : pool.primaryStore);
    const QString type = request.value(QLatin1String("databaseType")).toString();
    QStringList names = {QStringLiteral("mgc"), QStringLiteral("mgccomp")};
    if (!type.isEmpty())
        names = {databaseOf(type)};
    QJsonArray databases;
    for (const QString& name : names) {
        const Database* d = store && !store->down ? store->database(name) : nullptr;
        Instance* mirror = d && d->isMirrored() ? m_world.instance(d->partnerInstance) : nullptr;
        const Database* m = mirror && !mirror->down ? mirror->database(name) : nullptr;
        const auto roleName = [](const Database* x) {
            return x && x->isMirrored() ? (x->mirroringRole == u"PRINCIPAL" ? QStringLiteral("Principal")
                                                                            : QStringLiteral("Mirror"))
                                        : QStringLiteral("DatabaseInaccessibleOrMirroringNotEnabled");
        };
        const bool mirrored = d && d->isMirrored();
        databases.append(
            QJsonObject{{QStringLiteral("DatabaseName"), name},
                        {QStringLiteral("StateOnPrimary"), roleName(d)},
                        {QStringLiteral("StateOnMirror"), mirrored ? roleName(m) : roleName(nullptr)},
                        {QStringLiteral("MirroringStatusOnPrimary"),
                         mirrored ? statusName(d->mirroringState) : QString()},
                        {QStringLiteral("MirroringStatusOnSecondary"),
                         mirrored && m && m->isMirrored() ? statusName(m->mirroringState) : QString()}});
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("databases"), databases}};
}

} // namespace pchatlab
