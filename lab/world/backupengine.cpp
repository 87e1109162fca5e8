#include "lab/world/backupengine.h"

#include "lab/tsql/execcontext.h"
#include "lab/tsql/expressionevaluator.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/backupoptions.h"
#include "lab/world/longoperation.h"
#include "lab/world/world.h"

namespace pchatlab {

namespace {

// "%d.%03d" as SQL Server prints seconds and MB/sec in message 3014.
QString millis(qint64 value)
{
    return QStringLiteral("%1.%2").arg(QString::number(value / 1000),
                                       QString::number(value % 1000).rightJustified(3, u'0'));
}

} // namespace

void BackupEngine::run(const Stmt& s)
{
    const bool isLog = s.target == u"LOG";
    const QString command = isLog ? QStringLiteral("BACKUP LOG") : QStringLiteral("BACKUP DATABASE");
    const QString terminating = command;
    Instance& inst = m_ctx.instance();
    World& world = m_ctx.world();
    Session& session = m_ctx.session();
    auto fail = [&](int number, const QStringList& args) {
        m_ctx.sendMessage(number, args);
        throw SqlMessages::error(3013, {terminating});
    };
    const QString dbName = ExpressionEvaluator(m_ctx).evaluate(*s.databaseName).toString();
    if (session.tranCount > 0)
        fail(3021, {});
    Database* db = inst.database(dbName);
    if (!db)
        throw SqlMessages::error(911, {dbName});
    if (db->name.compare(u"tempdb", Qt::CaseInsensitive) == 0)
        fail(3147, {});
    if (db->state != u"ONLINE")
        fail(927, {db->name});
    const BackupOptions opt(m_ctx, s);
    if (isLog && db->recoveryModel == u"SIMPLE")
        fail(4208, {QStringLiteral("BACKUP LOG")});
    if (isLog && db->lastLogBackupLsn == 0)
        fail(4214, {});
    QStringList devices = opt.devices();
    for (QString& d : devices) {
        if (!d.contains(QLatin1Char('\\')) && !d.contains(QLatin1Char('/')))
            d = inst.backupPath + QLatin1Char('\\') + d; // a bare file name goes to the default backup folder
        const int rc =
            world.fileSystem().check(inst.machineName, inst.serviceAccount, d, SimFileSystem::Access::Write);
        if (rc != 0)
            fail(3201, {d, SimFileSystem::osErrorText(rc)});
    }
    const bool init = opt.has("INIT") || opt.has("FORMAT");
    // Size and time: a log backup holds the log generated since the last one.
    const qint64 bytes =
        isLog ? std::max<qint64>(512 * 1024, (db->currentLsn - db->lastLogBackupLsn) * 64) : db->usedBytes;
    const qint64 dataPages = std::max<qint64>(isLog ? 0 : 24, bytes / 8192);
    const qint64 logPages = isLog ? std::max<qint64>(1, bytes / 8192) : 2;
    const qint64 totalMs = std::max<qint64>(50, bytes * 1000 / world.throughput());

    // What the media will contain if the backup completes.
    SimFileSystem& fs = world.fileSystem();
    const QString device = devices.value(0);
    SimFile* existing = fs.file(inst.machineName, device);
    const int position = init || !existing || existing->damaged ? 1 : int(existing->sets.size()) + 1;

    // Fault "no-space": the volumes this instance writes to are full; the backup fails once its first
    // pages are written, as SQL Server's does on a full disk (3202 with OS error 112, then 3013).
    const bool noSpace = world.volumesFull(inst);
    LongOperation op(m_ctx, command, FaultKind::BackupDropAt);
    session.requestDbId = db->id;
    const QString name = db->name;
    const auto leaveDamaged = [&] {
        // An interrupted backup leaves an unusable file behind (INIT) or the media as it was (append).
        if (init || !fs.file(inst.machineName, device)) {
            SimFile& f = fs.createFile(inst.machineName, device);
            f.sets.clear();
            f.damaged = true;
        }
    };
    try {
        op.run(totalMs, opt.stats(), 0, noSpace ? 10 : isLog ? 100 : 90);
    } catch (const RequestCancelled&) {
        leaveDamaged();
        throw;
    }
    if (noSpace) {
        leaveDamaged();
        fail(3202, {device, QStringLiteral("112(There is not enough space on the disk.)")});
    }
    db = inst.database(name);
    if (!db)
        throw SqlMessages::error(911, {name});
    const DatabaseFile* dataFile = nullptr;
    const DatabaseFile* logFile = nullptr;
    for (const DatabaseFile& f : db->files) {
        if (f.isLog && !logFile)
            logFile = &f;
        if (!f.isLog && !dataFile)
            dataFile = &f;
    }
    const QString pos = QString::number(position);
    if (!isLog) {
        m_ctx.sendMessage(
            4035, {QString::number(dataPages), db->name, dataFile ? dataFile->logicalName : db->name, pos});
        op.run(totalMs, opt.stats(), 90, 100);
    }
    m_ctx.sendMessage(4035, {QString::number(logPages), db->name,
                             logFile ? logFile->logicalName : db->name + QStringLiteral("_log"), pos});

    BackupSet set;
    set.position = position;
    set.name = opt.text("NAME");
    set.description = opt.text("DESCRIPTION");
    set.type = isLog ? 2 : 1;
    set.databaseName = db->name;
    set.serverName = inst.serverName();
    set.machineName = inst.machineName;
    set.userName = session.login;
    set.backupSize = bytes + 8192 * 8;
    set.compressed = opt.has("COMPRESSION");
    set.compressedSize = set.compressed ? set.backupSize / 3 : set.backupSize;
    set.finish = QDateTime::currentDateTimeUtc();
    set.start = set.finish.addMSecs(-op.elapsedMs());
    set.recoveryModel = db->recoveryModel;
    set.copyOnly = opt.has("COPY_ONLY");
    set.checksums = opt.has("CHECKSUM");
    set.guid = QUuid::createUuid();
    set.softwareMajor = inst.versionMajor();
    set.softwareMinor = inst.versionMinor();
    set.softwareBuild = inst.versionBuild();
    set.pages = dataPages + logPages;
    set.files = db->files;
    if (isLog) {
        set.firstLsn = db->lastLogBackupLsn;
        set.lastLsn = db->currentLsn;
        set.checkpointLsn = db->lastFullBackupLsn;
        set.databaseBackupLsn = db->lastFullBackupLsn;
        if (!set.copyOnly)
            db->lastLogBackupLsn = set.lastLsn;
    } else {
        set.checkpointLsn = db->currentLsn;
        set.firstLsn = db->currentLsn - 100;
        set.lastLsn = db->currentLsn + 1;
        set.databaseBackupLsn = db->lastFullBackupLsn;
        if (!set.copyOnly) {
            db->lastFullBackupLsn = set.checkpointLsn;
            if (db->lastLogBackupLsn == 0)
                db->lastLogBackupLsn = set.firstLsn;
        }
    }
    db->currentLsn += 1000; // the database keeps working: the next log backup has something to hold
    for (const QString& d : devices) {
        SimFile& f = fs.createFile(inst.machineName, d);
        if (init || f.damaged) {
            f.sets.clear();
            f.damaged = false;
        }
        set.familyGuid = f.sets.isEmpty() ? QUuid::createUuid() : f.sets.first().familyGuid;
        f.sets.append(set);
    }
    inst.recordBackup(set, device);

    const qint64 ms = std::max<qint64>(1, op.elapsedMs());
    const qint64 mbPerSecMillis =
        qint64(double(set.pages) * 8192.0 / 1048576.0 / (double(ms) / 1000.0) * 1000.0);
    m_ctx.sendMessage(3014, {command, QString::number(set.pages), millis(ms), millis(mbPerSecMillis)});
}

} // namespace pchatlab
