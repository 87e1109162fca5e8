// The failover's statements run by hand against the lab after the disaster (T-SQL through tsql, cmdlets in
// the lab shell), then the primary rebuilt: the lab is where the default scenario, the failback's start,
// begins, in every respect the failback's Preflight checks.
#include "failoverlab.h"

#include <QJsonArray>

namespace {

// Per user database of each instance: name, state, recovery model, mirroring role, state and partner.
const QString kDatabasesQuery =
    QStringLiteral("SELECT d.name, d.state_desc, d.recovery_model_desc, ISNULL(m.mirroring_role_desc, N'-'), "
                   "ISNULL(m.mirroring_state_desc, N'-'), ISNULL(m.mirroring_partner_instance, N'-') "
                   "FROM sys.databases d JOIN sys.database_mirroring m ON m.database_id = d.database_id "
                   "WHERE d.database_id > 4 ORDER BY d.name");

const char* const kInstances[] = {"PCSQL01\\PCHAT", "PCSQL01M\\PCHAT", "PCSQL02\\PCHAT", "PCSQL02M\\PCHAT"};

} // namespace

class FailoverCycleTest : public FailoverLab
{
protected:
    // What the failback's Preflight reads: the databases of every instance, the pool, the share and the copy
    // folder as the instances see them.
    QStringList failbackStart()
    {
        QStringList state;
        for (const char* instance : kInstances) {
            for (const QStringList& row : rows(instance, kDatabasesQuery))
                state << QString::fromLatin1(instance) + u' ' + row.join(u' ');
            for (const char* folder : {kShare, kCopyFolder}) {
                state << QString::fromLatin1(instance) + u' ' + QLatin1String(folder) + u' ' +
                             rows(instance, QStringLiteral("EXEC master.dbo.xp_fileexist N'%1'")
                                                .arg(QLatin1String(folder)))
                                 .value(0)
                                 .join(u' ');
            }
        }
        const QJsonObject pool = lab().control().pool();
        state << pool.value(QLatin1String("state")).toString();
        for (const QJsonValue& v : pool.value(QLatin1String("activeServers")).toArray())
            state << v.toString();
        return state;
    }
};

TEST_F(FailoverCycleTest, TheFailoverAndTheRebuildLeaveTheFailbacksStart)
{
    startLab();
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const QString share = QString::fromLatin1(kShare);
    const QString copyFolder = QString::fromLatin1(kCopyFolder);
    // What log shipping knew, before it is removed.
    const auto monitor = rows(kBackup, QStringLiteral("SELECT last_copied_file, last_restored_file FROM "
                                                      "msdb.dbo.log_shipping_monitor_secondary"));
    ASSERT_EQ(monitor.size(), 1);
    const QString lastRestored = monitor.first().value(1).section(u'\\', -1);

    // 1. Remove log shipping: the secondary's rows and its copy and restore jobs go.
    QString out = sql(kBackup, QStringLiteral("exec sp_delete_log_shipping_secondary_database mgc"));
    EXPECT_FALSE(out.contains(QLatin1String("severity 16"))) << out.toStdString();
    EXPECT_EQ(rows(kBackup, QStringLiteral("SELECT name FROM msdb.dbo.sysjobs")),
              (QVector<QStringList>{{QStringLiteral("LSAlert_PCSQL02")}}));
    EXPECT_TRUE(
        rows(kBackup, QStringLiteral("SELECT * FROM msdb.dbo.log_shipping_monitor_secondary")).isEmpty());
    EXPECT_TRUE(rows(kBackup, QStringLiteral("SELECT * FROM msdb.dbo.log_shipping_secondary")).isEmpty());
    out = sql(kBackup, QStringLiteral("exec sp_delete_log_shipping_secondary_database mgc"));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 32014"))) << out.toStdString();

    // 2 and 3. Every log backup after the last restored one, in order: from the copy folder what was
    // copied, from the share what was not.
    const QStringList copied = files(kBackup, copyFolder);
    QStringList unapplied;
    for (const QString& name : files(kBackup, share)) {
        if (name.compare(lastRestored, Qt::CaseInsensitive) > 0)
            unapplied << (copied.contains(name) ? copyFolder : share) + u'\\' + name;
    }
    ASSERT_EQ(unapplied.size(), 4);
    out =
        sql(kBackup, QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1' WITH NORECOVERY").arg(unapplied[1]));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 4305"))) << out.toStdString();
    for (const QString& file : unapplied) {
        out =
            sql(kBackup,
                QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1' WITH NORECOVERY, STATS = 50").arg(file));
        EXPECT_TRUE(out.contains(QLatin1String("RESTORE LOG successfully processed"))) << out.toStdString();
    }
    out =
        sql(kBackup, QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1' WITH NORECOVERY").arg(unapplied[2]));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 4326"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("RESTORE LOG is terminating abnormally.")));

    // 4. The session that holds mgc (the drill's fault) blocks the recovery until it is killed.
    ASSERT_TRUE(lab().control().addFault(QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")));
    QString spid;
    for (const QStringList& row : rows(kBackup, QStringLiteral("exec sp_who2"))) {
        ASSERT_EQ(row.size(), 13);
        if (row.value(5).trimmed() == u"mgc")
            spid = row.value(0).trimmed();
    }
    ASSERT_FALSE(spid.isEmpty());
    out = sql(kBackup, QStringLiteral("restore database mgc with recovery"));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 3101"))) << out.toStdString();
    out = sql(kBackup, QStringLiteral("kill %1\ngo\nrestore database mgc with recovery").arg(spid));
    EXPECT_FALSE(out.contains(QLatin1String("severity 16"))) << out.toStdString();
    EXPECT_EQ(rows(kBackup, QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              (QVector<QStringList>{{QStringLiteral("ONLINE")}}));
    out = sql(kBackup, QStringLiteral("kill %1\ngo\nkill 1").arg(spid));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 6106"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("Msg 6107"))) << out.toStdString();
    // Recovered: no more log backups apply.
    out = sql(kBackup,
              QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1' WITH NORECOVERY").arg(unapplied.last()));
    EXPECT_TRUE(out.contains(QLatin1String("Msg 3117"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("Msg 3013"))) << out.toStdString();

    // 5 to 7 in the Lync shell.
    const ShellRun run = shell(QStringLiteral(
        "Set-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com' -PoolState FailedOver\n"
        "Install-CsMirrorDatabase -DatabaseType PersistentChat -FileShare '\\\\FS01\\PChatLogShip' "
        "-SqlServerFqdn PCSQL02.contoso.com -SqlInstanceName PCHAT -DropExistingDatabasesOnMirror\n"
        "Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance -FileShare '\\\\FS01\\PChatLogShip' "
        "-SqlServerFqdn PCSQL02.contoso.com -SqlInstanceName PCHAT\n"
        "Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com\n"
        "Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers "
        "@{Replace='PCHAT03.contoso.com','PCHAT04.contoso.com'}"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QLatin1String("StateOnPrimary             : Principal")), 2)
        << run.out.toStdString();
    EXPECT_EQ(run.out.count(QLatin1String("MirroringStatusOnSecondary : Synchronized")), 2);
    EXPECT_EQ(
        rows(kBackupMirror, QStringLiteral("SELECT mirroring_role_desc, mirroring_partner_instance FROM "
                                           "sys.database_mirroring WHERE database_id = DB_ID(N'mgc')")),
        (QVector<QStringList>{{QStringLiteral("MIRROR"), QString::fromLatin1(kBackup)}}));

    ASSERT_TRUE(lab().control().rebuildPrimary().value(QLatin1String("ok")).toBool());
    const QStringList afterCycle = failbackStart();
    startLab({}, QStringLiteral("default-scenario"));
    EXPECT_EQ(afterCycle, failbackStart());
}

// sys.master_files.redo_start_lsn: where the next log restore of the restoring secondary starts; NULL for an
// online database, as the docs say.
TEST_F(FailoverCycleTest, TheRestoringSecondaryTellsItsRedoStartLsn)
{
    startLab();
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const QString query =
        QStringLiteral("SELECT MIN(f.redo_start_lsn) AS redo_start_lsn FROM sys.master_files AS f WHERE "
                       "f.database_id = DB_ID(N'%1') AND f.type_desc = N'ROWS'");
    const auto restoring = rows(kBackup, query.arg(QStringLiteral("mgc")));
    ASSERT_EQ(restoring.size(), 1);
    EXPECT_GT(restoring.first().value(0).toLongLong(), 0) << restoring.first().join(u' ').toStdString();
    const auto online = rows(kBackup, query.arg(QStringLiteral("mgccomp")));
    ASSERT_EQ(online.size(), 1);
    EXPECT_EQ(online.first().value(0), QStringLiteral("NULL"));
}
