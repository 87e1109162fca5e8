// The normal-with-log-shipping scenario: log shipping runs on the simulated clock with a real LSN chain, the
// trainer's disaster stops the primary data center with backups left to copy and to restore, and the
// failover drills' faults on the share.
#include "failoverlab.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QThread>

namespace {

QStringList names(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list << v.toString();
    return list;
}

// The LSN range of a log backup, from RESTORE HEADERONLY.
struct Header
{
    int type = 0;
    QString first;
    QString last;
    QString database;
};

} // namespace

class NormalScenarioTest : public FailoverLab
{
protected:
    Header header(const QString& path)
    {
        const auto r = rows(kBackup, QStringLiteral("RESTORE HEADERONLY FROM DISK = N'%1'").arg(path));
        if (r.size() != 1 || r.first().size() < 19)
            return {};
        // BackupType, DatabaseName, FirstLSN, LastLSN are columns 3, 10, 14 and 15.
        return {r.first().value(2).toInt(), r.first().value(13), r.first().value(14), r.first().value(9)};
    }
    QString monitor(const char* column)
    {
        return rows(kBackup, QStringLiteral("SELECT %1 FROM msdb.dbo.log_shipping_monitor_secondary")
                                 .arg(QLatin1String(column)))
            .value(0)
            .value(0);
    }
};

TEST_F(NormalScenarioTest, BothDataCentersServeAndLogShippingIsConfigured)
{
    startLab();
    EXPECT_EQ(rows(kPrimary, QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              (QVector<QStringList>{{QStringLiteral("ONLINE")}}));
    EXPECT_EQ(rows(kBackup, QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              (QVector<QStringList>{{QStringLiteral("RESTORING")}}));
    EXPECT_EQ(rows(kPrimary, QStringLiteral("SELECT mirroring_role_desc, mirroring_partner_instance FROM "
                                            "sys.database_mirroring WHERE database_id = DB_ID(N'mgc')")),
              (QVector<QStringList>{{QStringLiteral("PRINCIPAL"), QStringLiteral("PCSQL01M\\PCHAT")}}));
    EXPECT_EQ(rows(kPrimary, QStringLiteral("SELECT name, enabled FROM msdb.dbo.sysjobs ORDER BY name")),
              (QVector<QStringList>{{QStringLiteral("LSAlert_PCSQL01"), QStringLiteral("1")},
                                    {QStringLiteral("LSBackup_mgc"), QStringLiteral("1")}}));
    EXPECT_EQ(rows(kBackup, QStringLiteral("SELECT name FROM msdb.dbo.sysjobs ORDER BY name")),
              (QVector<QStringList>{{QStringLiteral("LSAlert_PCSQL02")},
                                    {QStringLiteral("LSCopy_PCSQL01_mgc")},
                                    {QStringLiteral("LSRestore_PCSQL01_mgc")}}));
    EXPECT_EQ(
        rows(kBackup, QStringLiteral("SELECT primary_server, backup_source_directory, "
                                     "backup_destination_directory FROM msdb.dbo.log_shipping_secondary")),
        (QVector<QStringList>{
            {QString::fromLatin1(kPrimary), QString::fromLatin1(kShare), QString::fromLatin1(kCopyFolder)}}));
    // The history of the last cycles: four log backups, each copied and restored.
    EXPECT_EQ(files(kBackup, QString::fromLatin1(kShare)).size(), 4);
    EXPECT_EQ(files(kBackup, QString::fromLatin1(kCopyFolder)), files(kBackup, QString::fromLatin1(kShare)));
    EXPECT_EQ(monitor("last_restored_file"),
              QString::fromLatin1(kCopyFolder) + u'\\' + files(kBackup, QString::fromLatin1(kShare)).last());
    const QJsonObject pool = lab().control().pool();
    EXPECT_EQ(pool.value(QLatin1String("state")).toString(), QStringLiteral("Normal"));
    EXPECT_EQ(names(pool.value(QLatin1String("activeServers")).toArray()),
              (QStringList{QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com")}));
}

TEST_F(NormalScenarioTest, TheAgentJobsShipLogsOnTheSimulatedClockWithAnUnbrokenLsnChain)
{
    // 15 simulated minutes pass in 1.5 s.
    startLab({QStringLiteral("--speed"), QStringLiteral("600")});
    const QString share = QString::fromLatin1(kShare);
    const QString restoredAtStart = monitor("last_restored_file");
    QElapsedTimer t;
    t.start();
    while (files(kBackup, share).size() < 6 && t.elapsed() < 30000)
        QThread::msleep(300);
    const QStringList shipped = files(kBackup, share);
    ASSERT_GE(shipped.size(), 6);
    while (monitor("last_restored_file") == restoredAtStart && t.elapsed() < 30000)
        QThread::msleep(300);
    EXPECT_NE(monitor("last_restored_file"), restoredAtStart);
    // Each log backup begins where the one before it ended.
    QString previousLast;
    for (const QString& name : shipped) {
        const Header h = header(share + u'\\' + name);
        EXPECT_EQ(h.type, 2) << name.toStdString();
        EXPECT_EQ(h.database, QStringLiteral("mgc"));
        EXPECT_FALSE(h.first.isEmpty());
        if (!previousLast.isEmpty()) {
            EXPECT_EQ(h.first, previousLast) << name.toStdString();
        }
        previousLast = h.last;
    }
}

TEST_F(NormalScenarioTest, TheDisasterStopsDc1AndLeavesBackupsToCopyAndToRestore)
{
    startLab();
    const QStringList before = files(kBackup, QString::fromLatin1(kShare));
    const QJsonObject reply = lab().control().disaster();
    ASSERT_TRUE(reply.value(QLatin1String("ok")).toBool());
    EXPECT_EQ(names(reply.value(QLatin1String("down")).toArray()),
              (QStringList{QString::fromLatin1(kPrimary), QStringLiteral("PCSQL01M\\PCHAT")}));
    EXPECT_TRUE(sql(kPrimary, QStringLiteral("SELECT 1")).contains(QLatin1String("Connection refused")));
    EXPECT_TRUE(
        sql("PCSQL01M\\PCHAT", QStringLiteral("SELECT 1")).contains(QLatin1String("Connection refused")));
    // The lost instance keeps its port: no other program on this machine can listen there meanwhile.
    QTcpServer squatter;
    EXPECT_FALSE(
        squatter.listen(QHostAddress::LocalHost, quint16(lab().port(QString::fromLatin1(kPrimary)))));

    // Four more log backups: the first two copied but not restored, the last two only on the share.
    const QStringList share = files(kBackup, QString::fromLatin1(kShare));
    const QStringList copied = files(kBackup, QString::fromLatin1(kCopyFolder));
    ASSERT_EQ(share.size(), before.size() + 4);
    EXPECT_EQ(copied, share.mid(0, share.size() - 2));
    EXPECT_EQ(monitor("last_copied_file"), QString::fromLatin1(kShare) + u'\\' + copied.last());
    EXPECT_EQ(monitor("last_restored_file"), QString::fromLatin1(kCopyFolder) + u'\\' + before.last());
    EXPECT_EQ(lab().control().disaster().value(QLatin1String("error")).toString(),
              QStringLiteral("disaster-already-struck"));

    // The primary's backup job has stopped with it: no more files appear.
    lab().control().setSpeed(600);
    QThread::msleep(2500);
    EXPECT_EQ(files(kBackup, QString::fromLatin1(kShare)).size(), share.size());
}

TEST_F(NormalScenarioTest, RebuildNeedsTheDisasterAndResetBringsDc1Back)
{
    startLab();
    EXPECT_EQ(lab().control().rebuildPrimary().value(QLatin1String("error")).toString(),
              QStringLiteral("no-disaster-struck"));
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    ASSERT_TRUE(lab().control().reset().value(QLatin1String("ok")).toBool());
    EXPECT_EQ(rows(kPrimary, QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              (QVector<QStringList>{{QStringLiteral("ONLINE")}}));
}

TEST_F(NormalScenarioTest, TheDefaultScenarioHasNoDisaster)
{
    startLab({}, QStringLiteral("default-scenario"));
    EXPECT_EQ(lab().control().disaster().value(QLatin1String("error")).toString(),
              QStringLiteral("no-disaster-in-scenario"));
}

TEST_F(NormalScenarioTest, StartOptionsStrikeTheDisasterAndRebuild)
{
    startLab({QStringLiteral("--disaster")});
    EXPECT_TRUE(sql(kPrimary, QStringLiteral("SELECT 1")).contains(QLatin1String("Connection refused")));
    EXPECT_EQ(files(kBackup, QString::fromLatin1(kShare)).size(), 8);
    startLab({QStringLiteral("--rebuild-primary")});
    EXPECT_EQ(
        rows(kPrimary, QStringLiteral("SELECT name, state_desc FROM sys.databases WHERE database_id > 4 "
                                      "ORDER BY name")),
        (QVector<QStringList>{{QStringLiteral("mgc"), QStringLiteral("ONLINE")},
                              {QStringLiteral("mgccomp"), QStringLiteral("ONLINE")}}));
    EXPECT_TRUE(rows(kPrimary, QStringLiteral("SELECT name FROM msdb.dbo.sysjobs")).isEmpty());
}

TEST_F(NormalScenarioTest, AMissingLogBackupBreaksTheChainWith4305UntilItIsBack)
{
    startLab({QStringLiteral("--fault"), QStringLiteral("log-backup-missing")});
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const QString share = QString::fromLatin1(kShare);
    const QStringList copied = files(kBackup, QString::fromLatin1(kCopyFolder));
    const QStringList left = files(kBackup, share);
    // The first uncopied backup is gone from the share; the one after it remains.
    ASSERT_EQ(left.size(), copied.size() + 1);
    QString out = sql(
        kBackup, QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1\\%2' WITH NORECOVERY\ngo\n"
                                "RESTORE LOG [mgc] FROM DISK = N'%1\\%3' WITH NORECOVERY")
                     .arg(QString::fromLatin1(kCopyFolder), copied.value(copied.size() - 2), copied.last()));
    EXPECT_FALSE(out.contains(QLatin1String("severity 16"))) << out.toStdString();
    out = sql(
        kBackup,
        QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1\\%2' WITH NORECOVERY").arg(share, left.last()));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 4305"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("which is too recent to apply to the database")));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 3013"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("RESTORE LOG is terminating abnormally.")));

    ASSERT_TRUE(lab().control().clearFault(QStringLiteral("log-backup-missing")));
    EXPECT_EQ(files(kBackup, share).size(), copied.size() + 2);
}

TEST_F(NormalScenarioTest, AnUnreadableShareListsNothingAndRefusesTheRestore)
{
    startLab({QStringLiteral("--fault"), QStringLiteral("share-not-readable:CONTOSO\\svc-pchat-sql")});
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    EXPECT_EQ(lab().control().faults(),
              QStringList{QStringLiteral("share-not-readable:contoso\\svc-pchat-sql")});
    EXPECT_TRUE(files(kBackup, QString::fromLatin1(kShare)).isEmpty());
    EXPECT_EQ(files(kBackup, QString::fromLatin1(kCopyFolder)).size(), 6);
    const QString out =
        sql(kBackup,
            QStringLiteral("RESTORE HEADERONLY FROM DISK = N'%1\\x.trn'").arg(QString::fromLatin1(kShare)));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 3201"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("5(Access is denied.)")));
}
