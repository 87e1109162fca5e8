// Failover step 4 through the real stack against the lab after the disaster: the sessions in mgc
// (sys.sysprocesses), KILL only for the confirmed ones, RESTORE ... WITH RECOVERY, the recovery point from
// msdb, a re-run that is already done, and a database name that reaches the server only as data.
#include "backend/sql/failoversql.h"
#include "backend/sql/logrestoresql.h"
#include "backend/steps/bringonlinestep.h"
#include "steptestlab.h"

using namespace pchat;

namespace {

class BringOnlineStepTest : public StepTestLab
{
protected:
    void SetUp() override
    {
        startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
        ASSERT_TRUE(control().disaster().value(QLatin1String("ok")).toBool());
    }

    QString mgcState() const
    {
        return scalar(QString::fromLatin1(kBackupInstance),
                      QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'"));
    }
};

} // namespace

TEST_F(BringOnlineStepTest, RecoversMgcStatesTheRecoveryPointAndARerunIsAlreadyDone)
{
    BringOnlineStep step;
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    EXPECT_EQ(step.database().state, QStringLiteral("RESTORING"));
    EXPECT_TRUE(step.sessions().isEmpty());
    ASSERT_FALSE(step.recoveryPoint().path.isEmpty());
    EXPECT_TRUE(step.recoveryPoint().path.endsWith(QLatin1String(".trn")));

    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.run(plan());
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_TRUE(commands.contains(LogRestoreSql::recoverDatabase(QStringLiteral("mgc"))));
    EXPECT_TRUE(outcome.summary.contains(step.recoveryPoint().path)) << outcome.summary.toStdString();
    EXPECT_EQ(mgcState(), QStringLiteral("ONLINE"));

    BringOnlineStep again;
    again.inspect(plan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone);
    EXPECT_TRUE(again.outcome().summary.contains(step.recoveryPoint().path));
}

TEST_F(BringOnlineStepTest, ASessionInMgcIsEndedOnlyOnceConfirmed)
{
    ASSERT_TRUE(addFault(QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")));
    BringOnlineStep step;
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    ASSERT_EQ(step.sessions().size(), 1);
    const int spid = step.sessions().constFirst().sessionId;
    EXPECT_GT(spid, 50);
    EXPECT_FALSE(step.findings().value(1).ok);

    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.run(plan());
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_FALSE(outcome.remedy.isEmpty());
    EXPECT_FALSE(commands.contains(FailoverSql::killSession(spid)));
    EXPECT_EQ(mgcState(), QStringLiteral("RESTORING"));

    step.setSessionsToEnd({spid});
    step.run(plan());
    outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_TRUE(commands.contains(QStringLiteral("KILL %1;").arg(spid)));
    EXPECT_EQ(step.endedSessions(), QList<int>{spid});
    EXPECT_EQ(mgcState(), QStringLiteral("ONLINE"));
}

TEST_F(BringOnlineStepTest, ADatabaseNameWithQuoteBracketAndUmlautIsOnlyData)
{
    Plan bad = plan();
    bad.mgcDatabase = QStringLiteral("mg'c]ü");
    BringOnlineStep step;
    step.inspect(bad);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_EQ(step.outcome().error.number, 0) << step.outcome().error.text.toStdString();
    EXPECT_TRUE(step.outcome().summary.contains(bad.mgcDatabase));
    EXPECT_EQ(mgcState(), QStringLiteral("RESTORING"));
}
