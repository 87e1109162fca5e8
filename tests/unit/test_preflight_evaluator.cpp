// PreflightEvaluator: each check's judgement of the rows a server (or the shell) returned, without a server:
// a passing and a failing case per evaluator, and the facts the early checks hand to the later ones.
#include "backend/shell/shellresult.h"
#include "backend/steps/preflightevaluator.h"
#include "resulttable.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pchat;
using pchat::test::resultTable;

namespace {

StatementResult server(bool sysadmin, const QString& version = QStringLiteral("11.0.5058.0"))
{
    return resultTable(
        {"server_name", "product_version", "edition", "login_name", "is_sysadmin"},
        {{"PCSQL01\\PCHAT", version, "Enterprise Edition", "pchat_admin", sysadmin ? "1" : "0"}});
}

StatementResult databases(const QString& mgcState, const QString& mgcModel)
{
    return resultTable({"name", "state_desc", "recovery_model_desc"},
                       {{"mgc", mgcState, mgcModel}, {"mgccomp", "ONLINE", "FULL"}});
}

StatementResult fileExists(bool exists, bool directory)
{
    return resultTable({"File Exists", "File is a Directory", "Parent Directory Exists"},
                       {{exists ? "1" : "0", directory ? "1" : "0", "1"}});
}

ShellResult shellOutput(const QString& output)
{
    ShellResult result;
    result.ok = true;
    result.exitCode = 0;
    result.standardOutput = output;
    return result;
}

class PreflightEvaluatorTest : public ::testing::Test
{
protected:
    Plan plan = test::referencePlan();
    PreflightFacts facts;
};

} // namespace

TEST_F(PreflightEvaluatorTest, ConnectionPassesForASysadminAndRemembersTheVersion)
{
    const PreflightResult result =
        PreflightEvaluator::connection(plan, ScriptTarget::BackupInstance, server(true), facts, false);
    EXPECT_EQ(result.status, PreflightResult::Pass);
    EXPECT_TRUE(result.found.contains(QStringLiteral("(sysadmin)")));
    EXPECT_EQ(facts.versions.value(PreflightFacts::key(ScriptTarget::BackupInstance)),
              QStringLiteral("11.0.5058.0"));
}

TEST_F(PreflightEvaluatorTest, ConnectionFailsWithoutSysadminAndWarnsOfAnUnverifiedCertificate)
{
    EXPECT_EQ(PreflightEvaluator::connection(plan, ScriptTarget::PrimaryInstance, server(false), facts, false)
                  .status,
              PreflightResult::Fail);
    EXPECT_EQ(PreflightEvaluator::connection(plan, ScriptTarget::PrimaryInstance, {}, facts, false).status,
              PreflightResult::Fail);
    const PreflightResult unverified =
        PreflightEvaluator::connection(plan, ScriptTarget::PrimaryInstance, server(true), facts, true);
    EXPECT_EQ(unverified.status, PreflightResult::Warning);
    EXPECT_TRUE(unverified.remedy.contains(QStringLiteral("ca file")));
}

TEST_F(PreflightEvaluatorTest, VersionPassesWhenThePrimaryIsNotOlder)
{
    facts.versions.insert(PreflightFacts::key(ScriptTarget::BackupInstance), QStringLiteral("11.0.5058.0"));
    EXPECT_EQ(
        PreflightEvaluator::version(plan, resultTable({"product_version"}, {{"11.0.6020.0"}}), facts).status,
        PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, VersionFailsForAnOlderPrimaryOrAnUnknownBackup)
{
    const StatementResult older = resultTable({"product_version"}, {{"11.0.2100.60"}});
    EXPECT_EQ(PreflightEvaluator::version(plan, older, facts).status, PreflightResult::Fail);
    facts.versions.insert(PreflightFacts::key(ScriptTarget::BackupInstance), QStringLiteral("11.0.5058.0"));
    const PreflightResult result = PreflightEvaluator::version(plan, older, facts);
    EXPECT_EQ(result.status, PreflightResult::Fail);
    EXPECT_TRUE(result.remedy.contains(plan.primaryInstance.name));
    // Numbers, not text: 9 is older than 10.
    EXPECT_LT(PreflightEvaluator::compareVersions(QStringLiteral("9.0"), QStringLiteral("10.0")), 0);
}

TEST_F(PreflightEvaluatorTest, BackupDatabasesPassOnlineInFullAndRememberTheModel)
{
    EXPECT_EQ(PreflightEvaluator::backupDatabases(plan, databases("ONLINE", "FULL"), facts).status,
              PreflightResult::Pass);
    EXPECT_EQ(facts.backupRecoveryModel, QStringLiteral("FULL"));
}

TEST_F(PreflightEvaluatorTest, BackupDatabasesFailInSimpleOrOffline)
{
    EXPECT_EQ(PreflightEvaluator::backupDatabases(plan, databases("ONLINE", "SIMPLE"), facts).status,
              PreflightResult::Fail);
    EXPECT_EQ(PreflightEvaluator::backupDatabases(plan, databases("OFFLINE", "FULL"), facts).status,
              PreflightResult::Fail);
    EXPECT_EQ(PreflightEvaluator::backupDatabases(plan, databases("ONLINE", "BULK_LOGGED"), facts).status,
              PreflightResult::Warning);
}

TEST_F(PreflightEvaluatorTest, MirroringPassesForThePrincipal)
{
    const QStringList columns{"database_name", "mirroring_guid", "mirroring_role_desc",
                              "mirroring_state_desc", "mirroring_partner_instance"};
    const StatementResult principal =
        resultTable(columns, {{"mgc", "{1}", "PRINCIPAL", "DISCONNECTED", "PCSQL01"},
                              {"mgccomp", "{2}", "PRINCIPAL", "DISCONNECTED", "PCSQL01"}});
    EXPECT_EQ(PreflightEvaluator::mirroring(plan, principal).status, PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, MirroringFailsForTheMirrorAndWarnsWhenRemoved)
{
    const QStringList columns{"database_name", "mirroring_guid", "mirroring_role_desc",
                              "mirroring_state_desc", "mirroring_partner_instance"};
    const StatementResult mirror =
        resultTable(columns, {{"mgc", "{1}", "MIRROR", "SYNCHRONIZED", "PCSQL01"},
                              {"mgccomp", "{2}", "PRINCIPAL", "DISCONNECTED", "PCSQL01"}});
    EXPECT_EQ(PreflightEvaluator::mirroring(plan, mirror).status, PreflightResult::Fail);
    const StatementResult removed =
        resultTable(columns, {{"mgc", QVariant(), "", "", ""}, {"mgccomp", QVariant(), "", "", ""}});
    EXPECT_EQ(PreflightEvaluator::mirroring(plan, removed).status, PreflightResult::Warning);
}

TEST_F(PreflightEvaluatorTest, PrimaryDatabasePassesInFull)
{
    EXPECT_EQ(PreflightEvaluator::primaryDatabase(plan, databases("ONLINE", "FULL"), facts).status,
              PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, PrimaryDatabaseFailsWhenMissing)
{
    EXPECT_EQ(PreflightEvaluator::primaryDatabase(
                  plan, resultTable({"name", "state_desc", "recovery_model_desc"}), facts)
                  .status,
              PreflightResult::Fail);
    facts.backupRecoveryModel = QStringLiteral("FULL");
    const PreflightResult simple =
        PreflightEvaluator::primaryDatabase(plan, databases("ONLINE", "SIMPLE"), facts);
    EXPECT_EQ(simple.status, PreflightResult::Warning);
    EXPECT_TRUE(simple.remedy.contains(QStringLiteral("(FULL)")));
}

TEST_F(PreflightEvaluatorTest, SessionsPassWhenNoneIsOpen)
{
    EXPECT_EQ(
        PreflightEvaluator::sessions(plan, resultTable({"session_id", "login_name", "host_name"})).status,
        PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, SessionsWarnWhenSomeAreOpen)
{
    const StatementResult open =
        resultTable({"session_id", "login_name", "host_name"}, {{"57", "CONTOSO\\pchat", "PCHAT01"}});
    const PreflightResult result = PreflightEvaluator::sessions(plan, open);
    EXPECT_EQ(result.status, PreflightResult::Warning);
    EXPECT_TRUE(result.found.contains(QStringLiteral("57")));
}

TEST_F(PreflightEvaluatorTest, AgentPassesWhenRunningAndRemembersTheAccounts)
{
    const StatementResult services =
        resultTable({"servicename", "status_desc", "service_account"},
                    {{"SQL Server (PCHAT)", "Running", "CONTOSO\\sqlsvc"},
                     {"SQL Server Agent (PCHAT)", "Running", "CONTOSO\\sqlagent"}});
    EXPECT_EQ(PreflightEvaluator::agent(plan, ScriptTarget::BackupInstance, services, facts).status,
              PreflightResult::Pass);
    const int key = PreflightFacts::key(ScriptTarget::BackupInstance);
    EXPECT_EQ(facts.serviceAccounts.value(key), QStringLiteral("CONTOSO\\sqlsvc"));
    EXPECT_EQ(facts.agentAccounts.value(key), QStringLiteral("CONTOSO\\sqlagent"));
}

TEST_F(PreflightEvaluatorTest, AgentFailsWhenStoppedOrMissing)
{
    const QStringList columns{"servicename", "status_desc", "service_account"};
    EXPECT_EQ(PreflightEvaluator::agent(plan, ScriptTarget::BackupInstance,
                                        resultTable(columns, {{"SQL Server Agent (PCHAT)", "Stopped", "x"}}),
                                        facts)
                  .status,
              PreflightResult::Fail);
    EXPECT_EQ(PreflightEvaluator::agent(plan, ScriptTarget::BackupInstance,
                                        resultTable(columns, {{"SQL Server (PCHAT)", "Running", "x"}}), facts)
                  .status,
              PreflightResult::Fail);
}

TEST_F(PreflightEvaluatorTest, SharePassesForAFolderTheServiceSees)
{
    EXPECT_EQ(
        PreflightEvaluator::share(plan, ScriptTarget::BackupInstance, fileExists(false, true), facts).status,
        PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, ShareFailsAndNamesBothAccounts)
{
    const int key = PreflightFacts::key(ScriptTarget::PrimaryInstance);
    facts.serviceAccounts.insert(key, QStringLiteral("CONTOSO\\sqlsvc"));
    facts.agentAccounts.insert(key, QStringLiteral("CONTOSO\\sqlagent"));
    const PreflightResult result =
        PreflightEvaluator::share(plan, ScriptTarget::PrimaryInstance, fileExists(false, false), facts);
    EXPECT_EQ(result.status, PreflightResult::Fail);
    EXPECT_TRUE(result.remedy.contains(QStringLiteral("CONTOSO\\sqlsvc")));
    EXPECT_TRUE(result.remedy.contains(QStringLiteral("CONTOSO\\sqlagent")));
}

TEST_F(PreflightEvaluatorTest, CopyFolderPassesWhenItExists)
{
    EXPECT_EQ(PreflightEvaluator::copyFolder(plan, fileExists(false, true), facts).status,
              PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, CopyFolderFailsWhenItIsMissing)
{
    EXPECT_EQ(PreflightEvaluator::copyFolder(plan, fileExists(false, false), facts).status,
              PreflightResult::Fail);
    plan.logShipping.copyDestinationFolder.clear();
    EXPECT_EQ(PreflightEvaluator::copyFolder(plan, {}, facts).status, PreflightResult::Fail);
}

TEST_F(PreflightEvaluatorTest, BackupFilePassesWhenItDoesNotExistYet)
{
    EXPECT_EQ(PreflightEvaluator::backupFile(plan, fileExists(false, false)).status, PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, BackupFileFailsForAFolderAndWarnsWhenItExists)
{
    EXPECT_EQ(PreflightEvaluator::backupFile(plan, fileExists(false, true)).status, PreflightResult::Fail);
    EXPECT_EQ(PreflightEvaluator::backupFile(plan, fileExists(true, false)).status, PreflightResult::Warning);
}

TEST_F(PreflightEvaluatorTest, DatabaseSizePassesAndRemembersDataAndLog)
{
    const StatementResult files =
        resultTable({"type_desc", "size_mb"}, {{"ROWS", "300"}, {"ROWS", "100"}, {"LOG", "50"}});
    const PreflightResult result = PreflightEvaluator::databaseSize(plan, files, facts);
    EXPECT_EQ(result.status, PreflightResult::Pass);
    EXPECT_EQ(facts.backupDataMb, 400);
    EXPECT_EQ(facts.backupLogMb, 50);
}

TEST_F(PreflightEvaluatorTest, DatabaseSizeFailsWithoutFiles)
{
    EXPECT_EQ(PreflightEvaluator::databaseSize(plan, resultTable({"type_desc", "size_mb"}), facts).status,
              PreflightResult::Fail);
    EXPECT_EQ(facts.backupDataMb, -1);
}

TEST_F(PreflightEvaluatorTest, FreeSpacePassesWhenOneVolumeHoldsTheRestore)
{
    facts.backupDataMb = 400;
    facts.backupLogMb = 50;
    const StatementResult volumes = resultTable({"volume_mount_point", "available_mb"}, {{"D:\\", "1000"}});
    EXPECT_EQ(PreflightEvaluator::freeSpace(plan, volumes, facts).status, PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, FreeSpaceFailsWhenTooSmallOrUnknown)
{
    const StatementResult volumes = resultTable({"volume_mount_point", "available_mb"}, {{"D:\\", "100"}});
    EXPECT_EQ(PreflightEvaluator::freeSpace(plan, volumes, facts).status, PreflightResult::Fail);
    facts.backupDataMb = 400;
    facts.backupLogMb = 50;
    EXPECT_EQ(PreflightEvaluator::freeSpace(plan, volumes, facts).status, PreflightResult::Fail);
    const StatementResult split =
        resultTable({"volume_mount_point", "available_mb"}, {{"D:\\", "420"}, {"L:\\", "60"}});
    EXPECT_EQ(PreflightEvaluator::freeSpace(plan, split, facts).status, PreflightResult::Warning);
}

TEST_F(PreflightEvaluatorTest, ShellModulePassesWhenAPoolIsListed)
{
    const PreflightResult result = PreflightEvaluator::shellModule(
        shellOutput(QStringLiteral("Identity : PersistentChatServer:pchat.contoso.com\n")));
    EXPECT_EQ(result.status, PreflightResult::Pass);
    EXPECT_TRUE(result.found.contains(QStringLiteral("pchat.contoso.com")));
}

TEST_F(PreflightEvaluatorTest, ShellModuleFailsWithoutPoolsOrWhenTheShellFails)
{
    EXPECT_EQ(PreflightEvaluator::shellModule(shellOutput({})).status, PreflightResult::Fail);
    PreflightCheck check;
    check.kind = PreflightCheck::Kind::ShellModule;
    ShellResult failed;
    failed.errorRecords << QStringLiteral("Import-Module : The specified module 'Lync' was not loaded");
    EXPECT_EQ(PreflightEvaluator::evaluateShell(check, plan, failed).status, PreflightResult::Fail);
}

TEST_F(PreflightEvaluatorTest, PoolStatePassesWhenFailedOver)
{
    const QString output =
        QStringLiteral("Identity  : %1\nPoolState : FailedOver\n").arg(plan.lync.poolIdentity);
    EXPECT_EQ(PreflightEvaluator::poolState(plan, shellOutput(output)).status, PreflightResult::Pass);
}

TEST_F(PreflightEvaluatorTest, PoolStateWarnsWhenNormalAndFailsWhenNotListed)
{
    const QString normal = QStringLiteral("Identity  : %1\nPoolState : Normal\n").arg(plan.lync.poolIdentity);
    EXPECT_EQ(PreflightEvaluator::poolState(plan, shellOutput(normal)).status, PreflightResult::Warning);
    const QString other = QStringLiteral("Identity  : PersistentChatServer:other\nPoolState : FailedOver\n");
    EXPECT_EQ(PreflightEvaluator::poolState(plan, shellOutput(other)).status, PreflightResult::Fail);
}

TEST_F(PreflightEvaluatorTest, EvaluateSqlDispatchesByKind)
{
    PreflightCheck check;
    check.kind = PreflightCheck::Kind::BackupFile;
    EXPECT_EQ(PreflightEvaluator::evaluateSql(check, plan, fileExists(false, true), facts).status,
              PreflightResult::Fail);
    check.kind = PreflightCheck::Kind::PoolState;
    EXPECT_EQ(PreflightEvaluator::evaluateSql(check, plan, {}, facts).status, PreflightResult::Fail);
}
