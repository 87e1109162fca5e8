// FreeTDS tsql against the lab, as a DBA would type the failback by hand: catalog, mirroring, backup,
// restore, errors.
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

namespace {

class TsqlClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lab = std::make_unique<LabProcess>(QStringList{QStringLiteral("--speed"), QStringLiteral("400")});
        ASSERT_TRUE(m_lab->started());
    }
    QString run(const char* instance, const QString& sql)
    {
        return LabProcess::runTsql(m_lab->port(QString::fromLatin1(instance)),
                                   sql + QStringLiteral("\ngo\nexit\n"));
    }
    // A session's USE reaches the lab some time after tsql was given it: asks the lab until it counts one.
    bool waitForSessionIn(const char* instance, const QString& database)
    {
        const QRegularExpression someSession(QStringLiteral("in_database\\s*\\n\\s*[1-9]"));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            const QString out = run(instance, QStringLiteral("SELECT COUNT(*) AS in_database FROM "
                                                             "sys.dm_exec_sessions WHERE database_id = "
                                                             "DB_ID(N'%1')")
                                                  .arg(database));
            if (someSession.match(out).hasMatch())
                return true;
            QThread::msleep(100);
        }
        return false;
    }
    std::unique_ptr<LabProcess> m_lab;
};

const char* kPrimary = "PCSQL01\\PCHAT";
const char* kBackup = "PCSQL02\\PCHAT";
const char* kBackupMirror = "PCSQL02M\\PCHAT";

} // namespace

TEST_F(TsqlClientTest, CatalogShowsTheStateAfterTheFailover)
{
    const QString out =
        run(kBackupMirror, QStringLiteral("SELECT d.name, d.state_desc, m.mirroring_role_desc, "
                                          "m.mirroring_partner_instance FROM sys.databases d "
                                          "JOIN sys.database_mirroring m ON m.database_id = d.database_id "
                                          "WHERE d.name LIKE 'mgc%' ORDER BY d.name"));
    EXPECT_TRUE(out.contains(QStringLiteral("mgc\tRESTORING\tMIRROR\tPCSQL02\\PCHAT"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("mgccomp\tRESTORING\tMIRROR\tPCSQL02\\PCHAT")))
        << out.toStdString();
}

// Found with the fuzz target tests/fuzz/fuzz_tsql (crash-stack-overflow-* in its corpus): a batch that runs
// itself through sp_executesql recursed until the lab's worker thread ran out of stack. SQL Server stops at
// 32 levels with error 217, and the lab answers on.
TEST_F(TsqlClientTest, SelfExecutingBatchStopsAtNestingLevel32)
{
    const QString out = run(kPrimary, QStringLiteral("DECLARE @s nvarchar(max) = N'SELECT @@NESTLEVEL; EXEC "
                                                     "sp_executesql @s, N''@s nvarchar(max)'', @s'\n"
                                                     "EXEC sp_executesql @s, N'@s nvarchar(max)', @s\n"
                                                     "go\nSELECT 'still answering'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 217 (severity 16"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(
        "Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("still answering"))) << out.toStdString();
}

TEST_F(TsqlClientTest, RemoveMirroringThenAgainGives1416)
{
    QString out =
        run(kBackup,
            QStringLiteral("ALTER DATABASE [mgc] SET PARTNER OFF\ngo\nALTER DATABASE [mgc] SET PARTNER OFF"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 1416 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Database \"mgc\" is not configured for database mirroring.")));
    out =
        run(kBackupMirror,
            QStringLiteral("SELECT d.state_desc, ISNULL(m.mirroring_role_desc, 'none') FROM sys.databases d "
                           "JOIN sys.database_mirroring m ON m.database_id = d.database_id "
                           "WHERE d.name = 'mgc'"));
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORING\tnone"))) << out.toStdString();
}

TEST_F(TsqlClientTest, BackupToTheShareReportsProgressAndRestoresOnThePrimary)
{
    QString out =
        run(kBackup,
            QStringLiteral(
                "ALTER DATABASE [mgc] SET PARTNER OFF\ngo\n"
                "BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak' WITH COPY_ONLY, "
                "DESCRIPTION = N'failback', NOFORMAT, INIT, NAME = N'mgc-Full Database Backup', SKIP, "
                "NOREWIND, NOUNLOAD, "
                "COMPRESSION, STATS = 10, CHECKSUM"));
    EXPECT_EQ(out.count(QStringLiteral("percent processed.")), 10) << out.toStdString();
    EXPECT_TRUE(out.contains(QRegularExpression(
        QStringLiteral("Processed \\d+ pages for database 'mgc', file 'mgc' on file 1\\."))));
    EXPECT_TRUE(out.contains(
        QRegularExpression(QStringLiteral("BACKUP DATABASE successfully processed \\d+ pages in "
                                          "\\d+\\.\\d{3} seconds \\(\\d+\\.\\d{3} MB/sec\\)\\."))))
        << out.toStdString();

    out = run(
        kPrimary,
        QStringLiteral(
            "RESTORE FILELISTONLY FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak' WITH FILE = 1\ngo\n"
            "RESTORE VERIFYONLY FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak' WITH FILE = 1, "
            "NOUNLOAD, NOREWIND\ngo\n"
            "RESTORE DATABASE [mgc] FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak' WITH FILE = 1, "
            "MOVE N'mgc' TO N'D:\\MSSQL\\Data\\mgc.mdf', MOVE N'mgc_log' TO N'L:\\MSSQL\\Log\\mgc_log.ldf', "
            "NOUNLOAD, "
            "REPLACE, STATS = 5\ngo\n"
            "SELECT name, state_desc, size FROM sys.master_files WHERE database_id = DB_ID('mgc') AND type = "
            "0"));
    EXPECT_TRUE(out.contains(QStringLiteral("mgc\tD:\\MSSQL\\Data\\mgc.mdf\tD"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("The backup set on file 1 is valid.")));
    EXPECT_EQ(out.count(QStringLiteral("percent processed.")), 20);
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORE DATABASE successfully processed")));
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("mgc\tONLINE\t[1-9]\\d{5,}"))))
        << out.toStdString();
}

TEST_F(TsqlClientTest, RestoreErrorsFollowSqlServer)
{
    // 3201: the path does not exist; 3013 follows the cause.
    QString out = run(kPrimary, QStringLiteral("RESTORE HEADERONLY FROM DISK = N'\\\\FS01\\NoShare\\x.bak'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Cannot open backup device '\\\\FS01\\NoShare\\x.bak'. Operating "
                                            "system error 3(The system cannot find the path specified.).")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 3013")));
    // 3104: restoring over a mirrored database.
    out = run(kBackup, QStringLiteral(
                           "BACKUP DATABASE mgccomp TO DISK = N'D:\\MSSQL\\Backup\\c.bak' WITH INIT\ngo\n"
                           "RESTORE DATABASE mgccomp FROM DISK = N'D:\\MSSQL\\Backup\\c.bak' WITH REPLACE"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 3104"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORE DATABASE is terminating abnormally.")));
    // 3154: a backup of mgccomp over mgc without REPLACE; 3021 inside a transaction.
    out =
        run(kPrimary, QStringLiteral(
                          "BACKUP DATABASE mgccomp TO DISK = N'D:\\MSSQL\\Backup\\c.bak' WITH INIT\ngo\n"
                          "RESTORE DATABASE mgc FROM DISK = N'D:\\MSSQL\\Backup\\c.bak'\ngo\n"
                          "BEGIN TRAN\nBACKUP DATABASE mgc TO DISK = N'D:\\MSSQL\\Backup\\t.bak'\nROLLBACK"));
    EXPECT_TRUE(out.contains(QStringLiteral(
        "The backup set holds a backup of a database other than the existing 'mgc' database.")))
        << out.toStdString();
    EXPECT_TRUE(
        out.contains(QStringLiteral("Cannot perform a backup or restore operation within a transaction.")));
}

TEST_F(TsqlClientTest, RestoreOverADatabaseInUseGives3101UntilSingleUser)
{
    // One session sits in mgc (the tsql -D flag is not used: USE keeps the session there).
    QProcess holder;
    holder.setProcessChannelMode(QProcess::MergedChannels);
    holder.start(QStringLiteral("tsql"),
                 {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(m_lab->port(QString::fromLatin1(kPrimary))), QStringLiteral("-U"),
                  QStringLiteral("sa"), QStringLiteral("-P"), QString::fromLatin1(LabProcess::password())});
    ASSERT_TRUE(holder.waitForStarted());
    holder.write("USE mgc\ngo\n");
    holder.waitForBytesWritten(2000);
    ASSERT_TRUE(waitForSessionIn(kPrimary, QStringLiteral("mgc"))) << "the holding session never reached mgc";
    QString out =
        run(kPrimary,
            QStringLiteral("BACKUP DATABASE mgc TO DISK = N'D:\\MSSQL\\Backup\\m.bak' WITH INIT\ngo\n"
                           "RESTORE DATABASE mgc FROM DISK = N'D:\\MSSQL\\Backup\\m.bak' WITH REPLACE"));
    EXPECT_TRUE(out.contains(
        QStringLiteral("Exclusive access could not be obtained because the database is in use.")))
        << out.toStdString();
    out = run(kPrimary,
              QStringLiteral("ALTER DATABASE mgc SET SINGLE_USER WITH ROLLBACK IMMEDIATE\ngo\n"
                             "RESTORE DATABASE mgc FROM DISK = N'D:\\MSSQL\\Backup\\m.bak' WITH REPLACE\ngo\n"
                             "ALTER DATABASE mgc SET MULTI_USER\ngo\nSELECT user_access_desc, state_desc "
                             "FROM sys.databases WHERE name = 'mgc'"));
    EXPECT_FALSE(out.contains(QStringLiteral("Msg 3101"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("MULTI_USER\tONLINE"))) << out.toStdString();
    holder.write("SELECT 1\ngo\nexit\n");
    holder.closeWriteChannel();
    holder.waitForFinished(5000);
    const QString held = QString::fromUtf8(holder.readAll());
    // tsql reports the lost connection as EOF or "failed" when it notices it in time; either way the ended
    // session must not have answered the SELECT.
    EXPECT_TRUE(held.contains(QStringLiteral("EOF")) || held.contains(QStringLiteral("failed")) ||
                !held.contains(QStringLiteral("row affected")))
        << "ROLLBACK IMMEDIATE ended the other session: " << held.toStdString();
}

TEST_F(TsqlClientTest, LogChainOutOfOrderFailsLikeSqlServer)
{
    QString out =
        run(kPrimary,
            QStringLiteral("BACKUP DATABASE mgc TO DISK = N'\\\\FS01\\PChatLogShip\\full.bak' WITH INIT\ngo\n"
                           "BACKUP LOG mgc TO DISK = N'\\\\FS01\\PChatLogShip\\log1.trn' WITH INIT\ngo\n"
                           "BACKUP LOG mgc TO DISK = N'\\\\FS01\\PChatLogShip\\log2.trn' WITH INIT"));
    EXPECT_EQ(out.count(QStringLiteral("BACKUP LOG successfully processed")), 2) << out.toStdString();
    out = run(
        kBackupMirror,
        QStringLiteral(
            "RESTORE DATABASE mgcls FROM DISK = N'\\\\FS01\\PChatLogShip\\full.bak' WITH NORECOVERY, "
            "MOVE 'mgc' TO 'D:\\MSSQL\\Data\\mgcls.mdf', MOVE 'mgc_log' TO 'L:\\MSSQL\\Log\\mgcls.ldf'\ngo\n"
            "RESTORE LOG mgcls FROM DISK = N'\\\\FS01\\PChatLogShip\\log2.trn' WITH NORECOVERY\ngo\n"
            "RESTORE LOG mgcls FROM DISK = N'\\\\FS01\\PChatLogShip\\log1.trn' WITH NORECOVERY\ngo\n"
            "RESTORE LOG mgcls FROM DISK = N'\\\\FS01\\PChatLogShip\\log2.trn' WITH NORECOVERY\ngo\n"
            "RESTORE LOG mgcls FROM DISK = N'\\\\FS01\\PChatLogShip\\log1.trn' WITH NORECOVERY\ngo\n"
            "RESTORE DATABASE mgcls WITH RECOVERY\ngo\nSELECT state_desc FROM sys.databases WHERE name = "
            "'mgcls'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 4305"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("is too recent to apply to the database")));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 4326")));
    EXPECT_EQ(out.count(QStringLiteral("RESTORE LOG successfully processed")), 2);
    EXPECT_TRUE(out.contains(QStringLiteral("\nONLINE\n"))) << out.toStdString();
}

TEST_F(TsqlClientTest, TsqlExtrasAndCompileErrors)
{
    const QString out = run(
        kPrimary,
        QStringLiteral(
            "DECLARE @e int, @rc int\n"
            "EXEC @rc = master.dbo.xp_fileexist N'D:\\MSSQL\\Backup', @e OUTPUT\n"
            "IF (@@ERROR = 0 AND @rc = 0) BEGIN SELECT 'rc' = @rc, 'exists' = @e END ELSE PRINT 'failed'\n"
            "EXEC sp_executesql N'SELECT @a + @b AS total', N'@a int, @b int', @a = 40, @b = 2\n"
            "RAISERROR('step %d of %s', 10, 1, 3, N'five') WITH NOWAIT\n"
            "go\nSELECT nosuchcolumn FROM sys.databases\ngo\nEXEC sp_nothere\ngo\nSELECT @undeclared\ngo\n"
            "SELECT * FORM sys.databases\ngo\nUSE nodb"));
    EXPECT_TRUE(out.contains(QStringLiteral("rc\texists\n0\t0"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("total\n42")));
    EXPECT_TRUE(out.contains(QStringLiteral("step 3 of five")));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 207 (severity 16, state 1)")));
    EXPECT_TRUE(out.contains(QStringLiteral("Invalid column name 'nosuchcolumn'.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Could not find stored procedure 'sp_nothere'.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Must declare the scalar variable \"@undeclared\".")));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 102 (severity 15, state 1)")));
    EXPECT_TRUE(out.contains(QStringLiteral("Incorrect syntax near 'FORM'.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Database 'nodb' does not exist.")));
}
