// Log shipping as the failback sets it up (SSMS scripts on both sides), then the Agents run the jobs on their
// schedules in simulated time and the secondary's last_restored_file advances.
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

namespace {

const char* kPrimary = "PCSQL01\\PCHAT";
const char* kSecondary = "PCSQL02\\PCHAT";

QString primaryScript(bool overwrite)
{
    return QStringLiteral(
               "DECLARE @LS_BackupJobId AS uniqueidentifier\nDECLARE @LS_PrimaryId AS uniqueidentifier\n"
               "DECLARE @SP_Add_RetCode As int\n"
               "EXEC @SP_Add_RetCode = master.dbo.sp_add_log_shipping_primary_database @database = N'mgc'\n"
               ",@backup_directory = N'\\\\FS01\\PChatLogShip' ,@backup_share = N'\\\\FS01\\PChatLogShip'\n"
               ",@backup_job_name = N'LSBackup_mgc' ,@backup_retention_period = 4320 ,@backup_compression = "
               "2\n"
               ",@backup_threshold = 60 ,@threshold_alert_enabled = 1 ,@history_retention_period = 5760\n"
               ",@backup_job_id = @LS_BackupJobId OUTPUT ,@primary_id = @LS_PrimaryId OUTPUT ,@overwrite = "
               "%1\n"
               "IF (@@ERROR = 0 AND @SP_Add_RetCode = 0)\nBEGIN\n"
               "DECLARE @LS_BackUpScheduleUID As uniqueidentifier\nDECLARE @LS_BackUpScheduleID AS int\n"
               "EXEC msdb.dbo.sp_add_schedule @schedule_name = N'LSBackupSchedule_PCSQL011', @enabled = 1, "
               "@freq_type = 4, @freq_interval = 1, @freq_subday_type = 4, @freq_subday_interval = 15, "
               "@freq_recurrence_factor = 0, @active_start_date = 20261126, @active_end_date = 99991231, "
               "@active_start_time = 0, @active_end_time = 235900, @schedule_uid = @LS_BackUpScheduleUID "
               "OUTPUT, "
               "@schedule_id = @LS_BackUpScheduleID OUTPUT\n"
               "EXEC msdb.dbo.sp_attach_schedule @job_id = @LS_BackupJobId, @schedule_id = "
               "@LS_BackUpScheduleID\n"
               "EXEC msdb.dbo.sp_update_job @job_id = @LS_BackupJobId, @enabled = 1\nEND\n"
               "EXEC master.dbo.sp_add_log_shipping_alert_job\n"
               "EXEC master.dbo.sp_add_log_shipping_primary_secondary @primary_database = N'mgc', "
               "@secondary_server = N'PCSQL02\\PCHAT', @secondary_database = N'mgc', @overwrite = 1\n"
               "SELECT @SP_Add_RetCode AS retcode")
        .arg(overwrite ? 1 : 0);
}

const char* kSecondaryScript =
    "DECLARE @LS_Secondary__CopyJobId AS uniqueidentifier\nDECLARE @LS_Secondary__RestoreJobId AS "
    "uniqueidentifier\n"
    "DECLARE @LS_Secondary__SecondaryId AS uniqueidentifier\nDECLARE @LS_Add_RetCode As int\n"
    "EXEC @LS_Add_RetCode = master.dbo.sp_add_log_shipping_secondary_primary @primary_server = "
    "N'PCSQL01\\PCHAT', "
    "@primary_database = N'mgc', @backup_source_directory = N'\\\\FS01\\PChatLogShip', "
    "@backup_destination_directory = N'E:\\PChatLSCopy', @copy_job_name = N'LSCopy_PCSQL01_mgc', "
    "@restore_job_name = N'LSRestore_PCSQL01_mgc', @file_retention_period = 4320, @overwrite = 1, "
    "@copy_job_id = @LS_Secondary__CopyJobId OUTPUT, @restore_job_id = @LS_Secondary__RestoreJobId OUTPUT, "
    "@secondary_id = @LS_Secondary__SecondaryId OUTPUT\n"
    "IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)\nBEGIN\n"
    "DECLARE @LS_SecondaryCopyJobScheduleID AS int\nDECLARE @LS_SecondaryRestoreJobScheduleID AS int\n"
    "EXEC msdb.dbo.sp_add_schedule @schedule_name = N'DefaultCopyJobSchedule', @enabled = 1, @freq_type = 4, "
    "@freq_interval = 1, @freq_subday_type = 4, @freq_subday_interval = 15, "
    "@schedule_id = @LS_SecondaryCopyJobScheduleID OUTPUT\n"
    "EXEC msdb.dbo.sp_attach_schedule @job_id = @LS_Secondary__CopyJobId, @schedule_id = "
    "@LS_SecondaryCopyJobScheduleID\n"
    "EXEC msdb.dbo.sp_add_schedule @schedule_name = N'DefaultRestoreJobSchedule', @enabled = 1, @freq_type = "
    "4, "
    "@freq_interval = 1, @freq_subday_type = 4, @freq_subday_interval = 15, "
    "@schedule_id = @LS_SecondaryRestoreJobScheduleID OUTPUT\n"
    "EXEC msdb.dbo.sp_attach_schedule @job_id = @LS_Secondary__RestoreJobId, "
    "@schedule_id = @LS_SecondaryRestoreJobScheduleID\nEND\n"
    "DECLARE @LS_Add_RetCode2 As int\n"
    "IF (@@ERROR = 0 AND @LS_Add_RetCode = 0)\nBEGIN\n"
    "EXEC @LS_Add_RetCode2 = master.dbo.sp_add_log_shipping_secondary_database @secondary_database = N'mgc', "
    "@primary_server = N'PCSQL01\\PCHAT', @primary_database = N'mgc', @restore_delay = 0, @restore_mode = 0, "
    "@disconnect_users = 0, @restore_threshold = 45, @threshold_alert_enabled = 1, "
    "@history_retention_period = 5760, @overwrite = 1\nEND\n"
    "IF (@@error = 0 AND @LS_Add_RetCode = 0)\nBEGIN\n"
    "EXEC msdb.dbo.sp_update_job @job_id = @LS_Secondary__CopyJobId, @enabled = 1\n"
    "EXEC msdb.dbo.sp_update_job @job_id = @LS_Secondary__RestoreJobId, @enabled = 1\nEND\n"
    "SELECT @LS_Add_RetCode AS r1, @LS_Add_RetCode2 AS r2";

class LogShippingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lab = std::make_unique<LabProcess>(QStringList{QStringLiteral("--speed"), QStringLiteral("600")});
        ASSERT_TRUE(m_lab->started());
    }
    QString run(const char* instance, const QString& sql)
    {
        return LabProcess::runTsql(m_lab->port(QString::fromLatin1(instance)),
                                   sql + QStringLiteral("\ngo\nexit\n"));
    }
    QString lastRestored()
    {
        const QString out = run(kSecondary, QStringLiteral("SELECT ISNULL(last_restored_file, N'none') AS f "
                                                           "FROM msdb.dbo.log_shipping_secondary_databases "
                                                           "WHERE secondary_database = N'mgc'"));
        const auto m = QRegularExpression(QStringLiteral("f\\n([^\\n]+)\\n")).match(out);
        return m.hasMatch() ? m.captured(1) : out;
    }
    void setUpLogShipping()
    {
        // Failback preparation: the backup instance's mgc goes to the primary, then back as the secondary's
        // seed.
        QString out =
            run(kSecondary,
                QStringLiteral(
                    "ALTER DATABASE mgc SET PARTNER OFF\ngo\n"
                    "BACKUP DATABASE mgc TO DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak' WITH INIT"));
        ASSERT_TRUE(out.contains(QStringLiteral("BACKUP DATABASE successfully processed")))
            << out.toStdString();
        out = run(kPrimary,
                  QStringLiteral(
                      "RESTORE DATABASE mgc FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak' WITH "
                      "REPLACE\ngo\n"
                      "BACKUP DATABASE mgc TO DISK = N'\\\\FS01\\PChatLogShip\\mgc_init.bak' WITH INIT"));
        ASSERT_TRUE(out.contains(QStringLiteral("BACKUP DATABASE successfully processed")))
            << out.toStdString();
        out = run(kSecondary,
                  QStringLiteral("RESTORE DATABASE mgc FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_init.bak' "
                                 "WITH NORECOVERY, REPLACE"));
        ASSERT_TRUE(out.contains(QStringLiteral("RESTORE DATABASE successfully processed")))
            << out.toStdString();

        out = run(kPrimary, primaryScript(true));
        EXPECT_TRUE(out.contains(QStringLiteral("retcode\n0"))) << out.toStdString();
        out = run(kSecondary, QString::fromLatin1(kSecondaryScript));
        EXPECT_TRUE(out.contains(QStringLiteral("r1\tr2\n0\t0"))) << out.toStdString();
    }
    std::unique_ptr<LabProcess> m_lab;
};

} // namespace

TEST_F(LogShippingTest, AgentsShipAndRestoreLogsOnTheirSchedules)
{
    setUpLogShipping();
    if (HasFatalFailure())
        return;
    // 15-minute schedules at speed 600: a run every 1.5 s of real time.
    QElapsedTimer t;
    t.start();
    QString first = lastRestored();
    while ((first == u"none" || first.contains(u"Msg")) && t.elapsed() < 20000) {
        QThread::msleep(300);
        first = lastRestored();
    }
    ASSERT_TRUE(first.startsWith(QStringLiteral("E:\\PChatLSCopy\\mgc_"))) << first.toStdString();
    QString second = first;
    while (second == first && t.elapsed() < 30000) {
        QThread::msleep(300);
        second = lastRestored();
    }
    EXPECT_GT(second, first) << "the next log backup was copied and restored";
    const QString out =
        run(kPrimary,
            QStringLiteral("SELECT COUNT(*) AS ok FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j "
                           "ON j.job_id = h.job_id WHERE j.name = N'LSBackup_mgc' AND h.run_status = 1"));
    EXPECT_FALSE(out.contains(QStringLiteral("ok\n0"))) << out.toStdString();
}

TEST_F(LogShippingTest, DocumentedErrors)
{
    QString out =
        run(kPrimary,
            QStringLiteral("ALTER DATABASE mgccomp SET RECOVERY SIMPLE\ngo\n"
                           "DECLARE @rc int\nEXEC @rc = master.dbo.sp_add_log_shipping_primary_database "
                           "@database = N'mgccomp', @backup_directory = N'\\\\FS01\\PChatLogShip', "
                           "@backup_share = N'\\\\FS01\\PChatLogShip', @backup_job_name = N'LSBackup_c'\n"
                           "SELECT @rc AS rc"));
    EXPECT_TRUE(out.contains(QStringLiteral(
        "The primary database mgccomp cannot have SIMPLE recovery for log shipping to work properly.")))
        << out.toStdString();
    out = run(kPrimary, primaryScript(false) + QStringLiteral("\ngo\n") + primaryScript(false));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 32009"))) << out.toStdString();
    out = run(kSecondary, QStringLiteral("exec sp_delete_log_shipping_secondary_database mgc\ngo\n"
                                         "EXEC msdb.dbo.sp_start_job @job_name = N'nosuchjob'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Database mgc does not exist as log shipping secondary.")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("The specified @job_name ('nosuchjob') does not exist.")));
}

TEST_F(LogShippingTest, CopyJobFailsWhenTheSecondaryAgentCannotReadTheShare)
{
    setUpLogShipping();
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("share-not-readable:CONTOSO\\svc-pchat-agent")));
    QElapsedTimer t;
    t.start();
    QString out;
    while (t.elapsed() < 20000) {
        out = run(
            kSecondary,
            QStringLiteral("SELECT TOP 1 h.message FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j ON "
                           "j.job_id = h.job_id "
                           "WHERE j.name = N'LSCopy_PCSQL01_mgc' AND h.run_status = 0 AND h.step_id = 1"));
        if (out.contains(QStringLiteral("denied")))
            break;
        QThread::msleep(300);
    }
    EXPECT_TRUE(out.contains(QStringLiteral("Access to the path '\\\\FS01\\PChatLogShip' is denied.")))
        << out.toStdString();
}
