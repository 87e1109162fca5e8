// What the failover's steps 3 and 4 read and send, against the lab after the disaster: the redo point in
// sys.master_files, the log backups' headers, RESTORE LOG with FILE = n and STANDBY, and the recovery of a
// database left in STANDBY.
#include "failoverlab.h"

namespace {

const QString kRedoQuery = QStringLiteral("SELECT MIN(f.redo_start_lsn) AS redo FROM sys.master_files AS f "
                                          "WHERE f.database_id = DB_ID(N'%1') AND f.type_desc = N'ROWS'");

} // namespace

class FailoverRestoreTest : public FailoverLab
{
protected:
    // FirstLSN and LastLSN of a log backup file (RESTORE HEADERONLY's 14th and 15th columns).
    QStringList lsnRange(const QString& path)
    {
        const auto header = rows(kBackup, QStringLiteral("RESTORE HEADERONLY FROM DISK = N'%1'").arg(path));
        if (header.isEmpty())
            return {};
        return {header.first().value(13).trimmed(), header.first().value(14).trimmed()};
    }
};

TEST_F(FailoverRestoreTest, RedoStartLsnIsWhereTheNextLogBackupBeginsAndNullOnceOnline)
{
    startLab();
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const QString redo = rows(kBackup, kRedoQuery.arg(QStringLiteral("mgc"))).value(0).value(0).trimmed();
    ASSERT_FALSE(redo.isEmpty());
    ASSERT_NE(redo, QStringLiteral("NULL"));

    // The copy folder holds the backups the restore job applied: the last of them ends at the redo point.
    const QString copyFolder = QString::fromLatin1(kCopyFolder);
    bool oneEndsThere = false;
    bool oneHoldsIt = false;
    for (const QString& name : files(kBackup, copyFolder)) {
        const QStringList range = lsnRange(copyFolder + u'\\' + name);
        ASSERT_EQ(range.size(), 2) << name.toStdString();
        oneEndsThere = oneEndsThere || range.value(1) == redo;
        oneHoldsIt = oneHoldsIt || (range.value(0).toLongLong() <= redo.toLongLong() &&
                                    redo.toLongLong() < range.value(1).toLongLong());
    }
    EXPECT_TRUE(oneEndsThere);
    EXPECT_TRUE(oneHoldsIt);

    // An ONLINE database has no redo point (master's files are ONLINE).
    EXPECT_EQ(rows(kBackup, kRedoQuery.arg(QStringLiteral("master"))).value(0).value(0).trimmed(),
              QStringLiteral("NULL"));
    const QString out = sql(kBackup, QStringLiteral("RESTORE DATABASE [mgc] WITH RECOVERY"));
    EXPECT_FALSE(out.contains(QLatin1String("severity 16"))) << out.toStdString();
    EXPECT_EQ(rows(kBackup, kRedoQuery.arg(QStringLiteral("mgc"))).value(0).value(0).trimmed(),
              QStringLiteral("NULL"));
}

TEST_F(FailoverRestoreTest, RestoreLogWithFileAndStandbyThenRecoveryBringsTheDatabaseOnline)
{
    startLab();
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const QString redo = rows(kBackup, kRedoQuery.arg(QStringLiteral("mgc"))).value(0).value(0).trimmed();
    const QString share = QString::fromLatin1(kShare);
    QString next;
    for (const QString& name : files(kBackup, share)) {
        const QStringList range = lsnRange(share + u'\\' + name);
        if (range.value(0) == redo)
            next = share + u'\\' + name;
    }
    ASSERT_FALSE(next.isEmpty());

    // FILE = 2 names a backup set the file does not hold: 4038, nothing restored.
    QString out = sql(
        kBackup, QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1' WITH FILE = 2, NORECOVERY").arg(next));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 4038"))) << out.toStdString();
    out =
        sql(kBackup, QStringLiteral(
                         "RESTORE LOG [mgc] FROM DISK = N'%1' WITH FILE = 1, STANDBY = N'E:\\mgc_undo.bak', "
                         "STATS = 50")
                         .arg(next));
    EXPECT_TRUE(out.contains(QLatin1String("RESTORE LOG successfully processed"))) << out.toStdString();
    EXPECT_EQ(rows(kBackup, QStringLiteral("SELECT state_desc, is_in_standby FROM sys.databases "
                                           "WHERE name = N'mgc'")),
              (QVector<QStringList>{{QStringLiteral("ONLINE"), QStringLiteral("1")}}));

    // STANDBY is a restore sequence still open: WITH RECOVERY ends it.
    out = sql(kBackup, QStringLiteral("RESTORE DATABASE [mgc] WITH RECOVERY"));
    EXPECT_TRUE(out.contains(QLatin1String("RESTORE DATABASE successfully processed"))) << out.toStdString();
    EXPECT_EQ(rows(kBackup, QStringLiteral("SELECT state_desc, is_in_standby FROM sys.databases "
                                           "WHERE name = N'mgc'")),
              (QVector<QStringList>{{QStringLiteral("ONLINE"), QStringLiteral("0")}}));
    out = sql(kBackup, QStringLiteral("RESTORE DATABASE [mgc] WITH RECOVERY"));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 3153"))) << out.toStdString();
}

TEST_F(FailoverRestoreTest, MsdbRecordsTheRestoreJobsLogRestoresAndSysprocessesListsTheSessionInMgc)
{
    startLab();
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const QString redo = rows(kBackup, kRedoQuery.arg(QStringLiteral("mgc"))).value(0).value(0).trimmed();
    const auto monitor = rows(kBackup, QStringLiteral("SELECT last_restored_file FROM "
                                                      "msdb.dbo.log_shipping_monitor_secondary"));
    ASSERT_EQ(monitor.size(), 1);
    // The restore job's RESTORE LOG writes the backup set into this instance's msdb, as SQL Server does.
    const auto restored = rows(
        kBackup, QStringLiteral("SELECT TOP (1) b.last_lsn, m.physical_device_name, r.restore_type "
                                "FROM msdb.dbo.restorehistory AS r JOIN msdb.dbo.backupset AS b ON "
                                "b.backup_set_id = r.backup_set_id LEFT JOIN msdb.dbo.backupmediafamily AS "
                                "m ON m.media_set_id = b.media_set_id WHERE r.destination_database_name = "
                                "N'mgc' ORDER BY r.restore_history_id DESC"));
    ASSERT_EQ(restored.size(), 1);
    EXPECT_EQ(restored.first().value(0).trimmed(), redo);
    EXPECT_EQ(restored.first().value(1).trimmed(), monitor.first().value(0).trimmed());
    EXPECT_EQ(restored.first().value(2).trimmed(), QStringLiteral("L"));

    const QString sessions = QStringLiteral("SELECT p.spid, RTRIM(p.program_name) FROM sys.sysprocesses AS p "
                                            "WHERE p.dbid = DB_ID(N'mgc') AND p.ecid = 0 AND p.spid > 50 "
                                            "AND p.spid <> @@SPID");
    EXPECT_TRUE(rows(kBackup, sessions).isEmpty());
    ASSERT_TRUE(lab().control().addFault(QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")));
    const auto inUse = rows(kBackup, sessions);
    ASSERT_EQ(inUse.size(), 1);
    EXPECT_GT(inUse.first().value(0).trimmed().toInt(), 50);
}
