// FailoverPreflightEvaluator without a server: the primary that should be down, mgc as a log-shipping
// secondary (and what ONLINE means), the log chain with its gap, and the pool before the failover; plus the
// failover's check list and its exported Preflight.
#include "backend/run/procedure.h"
#include "backend/run/procedurescript.h"
#include "backend/shell/shellresult.h"
#include "backend/steps/failoverpreflightevaluator.h"
#include "backend/steps/logbackupchain.h"
#include "backend/steps/preflightcheck.h"
#include "resulttable.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pchat;
using pchat::test::examplePlan;
using pchat::test::resultTable;

namespace {

StatementResult secondary(const QString& state, bool standby = false)
{
    return resultTable({"name", "state_desc", "is_in_standby"},
                       {{"mgc", state, standby ? "1" : "0"}, {"mgccomp", "ONLINE", "0"}});
}

StatementResult history(int logShippingRows, int restores)
{
    return resultTable({"log_shipping_rows", "restores"}, {{logShippingRows, restores}});
}

LogBackupFile logBackup(const QString& name, const QString& first, const QString& last)
{
    LogBackupFile file;
    file.path = QStringLiteral("E:\\PChatLSCopy\\") + name;
    file.set.type = 2;
    file.set.firstLsn = first;
    file.set.lastLsn = last;
    return file;
}

ShellResult poolState(const QString& state)
{
    ShellResult result;
    result.ok = true;
    result.standardOutput =
        QStringLiteral("Identity  : PersistentChatServer:pchat.contoso.com\nPoolState : %1\n").arg(state);
    return result;
}

} // namespace

TEST(FailoverPreflightEvaluator, APrimaryThatDoesNotAnswerIsAFindingNotAFailure)
{
    const Plan plan = examplePlan();
    const PreflightResult down = FailoverPreflightEvaluator::primaryDown(
        plan, {SqlMessage{0, -1, -1, QStringLiteral("08001"), QStringLiteral("Connection refused"), true}});
    EXPECT_EQ(down.status, PreflightResult::Pass);
    EXPECT_TRUE(down.found.contains(plan.primaryInstance.name)) << down.found.toStdString();
    EXPECT_TRUE(down.found.contains(QStringLiteral("Connection refused")));

    const PreflightResult answers =
        FailoverPreflightEvaluator::primaryAnswers(plan, resultTable({"product_version"}, {{"11.0.5058.0"}}));
    EXPECT_EQ(answers.status, PreflightResult::Warning);
    EXPECT_TRUE(answers.found.contains(QStringLiteral("11.0.5058.0")));
    EXPECT_FALSE(answers.remedy.isEmpty());
}

TEST(FailoverPreflightEvaluator, MgcRestoringOrStandbyIsRightOnlineSaysWhy)
{
    const Plan plan = examplePlan();
    EXPECT_EQ(FailoverPreflightEvaluator::secondaryMgc(plan, secondary("RESTORING"), history(1, 3)).status,
              PreflightResult::Pass);
    const PreflightResult standby =
        FailoverPreflightEvaluator::secondaryMgc(plan, secondary("ONLINE", true), history(1, 3));
    EXPECT_EQ(standby.status, PreflightResult::Pass);
    EXPECT_TRUE(standby.found.contains(QStringLiteral("STANDBY")));

    const PreflightResult failedOver =
        FailoverPreflightEvaluator::secondaryMgc(plan, secondary("ONLINE"), history(0, 12));
    EXPECT_EQ(failedOver.status, PreflightResult::Warning);
    EXPECT_TRUE(failedOver.found.contains(QStringLiteral("failed over already")))
        << failedOver.found.toStdString();

    const PreflightResult never =
        FailoverPreflightEvaluator::secondaryMgc(plan, secondary("ONLINE"), history(0, 0));
    EXPECT_EQ(never.status, PreflightResult::Fail);
    EXPECT_TRUE(never.found.contains(QStringLiteral("never log-shipped"))) << never.found.toStdString();

    const PreflightResult missing = FailoverPreflightEvaluator::secondaryMgc(
        plan, resultTable({"name", "state_desc", "is_in_standby"}), history(0, 0));
    EXPECT_EQ(missing.status, PreflightResult::Fail);
    // mgccomp is told, not judged: it is not failed over.
    EXPECT_TRUE(FailoverPreflightEvaluator::secondaryMgc(plan, secondary("RESTORING"), history(1, 1))
                    .found.contains(QStringLiteral("not failed over")));
}

TEST(FailoverPreflightEvaluator, AGapInTheLogChainFailsWithTheMissingRange)
{
    const Plan plan = examplePlan();
    const LogBackupFiles files{logBackup("mgc_20260504120000.trn", "1000", "2000"),
                               logBackup("mgc_20260504121500.trn", "2000", "3000"),
                               logBackup("mgc_20260504124500.trn", "4000", "5000")};
    const PreflightResult gap =
        FailoverPreflightEvaluator::logChain(plan, LogBackupChain::plan(files, QStringLiteral("1500")), 3);
    EXPECT_EQ(gap.status, PreflightResult::Fail);
    EXPECT_TRUE(gap.found.contains(QStringLiteral("3000")) && gap.found.contains(QStringLiteral("4000")))
        << gap.found.toStdString();
    EXPECT_TRUE(gap.remedy.contains(QStringLiteral("3000")));

    const PreflightResult whole = FailoverPreflightEvaluator::logChain(
        plan, LogBackupChain::plan(files.mid(0, 2), QStringLiteral("1500")), 2);
    EXPECT_EQ(whole.status, PreflightResult::Pass);
    EXPECT_TRUE(whole.found.contains(QStringLiteral("mgc_20260504121500.trn"))) << whole.found.toStdString();

    EXPECT_EQ(FailoverPreflightEvaluator::logChain(plan, LogBackupChain::plan({}, QStringLiteral("1500")), 0)
                  .status,
              PreflightResult::Warning);
    EXPECT_EQ(FailoverPreflightEvaluator::logChain(plan, LogBackupChain::plan(files, QString()), 3).status,
              PreflightResult::Warning);
}

TEST(FailoverPreflightEvaluator, ThePoolIsNormalBeforeTheFailover)
{
    const Plan plan = examplePlan();
    EXPECT_EQ(FailoverPreflightEvaluator::poolNotFailedOver(plan, poolState("Normal")).status,
              PreflightResult::Pass);
    EXPECT_EQ(FailoverPreflightEvaluator::poolNotFailedOver(plan, poolState("FailedOver")).status,
              PreflightResult::Warning);
    EXPECT_EQ(FailoverPreflightEvaluator::poolNotFailedOver(plan, poolState("Other")).status,
              PreflightResult::Fail);
}

TEST(FailoverPreflightEvaluator, TheFailoversChecksReadOnlyTheBackupSideAndExportUnderItsName)
{
    const Plan plan = examplePlan();
    QStringList ids;
    for (const PreflightCheck& check : PreflightCheck::failover(plan))
        ids << check.id;
    EXPECT_EQ(ids, (QStringList{"backup.connection", "primary.down", "backup.agent", "backup.share",
                                "backup.copyFolder", "backup.secondary", "backup.logChain", "shell.module",
                                "shell.pool"}));
    EXPECT_NE(PreflightCheck::failback(plan).size(), ids.size());

    const QList<ScriptPart> parts = ProcedureScript::parts(plan, Procedure::failover());
    ASSERT_GE(parts.size(), 3);
    EXPECT_EQ(parts.at(0).fileName, QStringLiteral("00-preflight-backup-instance.sql"));
    EXPECT_TRUE(parts.at(0).text(plan).contains(QStringLiteral("Persistent Chat failover")));
    EXPECT_TRUE(parts.at(0).text(plan).contains(QStringLiteral("xp_dirtree")));
    EXPECT_FALSE(ProcedureScript::parts(plan, Procedure::failback())
                     .at(0)
                     .text(plan)
                     .contains(QStringLiteral("Persistent Chat failover")));
}
