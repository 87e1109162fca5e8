// Every Preflight check against the lab: all pass on the default scenario, and each fails (or warns) on a
// fault or a state made for it.
#include "backend/run/procedure.h"
#include "backend/sql/sqlsession.h"
#include "backend/steps/preflightrunner.h"
#include "shelltestlab.h"

#include <iostream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pchat;

namespace {

class PreflightRunnerTest : public ShellTestLab
{
protected:
    QHash<QString, PreflightResult> runPreflight(const Plan& plan,
                                                 const Procedure& procedure = Procedure::failback())
    {
        PreflightRunner runner;
        runner.setChecks(procedure.preflightChecks());
        QSignalSpy done(&runner, &PreflightRunner::allFinished);
        QSignalSpy results(&runner, &PreflightRunner::checkFinished);
        runner.start(plan);
        EXPECT_TRUE(done.wait(40000) || !done.isEmpty());
        EXPECT_EQ(results.size(), runner.checks().size());
        QHash<QString, PreflightResult> byId;
        for (const PreflightResult& result : runner.results()) {
            byId.insert(result.id, result);
            if (qEnvironmentVariableIsSet("PCHAT_TEST_VERBOSE"))
                std::cout << "  " << result.status << " " << result.id.toStdString() << ": "
                          << result.found.toStdString() << " | " << result.remedy.toStdString() << "\n";
        }
        return byId;
    }

    static std::string describe(const PreflightResult& result)
    {
        return (result.found + QStringLiteral(" | ") + result.remedy).toStdString();
    }

    QString tsql(const QString& instanceName, const QString& batch) const
    {
        return LabProcess::runTsql(m_lab->port(instanceName), batch);
    }
};

} // namespace

TEST_F(PreflightRunnerTest, EveryCheckPassesOnTheDefaultScenario)
{
    startLab();
    const Plan plan = shellPlan();
    const auto results = runPreflight(plan);
    ASSERT_EQ(results.size(), PreflightCheck::failback(plan).size());
    for (const PreflightResult& result : results)
        EXPECT_EQ(result.status, PreflightResult::Pass)
            << result.id.toStdString() << ": " << describe(result);
    EXPECT_TRUE(
        results.value(QStringLiteral("backup.agent")).found.contains(QStringLiteral("svc-pchat-agent")));
    EXPECT_TRUE(results.value(QStringLiteral("backup.share"))
                    .found.contains(QString::fromLatin1(kSqlServiceAccount)));
}

TEST_F(PreflightRunnerTest, AgentShareAndSpaceFaults)
{
    startLab({QStringLiteral("--fault"), QStringLiteral("agent-stopped:PCSQL02\\PCHAT"),
              QStringLiteral("--fault"), QStringLiteral("share-not-readable:CONTOSO\\svc-pchat-sql"),
              QStringLiteral("--fault"), QStringLiteral("no-space:PCSQL01\\PCHAT")});
    const auto results = runPreflight(shellPlan());
    const PreflightResult agent = results.value(QStringLiteral("backup.agent"));
    EXPECT_EQ(agent.status, PreflightResult::Fail) << describe(agent);
    EXPECT_TRUE(agent.found.contains(QStringLiteral("svc-pchat-agent"))) << describe(agent);
    EXPECT_EQ(results.value(QStringLiteral("primary.agent")).status, PreflightResult::Pass);
    for (const char* id : {"backup.share", "primary.share"}) {
        const PreflightResult share = results.value(QString::fromLatin1(id));
        EXPECT_EQ(share.status, PreflightResult::Fail) << id << ": " << describe(share);
        EXPECT_TRUE(share.remedy.contains(QString::fromLatin1(kSqlServiceAccount))) << describe(share);
    }
    const PreflightResult space = results.value(QStringLiteral("primary.space"));
    EXPECT_EQ(space.status, PreflightResult::Fail) << describe(space);
}

TEST_F(PreflightRunnerTest, LoginAndShellFaults)
{
    startLab({QStringLiteral("--fault"), QStringLiteral("login-fails:PCSQL01\\PCHAT"),
              QStringLiteral("--fault"), QStringLiteral("shell-cmdlet-fails")});
    const auto results = runPreflight(shellPlan());
    EXPECT_EQ(results.value(QStringLiteral("backup.connection")).status, PreflightResult::Pass);
    const PreflightResult primary = results.value(QStringLiteral("primary.connection"));
    EXPECT_EQ(primary.status, PreflightResult::Fail) << describe(primary);
    EXPECT_FALSE(primary.remedy.isEmpty());
    EXPECT_EQ(results.value(QStringLiteral("primary.agent")).status, PreflightResult::Fail);
    const PreflightResult module = results.value(QStringLiteral("shell.module"));
    EXPECT_EQ(module.status, PreflightResult::Fail) << describe(module);
    EXPECT_TRUE(module.found.contains(QStringLiteral("Get-CsService"))) << describe(module);
    EXPECT_EQ(results.value(QStringLiteral("shell.pool")).status, PreflightResult::Fail);
}

TEST_F(PreflightRunnerTest, StatesMadeForTheDatabaseFileAndPoolChecks)
{
    startLab();
    Plan plan = shellPlan();
    plan.logShipping.copyDestinationFolder = QStringLiteral("E:\\NoSuchFolder");
    prepareBackupFile(plan);
    // SQL Server refuses SIMPLE for a mirrored database: mirroring of mgc goes first (mgccomp stays).
    for (const auto& [instanceName, batch] :
         {std::pair{kBackupInstance, "ALTER DATABASE mgc SET PARTNER OFF;"},
          std::pair{kBackupInstance, "ALTER DATABASE mgc SET RECOVERY SIMPLE;"},
          std::pair{kPrimaryInstance, "ALTER DATABASE mgc SET RECOVERY SIMPLE;"}}) {
        const BatchResult result = query(QString::fromLatin1(instanceName), QString::fromLatin1(batch));
        ASSERT_TRUE(result.succeeded()) << batch << ": " << result.firstError().text.toStdString();
    }
    ASSERT_TRUE(control().setPoolState(QStringLiteral("Normal")));
    const auto results = runPreflight(plan);
    const PreflightResult databases = results.value(QStringLiteral("backup.databases"));
    EXPECT_EQ(databases.status, PreflightResult::Fail) << describe(databases);
    EXPECT_TRUE(databases.found.contains(QStringLiteral("SIMPLE"))) << describe(databases);
    const PreflightResult mirroring = results.value(QStringLiteral("backup.mirroring"));
    EXPECT_EQ(mirroring.status, PreflightResult::Warning) << describe(mirroring);
    EXPECT_TRUE(mirroring.found.contains(QStringLiteral("already removed"))) << describe(mirroring);
    EXPECT_EQ(results.value(QStringLiteral("primary.database")).status, PreflightResult::Warning)
        << describe(results.value(QStringLiteral("primary.database")));
    EXPECT_EQ(results.value(QStringLiteral("backup.copyFolder")).status, PreflightResult::Fail);
    EXPECT_EQ(results.value(QStringLiteral("backup.backupFile")).status, PreflightResult::Warning)
        << describe(results.value(QStringLiteral("backup.backupFile")));
    EXPECT_EQ(results.value(QStringLiteral("shell.pool")).status, PreflightResult::Warning);
    EXPECT_EQ(results.value(QStringLiteral("shell.module")).status, PreflightResult::Pass);
}

TEST_F(PreflightRunnerTest, OpenSessionsInThePrimaryMgcWarn)
{
    startLab();
    // A client connected to the primary's mgc, as a Persistent Chat server in the primary data center would
    // be.
    SqlSession client(instance(QString::fromLatin1(kPrimaryInstance)));
    QSignalSpy opened(&client, &SqlSession::opened);
    client.open(QStringLiteral("mgc"));
    ASSERT_TRUE(opened.wait(10000) || !opened.isEmpty());
    const auto results = runPreflight(shellPlan());
    const PreflightResult sessions = results.value(QStringLiteral("primary.sessions"));
    EXPECT_EQ(sessions.status, PreflightResult::Warning) << describe(sessions);
    EXPECT_TRUE(sessions.found.contains(QStringLiteral("sa"))) << describe(sessions);
}

// Scenarios made for the two checks no fault reaches: a primary older than the backup instance, and a primary
// where Topology Builder has not reinstalled mgc.
TEST_F(PreflightRunnerTest, AnOlderPrimaryAndAMissingPrimaryMgcFail)
{
    QFile defaults(QStringLiteral(PCHAT_SOURCE_DIR "/resources/scenarios/default-scenario.json"));
    ASSERT_TRUE(defaults.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(defaults.readAll()).object();
    QJsonArray instances = scenario.value(QLatin1String("instances")).toArray();
    for (int i = 0; i < instances.size(); ++i) {
        QJsonObject instance = instances.at(i).toObject();
        if (instance.value(QLatin1String("name")).toString() != QLatin1String(kPrimaryInstance))
            continue;
        instance.insert(QStringLiteral("version"), QStringLiteral("10.50.6000.34"));
        QJsonArray databases;
        for (const QJsonValue& database : instance.value(QLatin1String("databases")).toArray()) {
            if (database.toObject().value(QLatin1String("name")).toString() != QLatin1String("mgc"))
                databases.append(database);
        }
        instance.insert(QStringLiteral("databases"), databases);
        instances.replace(i, instance);
    }
    scenario.insert(QStringLiteral("instances"), instances);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older-primary.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(scenario).toJson());
    file.close();

    startLab({QStringLiteral("--scenario"), path});
    const auto results = runPreflight(shellPlan());
    const PreflightResult version = results.value(QStringLiteral("primary.version"));
    EXPECT_EQ(version.status, PreflightResult::Fail) << describe(version);
    EXPECT_FALSE(version.remedy.isEmpty());
    const PreflightResult database = results.value(QStringLiteral("primary.database"));
    EXPECT_EQ(database.status, PreflightResult::Fail) << describe(database);
    EXPECT_FALSE(database.remedy.isEmpty());
}

// The failover's Preflight in the lab of normal operation with log shipping, after the trainer's disaster:
// the primary is down (a finding, not a failure), mgc on the backup instance is the restoring secondary, and
// the log backups left on the share and in the copy folder continue its chain.
TEST_F(PreflightRunnerTest, FailoverAfterTheDisasterFindsThePrimaryDownAndTheChainWhole)
{
    startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping"),
              QStringLiteral("--disaster")});
    const Plan plan = shellPlan();
    const auto results = runPreflight(plan, Procedure::failover());
    ASSERT_EQ(results.size(), PreflightCheck::failover(plan).size());
    for (const PreflightResult& result : results)
        EXPECT_EQ(result.status, PreflightResult::Pass)
            << result.id.toStdString() << ": " << describe(result);
    EXPECT_TRUE(results.value(QStringLiteral("primary.down")).found.contains(plan.primaryInstance.name));
    EXPECT_TRUE(results.value(QStringLiteral("backup.secondary")).found.contains(QStringLiteral("RESTORING")))
        << describe(results.value(QStringLiteral("backup.secondary")));
    EXPECT_TRUE(results.value(QStringLiteral("backup.logChain")).found.contains(QStringLiteral("mgc_")))
        << describe(results.value(QStringLiteral("backup.logChain")));
}

TEST_F(PreflightRunnerTest, FailoverFindsTheGapOfAMissingLogBackup)
{
    startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping"),
              QStringLiteral("--disaster"), QStringLiteral("--fault"), QStringLiteral("log-backup-missing")});
    const auto results = runPreflight(shellPlan(), Procedure::failover());
    const PreflightResult chain = results.value(QStringLiteral("backup.logChain"));
    EXPECT_EQ(chain.status, PreflightResult::Fail) << describe(chain);
    EXPECT_TRUE(chain.found.contains(QStringLiteral("Gap"))) << describe(chain);
    EXPECT_FALSE(chain.remedy.isEmpty());
}

TEST_F(PreflightRunnerTest, FailoverWarnsWhenThePrimaryAnswers)
{
    startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
    const auto results = runPreflight(shellPlan(), Procedure::failover());
    const PreflightResult primary = results.value(QStringLiteral("primary.down"));
    EXPECT_EQ(primary.status, PreflightResult::Warning) << describe(primary);
    EXPECT_EQ(results.value(QStringLiteral("backup.secondary")).status, PreflightResult::Pass);
}

// The chain's headers are read from msdb's newest log restore on: the backups before it are applied, and
// reading every header on a share of weeks of backups took minutes.
TEST_F(PreflightRunnerTest, FailoverReadsTheHeadersFromTheLastRestoredLogBackupOn)
{
    startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping"),
              QStringLiteral("--disaster")});
    const QString restored =
        scalar(QString::fromLatin1(kBackupInstance),
               QStringLiteral("SELECT TOP (1) m.physical_device_name FROM msdb.dbo.restorehistory AS r "
                              "JOIN msdb.dbo.backupset AS b ON b.backup_set_id = r.backup_set_id "
                              "JOIN msdb.dbo.backupmediafamily AS m ON m.media_set_id = b.media_set_id "
                              "WHERE r.destination_database_name = N'mgc' AND r.restore_type = N'L' "
                              "ORDER BY r.restore_history_id DESC"))
            .section(u'\\', -1);
    ASSERT_TRUE(restored.endsWith(QLatin1String(".trn"))) << restored.toStdString();
    const qint64 mark = control().executedMark();
    const auto results = runPreflight(shellPlan(), Procedure::failover());
    const PreflightResult chain = results.value(QStringLiteral("backup.logChain"));
    EXPECT_EQ(chain.status, PreflightResult::Pass) << describe(chain);
    QStringList read;
    for (const QJsonValue& value : control().executed(mark)) {
        const QJsonObject entry = value.toObject();
        const QString text = entry.value(QLatin1String("text")).toString();
        if (entry.value(QLatin1String("kind")) == QLatin1String("batch") &&
            text.contains(QLatin1String("RESTORE HEADERONLY")))
            read << text.section(u'\\', -1).section(u'\'', 0, 0);
    }
    EXPECT_TRUE(read.contains(restored)) << read.join(u' ').toStdString();
    // Log shipping's names carry the backup's UTC time: they sort as the backups were taken.
    for (const QString& name : std::as_const(read))
        EXPECT_GE(name, restored) << name.toStdString() << " is older than the last restore";
    // The copy folder keeps backups older than the last restore (the scenario's history).
    const QString oldest =
        scalar(QString::fromLatin1(kBackupInstance),
               QStringLiteral("SELECT TOP (1) m.physical_device_name FROM "
                              "msdb.dbo.restorehistory AS r JOIN msdb.dbo.backupset AS b ON "
                              "b.backup_set_id = r.backup_set_id JOIN "
                              "msdb.dbo.backupmediafamily AS m ON m.media_set_id = "
                              "b.media_set_id WHERE r.destination_database_name = N'mgc' "
                              "AND r.restore_type = N'L' ORDER BY r.restore_history_id"))
            .section(u'\\', -1);
    EXPECT_LT(oldest, restored);
    EXPECT_FALSE(read.contains(oldest));
}
