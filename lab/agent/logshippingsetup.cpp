#include "lab/agent/logshippingsetup.h"

#include "lab/agent/jobrunner.h"
#include "lab/world/world.h"

namespace pchatlab {

namespace {

const QString kCategory = QStringLiteral("Log Shipping");
// Names the configuration's ids, so that a reset gives the same ones.
const QUuid kNamespace = QUuid::fromString(QStringLiteral("{6b1f3c0e-2f6a-4d3e-9a57-4c1f5a0b7e21}"));

QString text(const QJsonObject& o, const char* key, const QString& fallback = {})
{
    return o.value(QLatin1String(key)).toString(fallback);
}

// An enabled job with one schedule of its own, as the SSMS script leaves it after sp_update_job.
QUuid addJob(Instance& instance, const QString& name, JobKind kind, const QUuid& logShippingId,
             const QString& scheduleName, int freqSubdayType, int interval, const QDateTime& created)
{
    AgentState& a = instance.agent;
    AgentSchedule schedule;
    schedule.id = a.nextScheduleId++;
    schedule.uid = QUuid::createUuidV5(kNamespace, instance.serverName() + scheduleName);
    schedule.name = scheduleName;
    schedule.freqSubdayType = freqSubdayType;
    schedule.freqSubdayInterval = interval;
    schedule.activeStartDate =
        created.date().year() * 10000 + created.date().month() * 100 + created.date().day();
    schedule.activeEndTime = 235900;
    schedule.created = created;
    a.schedules.append(schedule);
    AgentJob job;
    job.id = QUuid::createUuidV5(kNamespace, instance.serverName() + name);
    job.name = name;
    job.enabled = true;
    job.category = kCategory;
    job.kind = kind;
    job.logShippingId = logShippingId;
    job.scheduleIds = {schedule.id};
    job.created = created;
    a.jobs.append(job);
    return job.id;
}

} // namespace

bool LogShippingSetup::apply(const QJsonObject& spec, World& world, QString* error)
{
    Instance* primary = world.instance(text(spec, "primary"));
    Instance* secondary = world.instance(text(spec, "secondary"));
    if (!primary || !secondary || primary == secondary) {
        *error = QStringLiteral("logShipping needs a primary and a secondary instance of the scenario");
        return false;
    }
    const QString primaryName = text(spec, "primaryDatabase", QStringLiteral("mgc"));
    const QString secondaryName = text(spec, "secondaryDatabase", primaryName);
    Database* source = primary->database(primaryName);
    Database* target = secondary->database(secondaryName);
    if (!source || !target || source->lastLogBackupLsn == 0) {
        *error = QStringLiteral("logShipping needs %1 with a full backup on %2 and %3 on %4")
                     .arg(primaryName, primary->serverName(), secondaryName, secondary->serverName());
        return false;
    }
    const QString backupDirectory = text(spec, "backupDirectory");
    const QString share = text(spec, "backupShare", backupDirectory);
    const QString copyDirectory = text(spec, "copyDirectory");
    SimFileSystem& fs = world.fileSystem();
    if (!fs.folderExists(primary->machineName, backupDirectory) ||
        !fs.folderExists(secondary->machineName, copyDirectory)) {
        *error =
            QStringLiteral("logShipping's backupDirectory and copyDirectory must be folders of the scenario");
        return false;
    }
    const int minutes = std::clamp(spec.value(QLatin1String("intervalMinutes")).toInt(15), 1, 1440);
    const bool standby =
        text(spec, "restoreMode").compare(QLatin1String("STANDBY"), Qt::CaseInsensitive) == 0;
    const QDateTime now = world.simulatedNow();
    const int cycles = std::clamp(spec.value(QLatin1String("historyCycles")).toInt(4), 0, 96);
    const QDateTime configured = now.addSecs(-qint64(cycles + 1) * minutes * 60);

    // The secondary was initialized from a full backup of the primary and has restored up to its last log
    // backup.
    target->restoredFrom = source->name;
    target->restoredLsn = source->lastLogBackupLsn;
    target->currentLsn = source->lastLogBackupLsn + 1;
    target->lastFullBackupLsn = 0;
    target->lastLogBackupLsn = 0;
    target->recoveryModel = source->recoveryModel;
    target->usedBytes = source->usedBytes;
    target->standby = standby;
    target->state = standby ? QStringLiteral("ONLINE") : QStringLiteral("RESTORING");

    LogShippingPrimary p;
    p.primaryId = QUuid::createUuidV5(kNamespace, primary->serverName() + source->name);
    p.database = source->name;
    p.backupDirectory = backupDirectory;
    p.backupShare = share;
    p.thresholdAlertEnabled = true;
    p.secondaries = {{secondary->serverName(), target->name}};
    p.backupJobId =
        addJob(*primary, QStringLiteral("LSBackup_") + source->name, JobKind::LogShippingBackup, p.primaryId,
               QStringLiteral("LSBackupSchedule_") + primary->machineName + u'1', 4, minutes, configured);
    primary->agent.primaries.append(p);

    LogShippingSecondary s;
    s.secondaryId = QUuid::createUuidV5(kNamespace, secondary->serverName() + primary->serverName());
    s.primaryServer = primary->serverName();
    s.primaryDatabase = source->name;
    s.backupSourceDirectory = share;
    s.backupDestinationDirectory = copyDirectory;
    const QString suffix = primary->machineName + u'_' + source->name;
    s.copyJobId = addJob(*secondary, QStringLiteral("LSCopy_") + suffix, JobKind::LogShippingCopy,
                         s.secondaryId, QStringLiteral("DefaultCopyJobSchedule"), 4, minutes, configured);
    s.restoreJobId =
        addJob(*secondary, QStringLiteral("LSRestore_") + suffix, JobKind::LogShippingRestore, s.secondaryId,
               QStringLiteral("DefaultRestoreJobSchedule"), 4, minutes, configured);
    secondary->agent.secondaries.append(s);
    LogShippingSecondaryDatabase d;
    d.database = target->name;
    d.secondaryId = s.secondaryId;
    d.restoreMode = standby ? 1 : 0;
    d.disconnectUsers = standby;
    d.thresholdAlertEnabled = true;
    secondary->agent.secondaryDatabases.append(d);
    // sp_add_log_shipping_alert_job on both sides: it raises the threshold alerts every two minutes.
    for (Instance* instance : {primary, secondary})
        addJob(*instance, QStringLiteral("LSAlert_") + instance->machineName, JobKind::LogShippingAlert,
               QUuid(), QStringLiteral("LSAlertSchedule_") + instance->machineName, 4, 2, configured);

    // The last cycles, a third of the interval apart: backup, copy, restore.
    const qint64 step = qint64(minutes) * 60;
    for (int k = cycles; k >= 1; --k) {
        const QDateTime at = now.addSecs(-k * step);
        JobRunner::run(world, *primary, *primary->agent.job(p.backupJobId), at);
        JobRunner::run(world, *secondary, *secondary->agent.job(s.copyJobId), at.addSecs(step / 3));
        JobRunner::run(world, *secondary, *secondary->agent.job(s.restoreJobId), at.addSecs(2 * step / 3));
    }
    return true;
}

} // namespace pchatlab
