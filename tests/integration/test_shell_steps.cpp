// Steps 1, 6 and 7 through the real management-shell process (`pchat-lab shell`) against the lab; the lab's
// pool is checked through its control port.
#include "backend/shell/lynccommands.h"
#include "backend/steps/clearactiveserversstep.h"
#include "backend/steps/poolnormalstep.h"
#include "backend/steps/setactiveserversstep.h"
#include "shelltestlab.h"

#include <QJsonDocument>
#include <QTimer>

using namespace pchat;

namespace {

class ShellStepsTest : public ShellTestLab
{
protected:
    void SetUp() override { startLab(); }
};

} // namespace

TEST_F(ShellStepsTest, Step1InspectsTheShellAndClearsTheActiveServers)
{
    ASSERT_FALSE(labActiveServers().isEmpty());
    ClearActiveServersStep step;
    step.inspect(shellPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().remedy.toStdString();
    EXPECT_EQ(step.poolsFound(), QStringList{QString::fromLatin1(kPoolIdentity)});
    ASSERT_FALSE(step.findings().isEmpty());
    EXPECT_TRUE(step.findings().constFirst().ok);

    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.run(shellPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.error.text.toStdString();
    ASSERT_EQ(commands.size(), 1);
    EXPECT_TRUE(commands.constFirst().endsWith(
        LyncCommands::clearActiveServers(QStringLiteral("PChatServerCollection"))));
    EXPECT_TRUE(labActiveServers().isEmpty());
}

TEST_F(ShellStepsTest, Step6FlagsServersOutsideThePrimaryDataCenterAndAddsThem)
{
    Plan plan = shellPlan();
    plan.lync.activeServers << ActiveServer{QStringLiteral("PCHAT03.contoso.com"), QStringLiteral("DC2")};
    EXPECT_EQ(SetActiveServersStep::serversOutsidePrimaryDataCenter(plan),
              QStringList{QStringLiteral("PCHAT03.contoso.com")});
    ASSERT_TRUE(control().clearActiveServers());

    SetActiveServersStep step;
    step.inspect(plan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready);
    ASSERT_EQ(step.findings().size(), 4); // the pools, then one per server
    EXPECT_TRUE(step.findings().at(1).ok);
    EXPECT_TRUE(step.findings().at(2).ok);
    EXPECT_FALSE(step.findings().at(3).ok);
    EXPECT_EQ(step.findings().at(3).subject, QStringLiteral("PCHAT03.contoso.com"));

    step.run(plan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.error.text.toStdString();
    QStringList active = labActiveServers();
    active.sort();
    EXPECT_EQ(active,
              QStringList({QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com"),
                           QStringLiteral("PCHAT03.contoso.com")}));
}

TEST_F(ShellStepsTest, Step7ReadsThePoolsSetsNormalAndVerifies)
{
    PoolNormalStep step;
    step.inspect(shellPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    ASSERT_EQ(step.pools().size(), 1);
    EXPECT_EQ(step.pools().constFirst(),
              (PoolStateInfo{QString::fromLatin1(kPoolIdentity), QStringLiteral("FailedOver")}));

    step.run(shellPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_EQ(labPool().value(QLatin1String("state")).toString(), QStringLiteral("Normal"));

    PoolNormalStep again;
    again.inspect(shellPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone);

    again.verify(shellPlan());
    EXPECT_EQ(waitFinished(again).status, StepStatus::Done);
}

TEST_F(ShellStepsTest, Step7NeverAssumesAnIdentityForm)
{
    Plan plan = shellPlan();
    plan.lync.poolIdentity = QStringLiteral("service:pchat.contoso.com");
    PoolNormalStep step;
    step.inspect(plan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_TRUE(step.outcome().remedy.contains(QString::fromLatin1(kPoolIdentity)))
        << step.outcome().remedy.toStdString();
}

TEST_F(ShellStepsTest, AFailingCmdletFailsTheStepWithTheErrorText)
{
    ASSERT_TRUE(addFault(QStringLiteral("shell-cmdlet-fails")));
    ClearActiveServersStep clear;
    clear.run(shellPlan());
    StepOutcome outcome = waitFinished(clear);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.error.text.startsWith(QStringLiteral("Set-CsPersistentChatActiveServer")))
        << outcome.error.text.toStdString();
    EXPECT_FALSE(outcome.remedy.isEmpty());
    EXPECT_FALSE(labActiveServers().isEmpty());

    PoolNormalStep pool;
    pool.run(shellPlan());
    outcome = waitFinished(pool);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.error.text.contains(QStringLiteral("Set-CsPersistentChatState")))
        << outcome.error.text.toStdString();
    EXPECT_EQ(labPool().value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));

    SetActiveServersStep inspectOnly;
    inspectOnly.inspect(shellPlan());
    ASSERT_TRUE(waitInspected(inspectOnly));
    EXPECT_EQ(inspectOnly.status(), StepStatus::Failed);
}

TEST_F(ShellStepsTest, ARefusedCommandNeverStartsTheShell)
{
    // Write-ahead for the shell: when the audit trail refuses (its record could not be written), the shell
    // does not start, the lab's executed log shows no cmdlet, and the step fails with the reason.
    ASSERT_FALSE(labActiveServers().isEmpty());
    const qint64 mark = control().executedMark();
    ClearActiveServersStep step;
    int announced = 0;
    QObject::connect(&step, &FailbackStep::commandStarted, [&] { ++announced; });
    step.setCommandGate(
        [](QObject* context, std::function<void()>, std::function<void(const QString&)> refuse) {
            // Answered later, as the audit trail answers from its writer thread.
            QTimer::singleShot(0, context,
                               [refuse] { refuse(QStringLiteral("the audit journal cannot be written")); });
        });
    step.run(shellPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(announced, 1);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.error.text.contains(QLatin1String("Not sent to the management shell")))
        << outcome.error.text.toStdString();
    const QJsonArray entries = control().executed(mark);
    for (const QJsonValue& entry : entries) {
        const QString kind = entry.toObject().value(QLatin1String("kind")).toString();
        EXPECT_FALSE(kind.startsWith(QLatin1String("shell")) || kind == u"lync")
            << QJsonDocument(entry.toObject()).toJson().toStdString();
    }
    EXPECT_FALSE(labActiveServers().isEmpty()) << "the active servers were cleared";
}
