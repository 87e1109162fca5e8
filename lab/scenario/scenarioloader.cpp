#include "lab/scenario/scenarioloader.h"

#include "lab/agent/logshippingsetup.h"
#include "lab/world/world.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pchatlab {

namespace {

qint64 megabytes(const QJsonObject& o, const char* key, double fallback)
{
    return qint64(o.value(QLatin1String(key)).toDouble(fallback) * 1024 * 1024);
}

void addSystemDatabases(Instance& inst)
{
    const char* names[] = {"master", "tempdb", "model", "msdb"};
    for (int i = 0; i < 4; ++i) {
        Database d;
        d.id = i + 1;
        d.name = QLatin1String(names[i]);
        d.isSystem = true;
        d.recoveryModel = i == 1 || i == 3 ? QStringLiteral("SIMPLE") : QStringLiteral("FULL");
        d.createDate = QDateTime(QDate(2003, 4, 8), QTime(9, 13, 36), Qt::UTC);
        d.usedBytes = 8 * 1024 * 1024;
        const QString base = i == 0 ? QStringLiteral("master") : (i == 1 ? QStringLiteral("tempdb") : d.name);
        d.files = {
            {1, i == 1 ? QStringLiteral("tempdev") : (i == 3 ? QStringLiteral("MSDBData") : base),
             inst.dataPath + QLatin1Char('\\') + base + QStringLiteral(".mdf"), false, 8 * 1024 * 1024},
            {2,
             i == 1 ? QStringLiteral("templog")
                    : (i == 3 ? QStringLiteral("MSDBLog") : base + QStringLiteral("log")),
             inst.logPath + QLatin1Char('\\') + base + QStringLiteral("log.ldf"), true, 2 * 1024 * 1024}};
        inst.databases.append(d);
    }
}

// A user database as the scenario describes it, with the files, LSNs and mirroring that follow from it.
Database database(const QJsonObject& dobj, Instance& inst, const QString& domain)
{
    Database d;
    d.id = inst.nextDatabaseId++;
    d.name = dobj.value(QLatin1String("name")).toString();
    d.state = dobj.value(QLatin1String("state")).toString(QStringLiteral("ONLINE")).toUpper();
    d.recoveryModel = dobj.value(QLatin1String("recoveryModel")).toString(QStringLiteral("FULL")).toUpper();
    d.userAccess = dobj.value(QLatin1String("userAccess")).toString(QStringLiteral("MULTI_USER")).toUpper();
    d.createDate = QDateTime::currentDateTimeUtc().addDays(-dobj.value(QLatin1String("ageDays")).toInt(30));
    d.usedBytes = megabytes(dobj, "sizeMB", 64);
    const qint64 logBytes = megabytes(dobj, "logSizeMB", std::max(16.0, d.usedBytes / 1048576.0 / 4));
    d.files = {{1, d.name, inst.dataPath + QLatin1Char('\\') + d.name + QStringLiteral(".mdf"), false,
                d.usedBytes + d.usedBytes / 8},
               {2, d.name + QStringLiteral("_log"),
                inst.logPath + QLatin1Char('\\') + d.name + QStringLiteral("_log.ldf"), true, logBytes}};
    d.currentLsn = 21000000010000001LL + qint64(d.id) * 1000000000LL;
    if (dobj.value(QLatin1String("hasFullBackup")).toBool(d.state == u"ONLINE")) {
        d.lastFullBackupLsn = d.currentLsn - 5000;
        d.lastLogBackupLsn = d.currentLsn - 5000;
    }
    if (d.state == u"RESTORING")
        d.restoredLsn = d.currentLsn;
    const QJsonObject mo = dobj.value(QLatin1String("mirroring")).toObject();
    if (!mo.isEmpty()) {
        d.mirroringRole = mo.value(QLatin1String("role")).toString().toUpper();
        d.mirroringState =
            mo.value(QLatin1String("state")).toString(QStringLiteral("SYNCHRONIZED")).toUpper();
        d.partnerInstance = mo.value(QLatin1String("partner")).toString();
        d.partnerName =
            mo.value(QLatin1String("partnerName"))
                .toString(QStringLiteral("TCP://%1.%2:5022")
                              .arg(d.partnerInstance.section(QLatin1Char('\\'), 0, 0).toLower(), domain));
        d.witnessName = mo.value(QLatin1String("witness")).toString();
        d.mirroringGuid = QUuid::fromString(mo.value(QLatin1String("guid")).toString());
        if (d.mirroringGuid.isNull())
            d.mirroringGuid = QUuid::createUuidV5(QUuid(), inst.serverName() + d.name);
    }
    return d;
}

// The scenario's "disaster": the data center that fails and what Topology Builder puts on its instances when
// they are rebuilt.
bool loadDisaster(const QJsonObject& o, World& world, const QString& domain, QString* error)
{
    if (o.isEmpty())
        return true;
    DisasterPlan plan;
    plan.dataCenter = o.value(QLatin1String("dataCenter")).toString();
    plan.copiedNotRestored = std::clamp(o.value(QLatin1String("copiedNotRestored")).toInt(2), 0, 20);
    plan.notCopied = std::clamp(o.value(QLatin1String("notCopied")).toInt(2), 0, 20);
    for (const QJsonValue& rv : o.value(QLatin1String("rebuild")).toArray()) {
        const QJsonObject ro = rv.toObject();
        Instance* inst = world.instance(ro.value(QLatin1String("instance")).toString());
        if (!inst || inst->dataCenter != plan.dataCenter) {
            *error = QStringLiteral("disaster.rebuild names \"%1\", not an instance of data center %2")
                         .arg(ro.value(QLatin1String("instance")).toString(), plan.dataCenter);
            return false;
        }
        RebuildInstance rebuild{inst->serverName(), {}};
        Instance shape = *inst; // the paths of the instance, ids from its first user database
        shape.nextDatabaseId = 5;
        for (const QJsonValue& dv : ro.value(QLatin1String("databases")).toArray())
            rebuild.databases.append(database(dv.toObject(), shape, domain));
        plan.rebuild.append(rebuild);
    }
    if (plan.dataCenter.isEmpty() ||
        std::none_of(world.instances().begin(), world.instances().end(),
                     [&](const auto& i) { return i->dataCenter == plan.dataCenter; })) {
        *error = QStringLiteral("disaster.dataCenter must name a data center of the scenario's instances");
        return false;
    }
    world.setDisasterPlan(plan);
    return true;
}

} // namespace

QByteArray ScenarioLoader::defaultScenario()
{
    return builtIn(QStringLiteral("default-scenario"));
}

QStringList ScenarioLoader::builtInNames()
{
    return {QStringLiteral("default-scenario"), QStringLiteral("normal-with-log-shipping")};
}

QByteArray ScenarioLoader::builtIn(const QString& name)
{
    if (!builtInNames().contains(name))
        return {};
    QFile f(QStringLiteral(":/pchat-lab/") + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool ScenarioLoader::loadFile(const QString& path, World& world, QString* error)
{
    // A built-in scenario's name ("normal-with-log-shipping") unless a file of that name is there.
    if (!QFile::exists(path) && builtInNames().contains(path))
        return load(builtIn(path), world, error);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    return load(f.readAll(), world, error);
}

bool ScenarioLoader::load(const QByteArray& json, World& world, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("scenario is not a JSON object: %1").arg(pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    world.setSpeed(root.value(QLatin1String("speed")).toDouble(1));
    world.setThroughput(megabytes(root, "throughputMBps", 200));
    world.setControlPort(root.value(QLatin1String("controlPort")).toInt(0));
    const QString saPassword = root.value(QLatin1String("saPassword")).toString();
    world.setSaPasswordHint(saPassword);
    const QString domain = root.value(QLatin1String("domain")).toString(QStringLiteral("contoso.com"));

    const QJsonArray instances = root.value(QLatin1String("instances")).toArray();
    if (instances.isEmpty()) {
        *error = QStringLiteral("scenario has no instances");
        return false;
    }
    for (const QJsonValue& iv : instances) {
        const QJsonObject io = iv.toObject();
        auto inst = std::make_shared<Instance>();
        const QString name = io.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            *error = QStringLiteral("an instance has no name");
            return false;
        }
        inst->machineName = name.section(QLatin1Char('\\'), 0, 0);
        inst->instanceName = name.section(QLatin1Char('\\'), 1);
        inst->fqdnDomain = domain;
        inst->dataCenter = io.value(QLatin1String("dataCenter")).toString();
        inst->mirrorInstance = io.value(QLatin1String("mirror")).toString();
        inst->port = io.value(QLatin1String("port")).toInt(0);
        inst->version = io.value(QLatin1String("version")).toString(inst->version);
        inst->serviceAccount =
            io.value(QLatin1String("serviceAccount")).toString(QStringLiteral("NT Service\\MSSQLSERVER"));
        inst->agentAccount =
            io.value(QLatin1String("agentAccount")).toString(QStringLiteral("NT Service\\SQLSERVERAGENT"));
        inst->agentRunning = io.value(QLatin1String("agentRunning")).toBool(true);
        inst->scenarioAgentRunning = inst->agentRunning;
        inst->dataPath = io.value(QLatin1String("dataPath")).toString(QStringLiteral("D:\\Data"));
        inst->logPath = io.value(QLatin1String("logPath")).toString(QStringLiteral("L:\\Log"));
        inst->backupPath = io.value(QLatin1String("backupPath")).toString(QStringLiteral("D:\\Backup"));
        inst->freeDiskBytes =
            qint64(io.value(QLatin1String("freeDiskGB")).toDouble(500) * 1024 * 1024 * 1024);
        inst->latencyMs = io.value(QLatin1String("latencyMs")).toInt(0);
        inst->scenarioLatencyMs = inst->latencyMs;
        inst->startTime = QDateTime::currentDateTimeUtc().addDays(-3);
        for (const QString& folder : {inst->dataPath, inst->logPath, inst->backupPath})
            world.fileSystem().addFolder(inst->machineName, folder);
        const QJsonArray logins = io.value(QLatin1String("logins")).toArray();
        if (logins.isEmpty())
            inst->logins.append({QStringLiteral("sa"), saPassword, true, false});
        for (const QJsonValue& lv : logins) {
            const QJsonObject lo = lv.toObject();
            inst->logins.append(
                {lo.value(QLatin1String("name")).toString(),
                 lo.value(QLatin1String("password")).toString(saPassword),
                 lo.value(QLatin1String("sysadmin")).toBool(false),
                 lo.value(QLatin1String("disabled")).toBool(false),
                 lo.value(QLatin1String("defaultDatabase")).toString(QStringLiteral("master"))});
        }
        addSystemDatabases(*inst);
        for (const QJsonValue& dv : io.value(QLatin1String("databases")).toArray())
            inst->databases.append(database(dv.toObject(), *inst, domain));
        world.instances().append(inst);
    }
    // Mirrored pairs share a GUID.
    for (const auto& inst : world.instances()) {
        for (Database& d : inst->databases) {
            if (d.mirroringRole != u"PRINCIPAL")
                continue;
            if (Instance* p = world.instance(d.partnerInstance)) {
                if (Database* m = p->database(d.name))
                    m->mirroringGuid = d.mirroringGuid;
            }
        }
    }
    const QJsonObject fs = root.value(QLatin1String("fileSystem")).toObject();
    for (const QJsonValue& fv : fs.value(QLatin1String("folders")).toArray()) {
        const QJsonObject fo = fv.toObject();
        QHash<QString, QString> acl;
        const QJsonObject ao = fo.value(QLatin1String("acl")).toObject();
        for (auto it = ao.begin(); it != ao.end(); ++it)
            acl.insert(it.key(), it.value().toString());
        world.fileSystem().addFolder(fo.value(QLatin1String("host")).toString(),
                                     fo.value(QLatin1String("path")).toString(), acl);
    }
    const QJsonObject lync = root.value(QLatin1String("lync")).toObject();
    LyncPool& pool = world.pool();
    pool.fqdn = lync.value(QLatin1String("pool")).toString();
    pool.state = lync.value(QLatin1String("state")).toString(QStringLiteral("Normal"));
    for (const QJsonValue& sv : lync.value(QLatin1String("servers")).toArray()) {
        const QJsonObject so = sv.toObject();
        pool.servers.append(
            {so.value(QLatin1String("fqdn")).toString(), so.value(QLatin1String("dataCenter")).toString()});
    }
    for (const QJsonValue& av : lync.value(QLatin1String("activeServers")).toArray())
        pool.activeServers.append(av.toString());
    // Without a store named: the first instance, and the first of another data center.
    const auto& all = world.instances();
    const auto other = std::find_if(all.begin(), all.end(),
                                    [&](const auto& i) { return i->dataCenter != all.first()->dataCenter; });
    pool.primaryStore = lync.value(QLatin1String("primaryStore")).toString(all.first()->serverName());
    pool.backupStore = lync.value(QLatin1String("backupStore"))
                           .toString(other == all.end() ? QString() : (*other)->serverName());
    const QJsonObject logShipping = root.value(QLatin1String("logShipping")).toObject();
    if (!logShipping.isEmpty() && !LogShippingSetup::apply(logShipping, world, error))
        return false;
    if (!loadDisaster(root.value(QLatin1String("disaster")).toObject(), world, domain, error))
        return false;
    for (const QJsonValue& f : root.value(QLatin1String("faults")).toArray()) {
        const std::optional<Fault> fault = Fault::parse(f.toString());
        if (!fault) {
            *error = QStringLiteral("unknown fault \"%1\" (known: %2)")
                         .arg(f.toString(), Fault::catalog().join(QStringLiteral(", ")));
            return false;
        }
        world.addFault(*fault);
    }
    world.applyFaults();
    world.setScenarioDocument(json);
    return true;
}

} // namespace pchatlab
