#include "lab/agent/jobrunner.h"

#include "lab/world/world.h"

namespace pchatlab {

namespace {

QString join(const QString& folder, const QString& file)
{
    return folder.endsWith(QLatin1Char('\\')) ? folder + file : folder + QLatin1Char('\\') + file;
}

// sqllogship names log backups <database>_<yyyyMMddHHmmss>.trn (UTC); names sort in time order.
QString logFileName(const QString& database, const QDateTime& when)
{
    return database + QLatin1Char('_') + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) +
           QStringLiteral(".trn");
}

} // namespace

bool JobRunner::run(World& world, Instance& instance, AgentJob& job, const QDateTime& at)
{
    const QDateTime now = at.isValid() ? at : world.simulatedNow();
    QString failure;
    switch (job.kind) {
    case JobKind::LogShippingBackup:
        failure = backup(world, instance, job, now);
        break;
    case JobKind::LogShippingCopy:
        failure = copy(world, instance, job, now);
        break;
    case JobKind::LogShippingRestore:
        failure = restore(world, instance, job, now);
        break;
    default:
        break;
    }
    const bool ok = failure.isEmpty();
    job.lastRun = now;
    job.lastOutcome = ok ? 1 : 0;
    AgentState& a = instance.agent;
    const QString stepName =
        job.kind == JobKind::Other ? QStringLiteral("step 1") : QStringLiteral("Log shipping");
    a.history.append(
        {a.nextHistoryId++, job.id, 1, stepName, ok ? 0 : 50000, ok ? 0 : 16,
         ok ? QStringLiteral("Executed as user: %1. The step succeeded.").arg(instance.agentAccount)
            : QStringLiteral("Executed as user: %1. %2 The step failed.").arg(instance.agentAccount, failure),
         ok ? 1 : 0, now, 1});
    a.history.append({a.nextHistoryId++, job.id, 0, QStringLiteral("(Job outcome)"), 0, 0,
                      ok ? QStringLiteral("The job succeeded.  The Job was invoked by Schedule.")
                         : QStringLiteral("The job failed.  The Job was invoked by Schedule."),
                      ok ? 1 : 0, now, 1});
    return ok;
}

QString JobRunner::backup(World& world, Instance& instance, AgentJob& job, const QDateTime& now)
{
    LogShippingPrimary* p = nullptr;
    for (LogShippingPrimary& candidate : instance.agent.primaries) {
        if (candidate.primaryId == job.logShippingId)
            p = &candidate;
    }
    if (!p)
        return QStringLiteral("The log shipping primary configuration was not found.");
    Database* db = instance.database(p->database);
    if (!db || db->state != u"ONLINE")
        return QStringLiteral("Database '%1' is not online.").arg(p->database);
    if (db->recoveryModel == u"SIMPLE")
        return QStringLiteral("The statement BACKUP LOG is not allowed while the recovery model is SIMPLE.");
    if (db->lastLogBackupLsn == 0)
        return QStringLiteral("BACKUP LOG cannot be performed because there is no current database backup.");
    const QString file = join(p->backupDirectory, logFileName(db->name, now));
    // The database engine writes the backup, as its own service account.
    const int rc = world.fileSystem().check(instance.machineName, instance.serviceAccount, file,
                                            SimFileSystem::Access::Write);
    if (rc != 0)
        return QStringLiteral("Cannot open backup device '%1'. Operating system error %2.")
            .arg(file, SimFileSystem::osErrorText(rc));
    BackupSet set;
    set.type = 2;
    set.name = QStringLiteral("LSBackup_") + db->name;
    set.databaseName = db->name;
    set.serverName = instance.serverName();
    set.machineName = instance.machineName;
    set.userName = instance.agentAccount;
    set.firstLsn = db->lastLogBackupLsn;
    set.lastLsn = db->currentLsn;
    set.checkpointLsn = db->lastFullBackupLsn;
    set.databaseBackupLsn = db->lastFullBackupLsn;
    set.backupSize = 1024 * 1024;
    set.compressedSize = set.backupSize;
    set.start = now;
    set.finish = now;
    set.recoveryModel = db->recoveryModel;
    set.guid = QUuid::createUuid();
    set.familyGuid = QUuid::createUuid();
    set.pages = 128;
    set.files = db->files;
    set.softwareMajor = instance.versionMajor();
    SimFile& f = world.fileSystem().createFile(instance.machineName, file);
    f.sets = {set};
    f.damaged = false;
    f.modified = now;
    db->lastLogBackupLsn = set.lastLsn;
    db->currentLsn += 1000;
    instance.recordBackup(set, file);
    p->lastBackupFile = file;
    p->lastBackupDate = now;
    return {};
}

QString JobRunner::copy(World& world, Instance& instance, AgentJob& job, const QDateTime& now)
{
    LogShippingSecondary* s = instance.agent.secondary(job.logShippingId);
    if (!s)
        return QStringLiteral("The log shipping secondary configuration was not found.");
    SimFileSystem& fs = world.fileSystem();
    // sqllogship copies as the Agent service account: read on the share, write on the copy folder.
    const int rc = fs.check(instance.machineName, instance.agentAccount, s->backupSourceDirectory,
                            SimFileSystem::Access::Read);
    if (rc == 5)
        return QStringLiteral("Access to the path '%1' is denied.").arg(s->backupSourceDirectory);
    if (rc != 0)
        return QStringLiteral("Could not find a part of the path '%1'.").arg(s->backupSourceDirectory);
    const QString prefix = s->primaryDatabase + QLatin1Char('_');
    for (const QString& name : fs.list(instance.machineName, s->backupSourceDirectory)) {
        if (!name.startsWith(prefix, Qt::CaseInsensitive) || !name.endsWith(u".trn", Qt::CaseInsensitive))
            continue;
        if (!s->lastCopiedFile.isEmpty() &&
            name.compare(SimFileSystem::fileName(s->lastCopiedFile), Qt::CaseInsensitive) <= 0)
            continue;
        const QString source = join(s->backupSourceDirectory, name);
        const QString target = join(s->backupDestinationDirectory, name);
        if (fs.check(instance.machineName, instance.agentAccount, source, SimFileSystem::Access::Read) != 0)
            return QStringLiteral("Access to the path '%1' is denied.").arg(source);
        if (fs.check(instance.machineName, instance.agentAccount, target, SimFileSystem::Access::Write) != 0)
            return QStringLiteral("Access to the path '%1' is denied.").arg(target);
        const SimFile original = *fs.file(instance.machineName, source);
        SimFile& copy = fs.createFile(instance.machineName, target);
        copy.sets = original.sets;
        copy.damaged = original.damaged;
        copy.modified = original.modified; // robocopy and sqllogship keep the file's time
        s->lastCopiedFile = source;
        s->lastCopiedDate = now;
    }
    return {};
}

QString JobRunner::restore(World& world, Instance& instance, AgentJob& job, const QDateTime& now)
{
    LogShippingSecondary* s = instance.agent.secondary(job.logShippingId);
    if (!s)
        return QStringLiteral("The log shipping secondary configuration was not found.");
    SimFileSystem& fs = world.fileSystem();
    for (LogShippingSecondaryDatabase& sd : instance.agent.secondaryDatabases) {
        if (sd.secondaryId != s->secondaryId)
            continue;
        Database* db = instance.database(sd.database);
        if (!db || (db->state != u"RESTORING" && !db->standby))
            return QStringLiteral("The database '%1' is not in a restoring state.").arg(sd.database);
        const QString prefix = s->primaryDatabase + QLatin1Char('_');
        for (const QString& name : fs.list(instance.machineName, s->backupDestinationDirectory)) {
            if (!name.startsWith(prefix, Qt::CaseInsensitive) || !name.endsWith(u".trn", Qt::CaseInsensitive))
                continue;
            const QString path = join(s->backupDestinationDirectory, name);
            // The database engine reads the file, as its service account.
            if (fs.check(instance.machineName, instance.serviceAccount, path, SimFileSystem::Access::Read) !=
                0)
                return QStringLiteral(
                           "Cannot open backup device '%1'. Operating system error 5(Access is denied.).")
                    .arg(path);
            const SimFile* f = fs.file(instance.machineName, path);
            if (!f || f->sets.isEmpty() || f->sets.first().type != 2)
                continue;
            const BackupSet& set = f->sets.first();
            if (set.lastLsn <= db->restoredLsn)
                continue; // already applied: sqllogship skips it
            if (set.firstLsn > db->restoredLsn)
                return QStringLiteral(
                           "The log in this backup set begins at LSN %1, which is too recent to apply to "
                           "the database.")
                    .arg(set.firstLsn);
            db->restoredLsn = set.lastLsn;
            db->currentLsn = std::max(db->currentLsn, set.lastLsn + 1);
            // sqllogship restores with RESTORE LOG, which records it in msdb like any other restore.
            RestoreHistory h;
            h.date = now;
            h.destinationDatabase = db->name;
            h.userName = instance.agentAccount;
            h.type = QLatin1Char('L');
            h.recovery = false;
            instance.recordRestore(set, path, h);
            sd.lastRestoredFile = path;
            sd.lastRestoredDate = now;
            sd.lastRestoredLatency = int(set.finish.secsTo(now) / 60);
        }
    }
    return {};
}

} // namespace pchatlab
