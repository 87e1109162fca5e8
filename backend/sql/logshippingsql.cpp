#include "logshippingsql.h"

#include "backupsql.h"
#include "restoresql.h"
#include "sqlquote.h"

namespace pchat {

namespace {

QString bit(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

int hhmmss(const QTime& time)
{
    return time.hour() * 10000 + time.minute() * 100 + time.second();
}

// sp_backup_compression's tinyint: 0 off, 1 on, 2 the server's default.
int compressionCode(BackupCompression compression)
{
    switch (compression) {
    case BackupCompression::DoNotCompress:
        return 0;
    case BackupCompression::Compress:
        return 1;
    case BackupCompression::ServerDefault:
        break;
    }
    return 2;
}

// Named parameters one a line, SSMS's leading-comma layout.
QString parameters(const QStringList& lines, const QString& indent)
{
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += indent + (i == 0 ? QString() : QStringLiteral(",")) + lines.at(i) + u'\n';
    return text;
}

// sp_add_schedule for a daily schedule that recurs every n minutes or hours.
QString addSchedule(const AgentSchedule& schedule, const QString& uidVariable, const QString& idVariable,
                    const QString& indent)
{
    // 0 means "not decided": sp_add_schedule takes NULL as the day the schedule is created.
    const QString startDate =
        schedule.activeStartDate == 0 ? QStringLiteral("NULL") : QString::number(schedule.activeStartDate);
    return indent + QStringLiteral("EXEC msdb.dbo.sp_add_schedule\n") +
           parameters(
               {
                   QStringLiteral("@schedule_name = %1").arg(SqlQuote::literal(schedule.name)),
                   QStringLiteral("@enabled = 1"),
                   QStringLiteral("@freq_type = 4"),
                   QStringLiteral("@freq_interval = 1"),
                   QStringLiteral("@freq_subday_type = %1").arg(schedule.unit == ScheduleUnit::Hours ? 8 : 4),
                   QStringLiteral("@freq_subday_interval = %1").arg(schedule.interval),
                   QStringLiteral("@freq_recurrence_factor = 0"),
                   QStringLiteral("@active_start_date = %1").arg(startDate),
                   QStringLiteral("@active_end_date = 99991231"),
                   QStringLiteral("@active_start_time = %1").arg(hhmmss(schedule.startTime)),
                   QStringLiteral("@active_end_time = %1").arg(hhmmss(schedule.endTime)),
                   QStringLiteral("@schedule_uid = %1 OUTPUT").arg(uidVariable),
                   QStringLiteral("@schedule_id = %1 OUTPUT").arg(idVariable),
               },
               indent + QStringLiteral("    "));
}

QString attachSchedule(const QString& jobVariable, const QString& idVariable, const QString& indent)
{
    return indent + QStringLiteral("EXEC msdb.dbo.sp_attach_schedule\n") +
           parameters({QStringLiteral("@job_id = %1").arg(jobVariable),
                       QStringLiteral("@schedule_id = %1").arg(idVariable)},
                      indent + QStringLiteral("    "));
}

QString enableJob(const QString& jobVariable, const QString& indent)
{
    return indent + QStringLiteral("EXEC msdb.dbo.sp_update_job\n") +
           parameters({QStringLiteral("@job_id = %1").arg(jobVariable), QStringLiteral("@enabled = 1")},
                      indent + QStringLiteral("    "));
}

QString standbyFile(const Plan& plan)
{
    return joinWindowsPath(plan.logShipping.copyDestinationFolder,
                           plan.mgcDatabase + QStringLiteral("_standby.tuf"));
}

} // namespace

QString LogShippingSql::primaryConfiguration(const Plan& plan)
{
    const LogShippingSettings& ls = plan.logShipping;
    const QString database = SqlQuote::literal(plan.mgcDatabase);
    const QString backupDirectory = ls.backupLocalPath.isEmpty() ? ls.backupNetworkPath : ls.backupLocalPath;
    const QString indent = QStringLiteral("    ");

    QString sql = QStringLiteral("DECLARE @LS_BackupJobId AS uniqueidentifier\n"
                                 "DECLARE @LS_PrimaryId AS uniqueidentifier\n"
                                 "DECLARE @SP_Add_RetCode AS int\n"
                                 "\n"
                                 "EXEC @SP_Add_RetCode = master.dbo.sp_add_log_shipping_primary_database\n");
    sql += parameters(
        {
            QStringLiteral("@database = %1").arg(database),
            QStringLiteral("@backup_directory = %1").arg(SqlQuote::literal(backupDirectory)),
            QStringLiteral("@backup_share = %1").arg(SqlQuote::literal(ls.backupNetworkPath)),
            QStringLiteral("@backup_job_name = %1").arg(SqlQuote::literal(ls.backupJobName)),
            QStringLiteral("@backup_retention_period = %1").arg(ls.backupRetentionMinutes),
            QStringLiteral("@backup_compression = %1").arg(compressionCode(ls.compression)),
            QStringLiteral("@backup_threshold = %1").arg(ls.backupAlertMinutes),
            QStringLiteral("@threshold_alert_enabled = %1").arg(bit(ls.backupAlertEnabled)),
            QStringLiteral("@history_retention_period = %1").arg(ls.historyRetentionMinutes),
            QStringLiteral("@backup_job_id = @LS_BackupJobId OUTPUT"),
            QStringLiteral("@primary_id = @LS_PrimaryId OUTPUT"),
            QStringLiteral("@overwrite = 1"),
        },
        indent);
    sql += QStringLiteral("\n"
                          "IF (@@ERROR = 0 AND @SP_Add_RetCode = 0)\n"
                          "BEGIN\n"
                          "    DECLARE @LS_BackUpScheduleUID AS uniqueidentifier\n"
                          "    DECLARE @LS_BackUpScheduleID AS int\n"
                          "\n");
    sql += addSchedule(ls.backupSchedule, QStringLiteral("@LS_BackUpScheduleUID"),
                       QStringLiteral("@LS_BackUpScheduleID"), indent);
    sql += u'\n';
    sql += attachSchedule(QStringLiteral("@LS_BackupJobId"), QStringLiteral("@LS_BackUpScheduleID"), indent);
    sql += u'\n';
    sql += enableJob(QStringLiteral("@LS_BackupJobId"), indent);
    sql += QStringLiteral("END\n"
                          "\n"
                          "EXEC master.dbo.sp_add_log_shipping_alert_job\n"
                          "\n"
                          "EXEC master.dbo.sp_add_log_shipping_primary_secondary\n");
    sql += parameters(
        {
            QStringLiteral("@primary_database = %1").arg(database),
            QStringLiteral("@secondary_server = %1").arg(SqlQuote::literal(plan.backupInstance.name)),
            QStringLiteral("@secondary_database = %1").arg(database),
            QStringLiteral("@overwrite = 1"),
        },
        indent);
    sql.chop(1); // no newline after the last line, like every other builder
    return sql;
}

QString LogShippingSql::secondaryConfiguration(const Plan& plan)
{
    const LogShippingSettings& ls = plan.logShipping;
    const QString database = SqlQuote::literal(plan.mgcDatabase);
    const QString primaryServer = SqlQuote::literal(plan.primaryInstance.name);
    const QString indent = QStringLiteral("    ");

    QString sql = QStringLiteral("DECLARE @LS_Secondary__CopyJobId AS uniqueidentifier\n"
                                 "DECLARE @LS_Secondary__RestoreJobId AS uniqueidentifier\n"
                                 "DECLARE @LS_Secondary__SecondaryId AS uniqueidentifier\n"
                                 "DECLARE @LS_Add_RetCode AS int\n"
                                 "\n"
                                 "EXEC @LS_Add_RetCode = master.dbo.sp_add_log_shipping_secondary_primary\n");
    sql += parameters(
        {
            QStringLiteral("@primary_server = %1").arg(primaryServer),
            QStringLiteral("@primary_database = %1").arg(database),
            QStringLiteral("@backup_source_directory = %1").arg(SqlQuote::literal(ls.backupNetworkPath)),
            QStringLiteral("@backup_destination_directory = %1")
                .arg(SqlQuote::literal(ls.copyDestinationFolder)),
            QStringLiteral("@copy_job_name = %1").arg(SqlQuote::literal(ls.copyJobName)),
            QStringLiteral("@restore_job_name = %1").arg(SqlQuote::literal(ls.restoreJobName)),
            QStringLiteral("@file_retention_period = %1").arg(ls.copyRetentionMinutes),
            QStringLiteral("@overwrite = 1"),
            QStringLiteral("@copy_job_id = @LS_Secondary__CopyJobId OUTPUT"),
            QStringLiteral("@restore_job_id = @LS_Secondary__RestoreJobId OUTPUT"),
            QStringLiteral("@secondary_id = @LS_Secondary__SecondaryId OUTPUT"),
        },
        indent);
    // SSMS's script gives the copy and the restore job a schedule each, with variables named after the job.
    const auto jobSchedule = [&indent](const AgentSchedule& schedule, const QString& job) {
        const QString uid = QStringLiteral("@LS_Secondary%1JobScheduleUID").arg(job);
        const QString id = QStringLiteral("@LS_Secondary%1JobScheduleID").arg(job);
        return QStringLiteral("    DECLARE %1 AS uniqueidentifier\n"
                              "    DECLARE %2 AS int\n"
                              "\n")
                   .arg(uid, id) +
               addSchedule(schedule, uid, id, indent) + u'\n' +
               attachSchedule(QStringLiteral("@LS_Secondary__%1JobId").arg(job), id, indent);
    };
    sql += QStringLiteral("\n"
                          "IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)\n"
                          "BEGIN\n");
    sql += jobSchedule(ls.copySchedule, QStringLiteral("Copy"));
    sql += u'\n';
    sql += jobSchedule(ls.restoreSchedule, QStringLiteral("Restore"));
    sql += QStringLiteral("END\n"
                          "\n"
                          "DECLARE @LS_Add_RetCode2 AS int\n"
                          "\n"
                          "IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)\n"
                          "BEGIN\n"
                          "    EXEC @LS_Add_RetCode2 = master.dbo.sp_add_log_shipping_secondary_database\n");
    sql += parameters(
        {
            QStringLiteral("@secondary_database = %1").arg(database),
            QStringLiteral("@primary_server = %1").arg(primaryServer),
            QStringLiteral("@primary_database = %1").arg(database),
            QStringLiteral("@restore_delay = %1").arg(ls.restoreDelayMinutes),
            QStringLiteral("@restore_mode = %1").arg(ls.restoreMode == LogRestoreMode::Standby ? 1 : 0),
            QStringLiteral("@disconnect_users = %1").arg(bit(ls.disconnectUsers)),
            QStringLiteral("@restore_threshold = %1").arg(ls.restoreAlertMinutes),
            QStringLiteral("@threshold_alert_enabled = %1").arg(bit(ls.restoreAlertEnabled)),
            QStringLiteral("@history_retention_period = %1").arg(ls.historyRetentionMinutes),
            QStringLiteral("@overwrite = 1"),
        },
        QStringLiteral("        "));
    sql += QStringLiteral("END\n"
                          "\n"
                          "IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)\n"
                          "BEGIN\n");
    sql += enableJob(QStringLiteral("@LS_Secondary__CopyJobId"), indent);
    sql += u'\n';
    sql += enableJob(QStringLiteral("@LS_Secondary__RestoreJobId"), indent);
    sql += QStringLiteral("END");
    return sql;
}

QString LogShippingSql::initializationBackup(const Plan& plan)
{
    if (plan.logShipping.initialization != SecondaryInitialization::GenerateFullBackup)
        return {};
    // Not COPY_ONLY: the log chain the backup job continues must start from this backup.
    BackupSettings settings;
    settings.description.clear();
    settings.backupSetName = plan.mgcDatabase + QStringLiteral("-Full Database Backup");
    settings.overwriteMedia = true;
    settings.copyOnly = false;
    settings.checksum = false;
    settings.compression = plan.logShipping.compression;
    settings.statsPercent = 10;
    return BackupSql::backupDatabase(plan.mgcDatabase, plan.initializationBackupPath(), settings);
}

QStringList LogShippingSql::initializationRestore(const Plan& plan)
{
    if (plan.logShipping.initialization == SecondaryInitialization::AlreadyInitialized)
        return {};
    RestoreSettings settings;
    settings.backupSetPosition = 1;
    settings.closeExistingConnections = plan.restore.closeExistingConnections;
    settings.statsPercent = 10;
    if (plan.logShipping.restoreMode == LogRestoreMode::Standby) {
        return RestoreSql::restoreBatches(plan.mgcDatabase, plan.initializationBackupPath(), settings,
                                          RecoveryState::Standby, standbyFile(plan));
    }
    return RestoreSql::restoreBatches(plan.mgcDatabase, plan.initializationBackupPath(), settings,
                                      RecoveryState::NoRecovery);
}

QString LogShippingSql::primaryState(const QString& database)
{
    return QStringLiteral(
               "SELECT p.primary_id, p.primary_database, p.backup_directory, p.backup_share, "
               "p.backup_retention_period,\n"
               "       p.backup_job_id, p.last_backup_file, p.last_backup_date, p.backup_compression\n"
               "FROM msdb.dbo.log_shipping_primary_databases AS p\n"
               "WHERE p.primary_database = %1;")
        .arg(SqlQuote::literal(database));
}

QString LogShippingSql::secondaryState(const QString& database)
{
    return QStringLiteral(
               "SELECT s.secondary_id, s.primary_server, s.primary_database, s.backup_source_directory, "
               "s.backup_destination_directory,\n"
               "       s.copy_job_id, s.restore_job_id, s.last_copied_file, s.last_copied_date,\n"
               "       d.secondary_database, d.restore_delay, d.restore_mode, d.disconnect_users, "
               "d.last_restored_file, d.last_restored_date\n"
               "FROM msdb.dbo.log_shipping_secondary AS s\n"
               "INNER JOIN msdb.dbo.log_shipping_secondary_databases AS d ON d.secondary_id = "
               "s.secondary_id\n"
               "WHERE d.secondary_database = %1;")
        .arg(SqlQuote::literal(database));
}

QString LogShippingSql::logShippingJobs()
{
    // By category (6, Log Shipping: sp_add_log_shipping_* files its jobs there), not by name: the operator
    // may name the jobs anything, and a name filter would miss them and fail a complete configuration.
    return QStringLiteral("SELECT j.job_id, j.name, j.enabled, s.name AS schedule_name, s.enabled AS "
                          "schedule_enabled,\n"
                          "       s.freq_subday_type, s.freq_subday_interval, s.active_start_date, "
                          "s.active_start_time, s.active_end_time\n"
                          "FROM msdb.dbo.sysjobs AS j\n"
                          "LEFT JOIN msdb.dbo.sysjobschedules AS js ON js.job_id = j.job_id\n"
                          "LEFT JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id\n"
                          "WHERE j.category_id = 6\n"
                          "ORDER BY j.name;");
}

QString LogShippingSql::primarySecondaries(const QString& database)
{
    return QStringLiteral("SELECT s.secondary_server, s.secondary_database\n"
                          "FROM msdb.dbo.log_shipping_primary_secondaries AS s\n"
                          "INNER JOIN msdb.dbo.log_shipping_primary_databases AS p ON p.primary_id = "
                          "s.primary_id\n"
                          "WHERE p.primary_database = %1;")
        .arg(SqlQuote::literal(database));
}

QString LogShippingSql::startJob(const QString& jobName)
{
    return QStringLiteral("EXEC msdb.dbo.sp_start_job @job_name = %1;").arg(SqlQuote::literal(jobName));
}

QString LogShippingSql::lastJobHistoryId(const QString& jobName)
{
    return QStringLiteral("SELECT ISNULL(MAX(h.instance_id), 0) AS instance_id\n"
                          "FROM msdb.dbo.sysjobhistory AS h\n"
                          "INNER JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id\n"
                          "WHERE j.name = %1;")
        .arg(SqlQuote::literal(jobName));
}

QString LogShippingSql::jobHistorySince(const QString& jobName, qint64 instanceId)
{
    return QStringLiteral(
               "SELECT h.instance_id, h.step_id, h.step_name, h.run_status, h.run_date, h.run_time, "
               "h.run_duration, h.message\n"
               "FROM msdb.dbo.sysjobhistory AS h\n"
               "INNER JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id\n"
               "WHERE j.name = %1 AND h.instance_id > %2\n"
               "ORDER BY h.instance_id;")
        .arg(SqlQuote::literal(jobName), QString::number(instanceId));
}

} // namespace pchat
