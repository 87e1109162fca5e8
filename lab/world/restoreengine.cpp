#include "lab/world/restoreengine.h"

#include "lab/tsql/execcontext.h"
#include "lab/tsql/expressionevaluator.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/backupoptions.h"
#include "lab/world/longoperation.h"
#include "lab/world/restoreinspection.h"
#include "lab/world/world.h"

namespace pchatlab {

namespace {

QString millis(qint64 value)
{
    return QStringLiteral("%1.%2").arg(QString::number(value / 1000),
                                       QString::number(value % 1000).rightJustified(3, u'0'));
}

QString lsnText(qint64 lsn)
{
    return QString::number(lsn);
}

// A version as 3169 names it: 11.00.5058.
QString versionText(int major, int minor, int build)
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor, 2, 10, QLatin1Char('0')).arg(build);
}

} // namespace

void RestoreEngine::run(const Stmt& s)
{
    if (s.target != u"DATABASE" && s.target != u"LOG") {
        RestoreInspection(m_ctx).run(s);
        return;
    }
    const bool isLog = s.target == u"LOG";
    const QString command = isLog ? QStringLiteral("RESTORE LOG") : QStringLiteral("RESTORE DATABASE");
    Instance& inst = m_ctx.instance();
    World& world = m_ctx.world();
    Session& session = m_ctx.session();
    auto fail = [&](int number, const QStringList& args) {
        m_ctx.sendMessage(number, args);
        throw SqlMessages::error(3013, {command});
    };
    const QString dbName = ExpressionEvaluator(m_ctx).evaluate(*s.databaseName).toString();
    if (session.tranCount > 0)
        fail(3021, {});
    const BackupOptions opt(m_ctx, s);
    const bool noRecovery = opt.has("NORECOVERY");
    const bool standby = opt.has("STANDBY");
    Database* target = inst.database(dbName);
    if (target && target->isMirrored())
        fail(3104, {target->name});
    if (target && target->name.compare(session.database, Qt::CaseInsensitive) == 0)
        fail(3102, {command, target->name});
    if (target && !inst.sessionsUsing(target->name, session.spid).isEmpty())
        fail(3101, {});

    if (s.devices.isEmpty()) { // RESTORE DATABASE x WITH RECOVERY: finish a restore sequence
        if (!target)
            throw SqlMessages::error(911, {dbName});
        // A database in STANDBY (read-only between log restores) is ONLINE, yet its restore sequence is
        // still open: WITH RECOVERY finishes it as it does a RESTORING one.
        if (target->state != u"RESTORING" && !target->standby)
            fail(3153, {});
        if (!noRecovery && !standby) {
            target->state = QStringLiteral("ONLINE");
            target->standby = false;
            target->lastLogBackupLsn = target->restoredLsn;
            target->currentLsn = std::max(target->currentLsn, target->restoredLsn + 1);
        }
        m_ctx.sendMessage(3014,
                          {command, QStringLiteral("0"), QStringLiteral("0.012"), QStringLiteral("0.000")});
        return;
    }

    const QString device = opt.devices().value(0);
    SimFile& media = RestoreInspection::openMedia(m_ctx, device, command);
    const int file = opt.number("FILE", 1);
    if (file < 1 || file > media.sets.size())
        fail(4038, {QString::number(file), device});
    const BackupSet set = media.sets[file - 1];
    // A backup taken by a newer SQL Server cannot be restored by an older one.
    if (std::pair(set.softwareMajor, set.softwareMinor) > std::pair(inst.versionMajor(), inst.versionMinor()))
        fail(3169, {versionText(set.softwareMajor, set.softwareMinor, set.softwareBuild),
                    versionText(inst.versionMajor(), inst.versionMinor(), inst.versionBuild())});
    if (isLog != (set.type == 2))
        fail(3135,
             {device, set.type == 2 ? QStringLiteral("BACKUP LOG") : QStringLiteral("BACKUP DATABASE")});

    QVector<DatabaseFile> files = set.files;
    if (isLog) {
        if (!target)
            throw SqlMessages::error(911, {dbName});
        if (target->state != u"RESTORING" && !target->standby)
            fail(3117, {});
        if (target->restoredLsn == 0)
            fail(3117, {});
        if (set.firstLsn > target->restoredLsn)
            fail(4305, {lsnText(set.firstLsn), lsnText(target->restoredLsn)});
        if (set.lastLsn <= target->restoredLsn)
            fail(4326, {lsnText(set.lastLsn), lsnText(target->restoredLsn)});
    } else {
        if (target && set.databaseName.compare(target->name, Qt::CaseInsensitive) != 0 &&
            !opt.has("REPLACE")) {
            // The same database under another name (a copy restored from a backup of it) asks for REPLACE
            // by name; a backup of another database is refused as such.
            if (target->restoredFrom.compare(set.databaseName, Qt::CaseInsensitive) == 0)
                fail(3141, {set.databaseName, target->name});
            fail(3154, {target->name});
        }
        if (target && target->state == u"ONLINE" && target->recoveryModel != u"SIMPLE" &&
            !opt.has("REPLACE") && target->lastLogBackupLsn != 0 &&
            target->currentLsn > target->lastLogBackupLsn)
            fail(3159, {target->name});
        for (const auto& [logical, physical] : opt.moves()) {
            // Clang before 16 cannot capture a structured binding in a lambda (the fuzz build uses clang 14).
            const QString& logicalName = logical;
            auto it = std::find_if(files.begin(), files.end(), [&logicalName](const DatabaseFile& f) {
                return f.logicalName.compare(logicalName, Qt::CaseInsensitive) == 0;
            });
            if (it == files.end())
                fail(3234, {logical, set.databaseName});
            it->physicalName = physical;
        }
        // Every file needs a folder that exists on this server: a backup from a server with other drives
        // names folders that are not here.
        bool misplaced = false;
        for (const DatabaseFile& f : files) {
            const QString folder = SimFileSystem::parentOf(f.physicalName);
            if (world.fileSystem().folderExists(inst.machineName, folder))
                continue;
            m_ctx.sendMessage(5133, {f.physicalName, SimFileSystem::osErrorText(3)});
            m_ctx.sendMessage(3156, {f.logicalName, f.physicalName});
            misplaced = true;
        }
        if (misplaced)
            fail(3119, {});
        qint64 needed = 0;
        for (const DatabaseFile& f : files)
            needed += f.sizeBytes;
        const bool noSpace = world.volumesFull(inst);
        if (needed > inst.freeDiskBytes || noSpace) {
            const QString volume =
                files.isEmpty() ? QStringLiteral("D:\\") : files.first().physicalName.left(3);
            fail(3257, {volume, QString::number(needed), QString::number(noSpace ? 0 : inst.freeDiskBytes)});
        }
    }

    const qint64 bytes = set.backupSize;
    const qint64 totalMs = std::max<qint64>(50, bytes * 1000 / world.throughput());
    LongOperation op(m_ctx, command, FaultKind::RestoreDropAt);
    session.requestDbId = target ? target->id : 1;
    const QString name = target ? target->name : dbName;
    // SQL Server leaves the database of a restore that stopped half-way unusable: RESTORING, nothing to
    // roll forward.
    const auto leaveUnusable = [&] {
        Database* d = inst.database(name);
        if (!d && !isLog) {
            Database nd;
            nd.id = inst.nextDatabaseId++;
            nd.name = name;
            nd.files = files;
            inst.databases.append(nd);
            d = &inst.databases.last();
        }
        // An interrupted RESTORE LOG rolls back to the log backup before it: the database stays RESTORING at
        // its redo point, and the same RESTORE LOG can run again.
        if (d) {
            d->state = QStringLiteral("RESTORING");
            if (!isLog)
                d->restoredLsn = 0;
        }
    };
    // The drills' faults strike half-way through the copy: a damaged page read from the backup set, or the
    // device that stops answering.
    const bool pageError = world.hasFault(FaultKind::RestorePageError, inst);
    const bool readFails = world.hasFault(FaultKind::RestoreReadFails, inst);
    try {
        op.run(totalMs, opt.stats(), 0, pageError || readFails ? 50 : 100);
    } catch (const RequestCancelled&) {
        leaveUnusable();
        throw;
    }
    if (pageError || readFails) {
        leaveUnusable();
        if (readFails)
            fail(3203, {device, device.startsWith(QLatin1String("\\\\"))
                                    ? QStringLiteral("59(An unexpected network error occurred.)")
                                    : QStringLiteral("23(Data error (cyclic redundancy check).)")});
        fail(3183, {QStringLiteral("1"), QString::number(std::max<qint64>(2, set.pages / 2)), name});
    }
    Database* d = inst.database(name);
    if (!d) {
        Database nd;
        nd.id = inst.nextDatabaseId++;
        nd.name = name;
        nd.createDate = QDateTime::currentDateTimeUtc();
        inst.databases.append(nd);
        d = &inst.databases.last();
    }
    const QString pos = QString::number(file);
    qint64 pages = 0;
    for (const DatabaseFile& f : files) {
        const qint64 p = isLog ? (f.isLog ? std::max<qint64>(1, bytes / 8192) : 0)
                               : (f.isLog ? 2 : std::max<qint64>(24, set.pages - 2));
        pages += p;
        m_ctx.sendMessage(4035, {QString::number(p), d->name, f.logicalName, pos});
    }
    if (!isLog) {
        d->restoredFrom = set.databaseName;
        d->files = files;
        d->usedBytes = bytes - 8192 * 8;
        d->recoveryModel = set.recoveryModel;
        d->mirroringRole.clear();
        d->mirroringState.clear();
        d->partnerInstance.clear();
        d->partnerName.clear();
    }
    d->restoredLsn = set.lastLsn;
    d->currentLsn = std::max(d->currentLsn, set.lastLsn + 1);
    d->standby = standby;
    if (noRecovery) {
        d->state = QStringLiteral("RESTORING");
    } else {
        d->state = QStringLiteral("ONLINE");
        d->lastLogBackupLsn = set.lastLsn;
        d->lastFullBackupLsn = isLog ? d->lastFullBackupLsn : set.checkpointLsn;
    }
    if (standby)
        d->state = QStringLiteral("ONLINE");

    RestoreHistory h;
    h.date = QDateTime::currentDateTimeUtc();
    h.destinationDatabase = d->name;
    h.userName = session.login;
    h.type = isLog ? QLatin1Char('L') : QLatin1Char('D');
    h.replace = opt.has("REPLACE");
    h.recovery = !noRecovery;
    inst.recordRestore(set, device, h);

    const qint64 ms = std::max<qint64>(1, op.elapsedMs());
    const qint64 mbPerSecMillis = qint64(double(pages) * 8192.0 / 1048576.0 / (double(ms) / 1000.0) * 1000.0);
    m_ctx.sendMessage(3014, {command, QString::number(pages), millis(ms), millis(mbPerSecMillis)});
}

} // namespace pchatlab
