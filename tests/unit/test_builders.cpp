// Expected text of every builder for the reference plan (the example plan, schedules starting 2026-11-26).
#include "backend/shell/lynccommands.h"
#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/logshippingsql.h"
#include "backend/sql/mirroringsql.h"
#include "backend/sql/restoresql.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pchat;
using namespace pchat::test;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const char* const scheduleTemplate = R"(    EXEC msdb.dbo.sp_add_schedule
        @schedule_name = N'%1'
        ,@enabled = 1
        ,@freq_type = 4
        ,@freq_interval = 1
        ,@freq_subday_type = %2
        ,@freq_subday_interval = %3
        ,@freq_recurrence_factor = 0
        ,@active_start_date = %4
        ,@active_end_date = 99991231
        ,@active_start_time = %5
        ,@active_end_time = %6
        ,@schedule_uid = %7 OUTPUT
        ,@schedule_id = %8 OUTPUT)";

} // namespace

TEST(MirroringSql, RemoveMirroring)
{
    EXPECT_EQ(MirroringSql::removeMirroring(QStringLiteral("mgc")),
              text("ALTER DATABASE [mgc] SET PARTNER OFF;"));
    EXPECT_EQ(MirroringSql::removeMirroring(QStringLiteral("mgccomp")),
              text("ALTER DATABASE [mgccomp] SET PARTNER OFF;"));
}

TEST(MirroringSql, MirroringState)
{
    EXPECT_EQ(
        MirroringSql::mirroringState({QStringLiteral("mgc"), QStringLiteral("mgccomp")}),
        text(
            R"(SELECT DB_NAME(m.database_id) AS database_name, m.mirroring_guid, m.mirroring_state_desc, m.mirroring_role_desc,
       m.mirroring_partner_name, m.mirroring_partner_instance, m.mirroring_witness_name
FROM sys.database_mirroring AS m
WHERE m.database_id IN (DB_ID(N'mgc'), DB_ID(N'mgccomp'));)"));
    EXPECT_TRUE(MirroringSql::mirroringState({}).endsWith(QStringLiteral("WHERE 1 = 0;")));
}

TEST(BackupSql, BackupDatabaseAsSsmsScriptsIt)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(BackupSql::backupDatabase(plan.mgcDatabase, plan.backupFilePath(), plan.backup),
              text(R"(BACKUP DATABASE [mgc] TO DISK = N'\\FS01\PChatLogShip\mgc_failback.bak'
WITH DESCRIPTION = N'Persistent Chat failback: mgc from the backup instance', NOFORMAT, INIT, NAME = N'mgc-Full Database Backup', SKIP, NOREWIND, NOUNLOAD, CHECKSUM, STATS = 10;)"));
}

TEST(BackupSql, BackupDatabaseOptions)
{
    BackupSettings settings;
    settings.overwriteMedia = false;
    settings.copyOnly = true;
    settings.checksum = false;
    settings.compression = BackupCompression::Compress;
    settings.statsPercent = 5;
    EXPECT_EQ(
        BackupSql::backupDatabase(QStringLiteral("mgc"), QStringLiteral("\\\\FS01\\S\\a.bak"), settings),
        text(R"(BACKUP DATABASE [mgc] TO DISK = N'\\FS01\S\a.bak'
WITH COPY_ONLY, NOFORMAT, NOINIT, NAME = N'mgc-Full Database Backup', SKIP, NOREWIND, NOUNLOAD, COMPRESSION, STATS = 5;)"));
    settings.compression = BackupCompression::DoNotCompress;
    settings.copyOnly = false;
    settings.checksum = true;
    settings.description = QStringLiteral("Failback 'B'");
    EXPECT_EQ(
        BackupSql::backupDatabase(QStringLiteral("mgc"), QStringLiteral("\\\\FS01\\S\\a.bak"), settings),
        text(R"(BACKUP DATABASE [mgc] TO DISK = N'\\FS01\S\a.bak'
WITH DESCRIPTION = N'Failback ''B''', NOFORMAT, NOINIT, NAME = N'mgc-Full Database Backup', SKIP, NOREWIND, NOUNLOAD, NO_COMPRESSION, CHECKSUM, STATS = 5;)"));
}

TEST(BackupSql, VerifyBackupAsSsmsScriptsIt)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(BackupSql::verifyBackup(plan.mgcDatabase, plan.backupFilePath()),
              text(R"(DECLARE @backupSetId AS int;
SELECT @backupSetId = position FROM msdb..backupset WHERE database_name = N'mgc' AND backup_set_id = (SELECT MAX(backup_set_id) FROM msdb..backupset WHERE database_name = N'mgc');
IF @backupSetId IS NULL BEGIN RAISERROR(N'Verify failed. Backup information for database ''mgc'' not found.', 16, 1) END;
RESTORE VERIFYONLY FROM DISK = N'\\FS01\PChatLogShip\mgc_failback.bak' WITH FILE = @backupSetId, NOUNLOAD, NOREWIND;)"));
    // The message reads database 'a'b'; as a literal every one of its quotes is doubled.
    EXPECT_TRUE(
        BackupSql::verifyBackup(QStringLiteral("a'b"), QStringLiteral("p"))
            .contains(QStringLiteral("RAISERROR(N'Verify failed. Backup information for database ''a''b'' "
                                     "not found.', 16, 1)")));
}

TEST(BackupSql, ReadingBackupFilesAndHistory)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(BackupSql::headerOnly(plan.backupFilePath()),
              text(R"(RESTORE HEADERONLY FROM DISK = N'\\FS01\PChatLogShip\mgc_failback.bak';)"));
    EXPECT_EQ(
        BackupSql::fileListOnly(plan.backupFilePath(), 2),
        text(R"(RESTORE FILELISTONLY FROM DISK = N'\\FS01\PChatLogShip\mgc_failback.bak' WITH FILE = 2;)"));
    EXPECT_EQ(
        BackupSql::latestBackupSet(QStringLiteral("mgc")),
        text(R"(SELECT TOP (1) b.backup_set_id, b.database_name, b.name, b.description, b.type, b.position,
       b.backup_start_date, b.backup_finish_date, b.backup_size, b.is_copy_only, b.has_backup_checksums,
       f.physical_device_name
FROM msdb.dbo.backupset AS b
INNER JOIN msdb.dbo.backupmediafamily AS f ON f.media_set_id = b.media_set_id
WHERE b.database_name = N'mgc'
ORDER BY b.backup_set_id DESC;)"));
}

TEST(RestoreSql, RestoreBatchesForTheReferencePlan)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(RestoreSql::restoreBatches(plan.mgcDatabase, plan.backupFilePath(), plan.restore,
                                         RecoveryState::Recovery),
              (QStringList{text("ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;"),
                           text(R"(RESTORE DATABASE [mgc] FROM DISK = N'\\FS01\PChatLogShip\mgc_failback.bak'
WITH FILE = 1, NOUNLOAD, REPLACE, RECOVERY, STATS = 5;)"),
                           text("ALTER DATABASE [mgc] SET MULTI_USER;")}));
}

TEST(RestoreSql, RestoreWithMoveAndRecoveryStates)
{
    RestoreSettings settings;
    settings.backupSetPosition = 2;
    settings.relocations = {{QStringLiteral("mgc"), QStringLiteral("D:\\Data\\mgc.mdf")},
                            {QStringLiteral("mgc_log"), QStringLiteral("L:\\Log\\mgc_log.ldf")}};
    settings.closeExistingConnections = false;
    settings.statsPercent = 10;
    const QString path = QStringLiteral("\\\\FS01\\S\\mgc.bak");
    EXPECT_EQ(RestoreSql::restoreDatabase(QStringLiteral("mgc"), path, settings, RecoveryState::NoRecovery),
              text(R"(RESTORE DATABASE [mgc] FROM DISK = N'\\FS01\S\mgc.bak'
WITH FILE = 2, MOVE N'mgc' TO N'D:\Data\mgc.mdf', MOVE N'mgc_log' TO N'L:\Log\mgc_log.ldf', NOUNLOAD, REPLACE, NORECOVERY, STATS = 10;)"));
    EXPECT_EQ(RestoreSql::restoreDatabase(QStringLiteral("mgc"), path, settings, RecoveryState::Standby,
                                          QStringLiteral("E:\\C\\mgc_standby.tuf")),
              text(R"(RESTORE DATABASE [mgc] FROM DISK = N'\\FS01\S\mgc.bak'
WITH FILE = 2, MOVE N'mgc' TO N'D:\Data\mgc.mdf', MOVE N'mgc_log' TO N'L:\Log\mgc_log.ldf', NOUNLOAD, REPLACE, STANDBY = N'E:\C\mgc_standby.tuf', STATS = 10;)"));
    // Without "Close existing connections" only the RESTORE runs.
    EXPECT_EQ(
        RestoreSql::restoreBatches(QStringLiteral("mgc"), path, settings, RecoveryState::Recovery).size(), 1);
    // A database left restoring cannot be set to MULTI_USER.
    settings.closeExistingConnections = true;
    const QStringList batches =
        RestoreSql::restoreBatches(QStringLiteral("mgc"), path, settings, RecoveryState::NoRecovery);
    ASSERT_EQ(batches.size(), 2);
    EXPECT_EQ(batches.at(0), RestoreSql::setSingleUser(QStringLiteral("mgc")));
}

TEST(RestoreSql, SessionsAndHistory)
{
    EXPECT_EQ(RestoreSql::setSingleUser(QStringLiteral("mgc")),
              text("ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;"));
    EXPECT_EQ(RestoreSql::setMultiUser(QStringLiteral("mgc")), text("ALTER DATABASE [mgc] SET MULTI_USER;"));
    EXPECT_EQ(RestoreSql::sessionsInDatabase(QStringLiteral("mgc")),
              text(R"(SELECT s.session_id, s.login_name, s.host_name, s.program_name
FROM sys.dm_exec_sessions AS s
WHERE s.database_id = DB_ID(N'mgc') AND s.is_user_process = 1 AND s.session_id <> @@SPID;)"));
    EXPECT_EQ(
        RestoreSql::latestRestore(QStringLiteral("mgc")),
        text(R"(SELECT TOP (1) r.restore_history_id, r.restore_date, r.destination_database_name, r.user_name,
       r.backup_set_id, r.restore_type, r.[replace], r.[recovery]
FROM msdb.dbo.restorehistory AS r
WHERE r.destination_database_name = N'mgc'
ORDER BY r.restore_history_id DESC;)"));
}

TEST(LogShippingSql, PrimaryConfigurationAsSsmsScriptsIt)
{
    EXPECT_EQ(LogShippingSql::primaryConfiguration(referencePlan()),
              text(R"(DECLARE @LS_BackupJobId AS uniqueidentifier
DECLARE @LS_PrimaryId AS uniqueidentifier
DECLARE @SP_Add_RetCode AS int

EXEC @SP_Add_RetCode = master.dbo.sp_add_log_shipping_primary_database
    @database = N'mgc'
    ,@backup_directory = N'\\FS01\PChatLogShip'
    ,@backup_share = N'\\FS01\PChatLogShip'
    ,@backup_job_name = N'LSBackup_mgc'
    ,@backup_retention_period = 4320
    ,@backup_compression = 2
    ,@backup_threshold = 60
    ,@threshold_alert_enabled = 1
    ,@history_retention_period = 5760
    ,@backup_job_id = @LS_BackupJobId OUTPUT
    ,@primary_id = @LS_PrimaryId OUTPUT
    ,@overwrite = 1

IF (@@ERROR = 0 AND @SP_Add_RetCode = 0)
BEGIN
    DECLARE @LS_BackUpScheduleUID AS uniqueidentifier
    DECLARE @LS_BackUpScheduleID AS int

    EXEC msdb.dbo.sp_add_schedule
        @schedule_name = N'LSBackupSchedule_PCSQL01PCHAT1'
        ,@enabled = 1
        ,@freq_type = 4
        ,@freq_interval = 1
        ,@freq_subday_type = 4
        ,@freq_subday_interval = 15
        ,@freq_recurrence_factor = 0
        ,@active_start_date = 20261126
        ,@active_end_date = 99991231
        ,@active_start_time = 0
        ,@active_end_time = 235900
        ,@schedule_uid = @LS_BackUpScheduleUID OUTPUT
        ,@schedule_id = @LS_BackUpScheduleID OUTPUT

    EXEC msdb.dbo.sp_attach_schedule
        @job_id = @LS_BackupJobId
        ,@schedule_id = @LS_BackUpScheduleID

    EXEC msdb.dbo.sp_update_job
        @job_id = @LS_BackupJobId
        ,@enabled = 1
END

EXEC master.dbo.sp_add_log_shipping_alert_job

EXEC master.dbo.sp_add_log_shipping_primary_secondary
    @primary_database = N'mgc'
    ,@secondary_server = N'PCSQL02\PCHAT'
    ,@secondary_database = N'mgc'
    ,@overwrite = 1)"));
}

TEST(LogShippingSql, PrimaryConfigurationOptions)
{
    Plan plan = referencePlan();
    plan.logShipping.backupLocalPath = QStringLiteral("C:\\PChatLogShip");
    plan.logShipping.compression = BackupCompression::DoNotCompress;
    plan.logShipping.backupAlertEnabled = false;
    plan.logShipping.backupSchedule.unit = ScheduleUnit::Hours;
    plan.logShipping.backupSchedule.interval = 2;
    plan.logShipping.backupSchedule.startTime = QTime(6, 30, 15);
    plan.logShipping.backupSchedule.endTime = QTime(18, 0, 0);
    plan.logShipping.backupSchedule.activeStartDate = 0;
    const QString sql = LogShippingSql::primaryConfiguration(plan);
    EXPECT_TRUE(sql.contains(QStringLiteral("    ,@backup_directory = N'C:\\PChatLogShip'\n"
                                            "    ,@backup_share = N'\\\\FS01\\PChatLogShip'\n")));
    EXPECT_TRUE(sql.contains(QStringLiteral("    ,@backup_compression = 0\n")));
    EXPECT_TRUE(sql.contains(QStringLiteral("    ,@threshold_alert_enabled = 0\n")));
    EXPECT_TRUE(sql.contains(QString::fromUtf8(scheduleTemplate)
                                 .arg(QStringLiteral("LSBackupSchedule_PCSQL01PCHAT1"), QStringLiteral("8"),
                                      QStringLiteral("2"), QStringLiteral("NULL"), QStringLiteral("63015"),
                                      QStringLiteral("180000"), QStringLiteral("@LS_BackUpScheduleUID"),
                                      QStringLiteral("@LS_BackUpScheduleID"))))
        << sql.toStdString();
    plan.logShipping.compression = BackupCompression::Compress;
    EXPECT_TRUE(
        LogShippingSql::primaryConfiguration(plan).contains(QStringLiteral(",@backup_compression = 1\n")));
}

TEST(LogShippingSql, SecondaryConfigurationAsSsmsScriptsIt)
{
    EXPECT_EQ(LogShippingSql::secondaryConfiguration(referencePlan()),
              text(R"(DECLARE @LS_Secondary__CopyJobId AS uniqueidentifier
DECLARE @LS_Secondary__RestoreJobId AS uniqueidentifier
DECLARE @LS_Secondary__SecondaryId AS uniqueidentifier
DECLARE @LS_Add_RetCode AS int

EXEC @LS_Add_RetCode = master.dbo.sp_add_log_shipping_secondary_primary
    @primary_server = N'PCSQL01\PCHAT'
    ,@primary_database = N'mgc'
    ,@backup_source_directory = N'\\FS01\PChatLogShip'
    ,@backup_destination_directory = N'E:\PChatLSCopy'
    ,@copy_job_name = N'LSCopy_PCSQL01\PCHAT_mgc'
    ,@restore_job_name = N'LSRestore_PCSQL01\PCHAT_mgc'
    ,@file_retention_period = 4320
    ,@overwrite = 1
    ,@copy_job_id = @LS_Secondary__CopyJobId OUTPUT
    ,@restore_job_id = @LS_Secondary__RestoreJobId OUTPUT
    ,@secondary_id = @LS_Secondary__SecondaryId OUTPUT

IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)
BEGIN
    DECLARE @LS_SecondaryCopyJobScheduleUID AS uniqueidentifier
    DECLARE @LS_SecondaryCopyJobScheduleID AS int

    EXEC msdb.dbo.sp_add_schedule
        @schedule_name = N'DefaultCopyJobSchedule'
        ,@enabled = 1
        ,@freq_type = 4
        ,@freq_interval = 1
        ,@freq_subday_type = 4
        ,@freq_subday_interval = 15
        ,@freq_recurrence_factor = 0
        ,@active_start_date = 20261126
        ,@active_end_date = 99991231
        ,@active_start_time = 0
        ,@active_end_time = 235900
        ,@schedule_uid = @LS_SecondaryCopyJobScheduleUID OUTPUT
        ,@schedule_id = @LS_SecondaryCopyJobScheduleID OUTPUT

    EXEC msdb.dbo.sp_attach_schedule
        @job_id = @LS_Secondary__CopyJobId
        ,@schedule_id = @LS_SecondaryCopyJobScheduleID

    DECLARE @LS_SecondaryRestoreJobScheduleUID AS uniqueidentifier
    DECLARE @LS_SecondaryRestoreJobScheduleID AS int

    EXEC msdb.dbo.sp_add_schedule
        @schedule_name = N'DefaultRestoreJobSchedule'
        ,@enabled = 1
        ,@freq_type = 4
        ,@freq_interval = 1
        ,@freq_subday_type = 4
        ,@freq_subday_interval = 15
        ,@freq_recurrence_factor = 0
        ,@active_start_date = 20261126
        ,@active_end_date = 99991231
        ,@active_start_time = 0
        ,@active_end_time = 235900
        ,@schedule_uid = @LS_SecondaryRestoreJobScheduleUID OUTPUT
        ,@schedule_id = @LS_SecondaryRestoreJobScheduleID OUTPUT

    EXEC msdb.dbo.sp_attach_schedule
        @job_id = @LS_Secondary__RestoreJobId
        ,@schedule_id = @LS_SecondaryRestoreJobScheduleID
END

DECLARE @LS_Add_RetCode2 AS int

IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)
BEGIN
    EXEC @LS_Add_RetCode2 = master.dbo.sp_add_log_shipping_secondary_database
        @secondary_database = N'mgc'
        ,@primary_server = N'PCSQL01\PCHAT'
        ,@primary_database = N'mgc'
        ,@restore_delay = 0
        ,@restore_mode = 0
        ,@disconnect_users = 0
        ,@restore_threshold = 45
        ,@threshold_alert_enabled = 1
        ,@history_retention_period = 5760
        ,@overwrite = 1
END

IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)
BEGIN
    EXEC msdb.dbo.sp_update_job
        @job_id = @LS_Secondary__CopyJobId
        ,@enabled = 1

    EXEC msdb.dbo.sp_update_job
        @job_id = @LS_Secondary__RestoreJobId
        ,@enabled = 1
END)"));
}

TEST(LogShippingSql, SecondaryConfigurationOptions)
{
    Plan plan = referencePlan();
    plan.logShipping.restoreMode = LogRestoreMode::Standby;
    plan.logShipping.disconnectUsers = true;
    plan.logShipping.restoreDelayMinutes = 30;
    plan.logShipping.restoreAlertEnabled = false;
    plan.logShipping.copySchedule.unit = ScheduleUnit::Hours;
    plan.logShipping.copySchedule.interval = 1;
    const QString sql = LogShippingSql::secondaryConfiguration(plan);
    EXPECT_TRUE(sql.contains(QStringLiteral("        ,@restore_delay = 30\n"
                                            "        ,@restore_mode = 1\n"
                                            "        ,@disconnect_users = 1\n"
                                            "        ,@restore_threshold = 45\n"
                                            "        ,@threshold_alert_enabled = 0\n")))
        << sql.toStdString();
    EXPECT_TRUE(
        sql.contains(QString::fromUtf8(scheduleTemplate)
                         .arg(QStringLiteral("DefaultCopyJobSchedule"), QStringLiteral("8"),
                              QStringLiteral("1"), QStringLiteral("20261126"), QStringLiteral("0"),
                              QStringLiteral("235900"), QStringLiteral("@LS_SecondaryCopyJobScheduleUID"),
                              QStringLiteral("@LS_SecondaryCopyJobScheduleID"))));
}

TEST(LogShippingSql, InitializationByGeneratedFullBackup)
{
    Plan plan = referencePlan();
    EXPECT_EQ(LogShippingSql::initializationBackup(plan),
              text(R"(BACKUP DATABASE [mgc] TO DISK = N'\\FS01\PChatLogShip\mgc_logshipping_init.bak'
WITH NOFORMAT, INIT, NAME = N'mgc-Full Database Backup', SKIP, NOREWIND, NOUNLOAD, STATS = 10;)"));
    EXPECT_EQ(LogShippingSql::initializationRestore(plan),
              (QStringList{
                  text("ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;"),
                  text(R"(RESTORE DATABASE [mgc] FROM DISK = N'\\FS01\PChatLogShip\mgc_logshipping_init.bak'
WITH FILE = 1, NOUNLOAD, REPLACE, NORECOVERY, STATS = 10;)")}));
    plan.logShipping.compression = BackupCompression::Compress;
    EXPECT_TRUE(LogShippingSql::initializationBackup(plan).contains(
        QStringLiteral("NOUNLOAD, COMPRESSION, STATS = 10;")));
    EXPECT_FALSE(LogShippingSql::initializationBackup(plan).contains(QStringLiteral("COPY_ONLY")));
}

TEST(LogShippingSql, InitializationVariants)
{
    Plan plan = referencePlan();
    plan.restore.closeExistingConnections = false;
    plan.logShipping.restoreMode = LogRestoreMode::Standby;
    plan.logShipping.initialization = SecondaryInitialization::RestoreExistingBackup;
    EXPECT_TRUE(LogShippingSql::initializationBackup(plan).isEmpty());
    EXPECT_EQ(
        LogShippingSql::initializationRestore(plan),
        QStringList{text(R"(RESTORE DATABASE [mgc] FROM DISK = N'\\FS01\PChatLogShip\mgc_logshipping_init.bak'
WITH FILE = 1, NOUNLOAD, REPLACE, STANDBY = N'E:\PChatLSCopy\mgc_standby.tuf', STATS = 10;)")});
    plan.logShipping.initialization = SecondaryInitialization::AlreadyInitialized;
    EXPECT_TRUE(LogShippingSql::initializationBackup(plan).isEmpty());
    EXPECT_TRUE(LogShippingSql::initializationRestore(plan).isEmpty());
}

TEST(LogShippingSql, StateQueries)
{
    EXPECT_EQ(
        LogShippingSql::primaryState(QStringLiteral("mgc")),
        text(
            R"(SELECT p.primary_id, p.primary_database, p.backup_directory, p.backup_share, p.backup_retention_period,
       p.backup_job_id, p.last_backup_file, p.last_backup_date, p.backup_compression
FROM msdb.dbo.log_shipping_primary_databases AS p
WHERE p.primary_database = N'mgc';)"));
    EXPECT_EQ(
        LogShippingSql::secondaryState(QStringLiteral("mgc")),
        text(
            R"(SELECT s.secondary_id, s.primary_server, s.primary_database, s.backup_source_directory, s.backup_destination_directory,
       s.copy_job_id, s.restore_job_id, s.last_copied_file, s.last_copied_date,
       d.secondary_database, d.restore_delay, d.restore_mode, d.disconnect_users, d.last_restored_file, d.last_restored_date
FROM msdb.dbo.log_shipping_secondary AS s
INNER JOIN msdb.dbo.log_shipping_secondary_databases AS d ON d.secondary_id = s.secondary_id
WHERE d.secondary_database = N'mgc';)"));
    EXPECT_EQ(
        LogShippingSql::logShippingJobs(),
        text(R"(SELECT j.job_id, j.name, j.enabled, s.name AS schedule_name, s.enabled AS schedule_enabled,
       s.freq_subday_type, s.freq_subday_interval, s.active_start_date, s.active_start_time, s.active_end_time
FROM msdb.dbo.sysjobs AS j
LEFT JOIN msdb.dbo.sysjobschedules AS js ON js.job_id = j.job_id
LEFT JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id
WHERE j.category_id = 6
ORDER BY j.name;)"));
}

TEST(CheckSql, CatalogQueries)
{
    EXPECT_EQ(CheckSql::serverInfo(),
              text(R"(SELECT CAST(SERVERPROPERTY('ServerName') AS nvarchar(128)) AS server_name,
       CAST(SERVERPROPERTY('MachineName') AS nvarchar(128)) AS machine_name,
       CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS product_version,
       CAST(SERVERPROPERTY('ProductLevel') AS nvarchar(128)) AS product_level,
       CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition,
       IS_SRVROLEMEMBER('sysadmin') AS is_sysadmin,
       SUSER_SNAME() AS login_name,
       @@SPID AS spid;)"));
    EXPECT_EQ(
        CheckSql::databases({QStringLiteral("mgc"), QStringLiteral("mgccomp")}),
        text(
            R"(SELECT d.name, d.database_id, d.state_desc, d.recovery_model_desc, d.user_access_desc, d.is_in_standby
FROM sys.databases AS d
WHERE d.name IN (N'mgc', N'mgccomp')
ORDER BY d.name;)"));
    EXPECT_EQ(CheckSql::services(),
              text(R"(SELECT servicename, status_desc, service_account, startup_type_desc
FROM sys.dm_server_services;)"));
    EXPECT_EQ(CheckSql::fileExists(QStringLiteral("\\\\FS01\\PChatLogShip")),
              text(R"(EXEC master.dbo.xp_fileexist N'\\FS01\PChatLogShip';)"));
    EXPECT_EQ(
        CheckSql::databaseSizeMb(QStringLiteral("mgc")),
        text(R"(SELECT f.name, f.type_desc, f.physical_name, CAST(f.size AS bigint) * 8 / 1024 AS size_mb
FROM sys.master_files AS f
WHERE f.database_id = DB_ID(N'mgc');)"));
    EXPECT_EQ(
        CheckSql::volumeSpace(),
        text(
            R"(SELECT DISTINCT vs.volume_mount_point, vs.total_bytes / 1048576 AS total_mb, vs.available_bytes / 1048576 AS available_mb
FROM sys.master_files AS f
CROSS APPLY sys.dm_os_volume_stats(f.database_id, f.file_id) AS vs;)"));
    EXPECT_EQ(
        CheckSql::defaultPaths(),
        text(R"(SELECT CAST(SERVERPROPERTY('InstanceDefaultDataPath') AS nvarchar(260)) AS default_data_path,
       CAST(SERVERPROPERTY('InstanceDefaultLogPath') AS nvarchar(260)) AS default_log_path;)"));
}

TEST(LyncCommands, CmdletsForTheReferencePlan)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(LyncCommands::importModule(ShellModule::Lync), text("Import-Module Lync"));
    EXPECT_EQ(LyncCommands::importModule(ShellModule::SkypeForBusiness),
              text("Import-Module SkypeForBusiness"));
    EXPECT_EQ(
        LyncCommands::clearActiveServers(plan.lync.activeServerCollection),
        text("Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers $Null"));
    EXPECT_EQ(LyncCommands::addActiveServers(
                  plan.lync.activeServerCollection,
                  {QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com")}),
              text("Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers "
                   "@{Add='PCHAT01.contoso.com','PCHAT02.contoso.com'}"));
    EXPECT_EQ(LyncCommands::getPoolState(), text("Get-CsPersistentChatState"));
    EXPECT_EQ(LyncCommands::getPoolState(plan.lync.poolIdentity),
              text("Get-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com'"));
    EXPECT_EQ(
        LyncCommands::setPoolStateNormal(QStringLiteral("service: lyncpc.dci.discovery.com")),
        text("Set-CsPersistentChatState -Identity 'service: lyncpc.dci.discovery.com' -PoolState Normal"));
    EXPECT_EQ(LyncCommands::getPersistentChatServices(), text("Get-CsService -PersistentChatServer"));
}

TEST(LogShippingSql, AJobNameWithPlaceMarkersIsQuotedAsItIs)
{
    const QString batch = LogShippingSql::jobHistorySince(QStringLiteral("LSRestore_%1_%2"), 42);
    EXPECT_TRUE(batch.contains(QStringLiteral("WHERE j.name = N'LSRestore_%1_%2' AND h.instance_id > 42\n")))
        << batch.toStdString();
    EXPECT_TRUE(LogShippingSql::lastJobHistoryId(QStringLiteral("LSBackup_%1"))
                    .contains(QStringLiteral("WHERE j.name = N'LSBackup_%1';")));
}
