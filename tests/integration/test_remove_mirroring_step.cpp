// Step 2 through the real stack against the lab: inspect, remove mirroring, verify in the lab, run again,
// connection failures with their remedies.
#include "backend/sql/mirroringsql.h"
#include "backend/steps/removemirroringstep.h"
#include "steptestlab.h"

#include <QSignalSpy>

using namespace pchat;

namespace {

class RemoveMirroringStepTest : public StepTestLab
{
protected:
    void SetUp() override { startLab(); }

    QString mirroringGuid(const QString& instanceName, const QString& database) const
    {
        return scalar(instanceName, QStringLiteral("SELECT mirroring_guid FROM sys.database_mirroring "
                                                   "WHERE database_id = DB_ID(N'%1')")
                                        .arg(database));
    }
};

} // namespace

TEST_F(RemoveMirroringStepTest, InspectShowsBothDatabasesMirroredAndReady)
{
    RemoveMirroringStep step;
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    ASSERT_EQ(step.mirroring().size(), 2);
    EXPECT_EQ(step.mirroring().at(0).database, QStringLiteral("mgc"));
    EXPECT_EQ(step.mirroring().at(1).database, QStringLiteral("mgccomp"));
    for (const MirroringInfo& info : step.mirroring()) {
        EXPECT_TRUE(info.exists);
        EXPECT_TRUE(info.mirrored);
        EXPECT_EQ(info.role, QStringLiteral("PRINCIPAL"));
        EXPECT_EQ(info.state, QStringLiteral("SYNCHRONIZED"));
    }
    ASSERT_EQ(step.findings().size(), 2);
    EXPECT_TRUE(step.findings().at(0).ok);
    EXPECT_TRUE(step.findings().at(0).value.contains(QStringLiteral("PRINCIPAL")));
}

TEST_F(RemoveMirroringStepTest, RunRemovesMirroringOfBothAndLeavesThePartnerRestoring)
{
    RemoveMirroringStep step;
    QStringList commands;
    QStringList targets;
    QObject::connect(&step, &FailbackStep::commandStarted, [&](const QString& target, const QString& text) {
        targets << target;
        commands << text;
    });
    step.run(plan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_EQ(step.removedDatabases(), QStringList({QStringLiteral("mgc"), QStringLiteral("mgccomp")}));
    EXPECT_TRUE(commands.contains(MirroringSql::removeMirroring(QStringLiteral("mgc"))));
    EXPECT_TRUE(commands.contains(MirroringSql::removeMirroring(QStringLiteral("mgccomp"))));
    EXPECT_LT(commands.indexOf(MirroringSql::removeMirroring(QStringLiteral("mgc"))),
              commands.indexOf(MirroringSql::removeMirroring(QStringLiteral("mgccomp"))));
    EXPECT_TRUE(std::all_of(targets.cbegin(), targets.cend(),
                            [](const QString& target) { return target == QLatin1String(kBackupInstance); }));

    const QString backup = QString::fromLatin1(kBackupInstance);
    const QString partner = QString::fromLatin1(kPartnerInstance);
    EXPECT_EQ(mirroringGuid(backup, QStringLiteral("mgc")), QStringLiteral("NULL"));
    EXPECT_EQ(mirroringGuid(backup, QStringLiteral("mgccomp")), QStringLiteral("NULL"));
    EXPECT_EQ(mirroringGuid(partner, QStringLiteral("mgc")), QStringLiteral("NULL"));
    EXPECT_EQ(scalar(partner, QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("RESTORING"));
    EXPECT_EQ(scalar(backup, QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("ONLINE"));
}

TEST_F(RemoveMirroringStepTest, ASecondRunIsAlreadyDoneAndSendsNoAlter)
{
    const Plan thePlan = plan();
    {
        RemoveMirroringStep first;
        first.run(thePlan);
        ASSERT_EQ(waitFinished(first).status, StepStatus::Done);
    }
    RemoveMirroringStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::AlreadyDone);
    EXPECT_EQ(step.outcome().status, StepStatus::AlreadyDone);

    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done);
    EXPECT_EQ(step.skippedDatabases(), QStringList({QStringLiteral("mgc"), QStringLiteral("mgccomp")}));
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("skipped"))) << outcome.summary.toStdString();
    EXPECT_FALSE(commands.join(QLatin1Char('\n')).contains(QStringLiteral("SET PARTNER OFF")));
}

TEST_F(RemoveMirroringStepTest, ADatabaseAlreadyNotMirroredIsSkipped)
{
    // Someone removed mgc's mirroring by hand: the server says 1416 when asked again; the step skips it.
    const BatchResult manual =
        query(QString::fromLatin1(kBackupInstance), MirroringSql::removeMirroring(QStringLiteral("mgc")));
    ASSERT_TRUE(manual.succeeded());
    const BatchResult again =
        query(QString::fromLatin1(kBackupInstance), MirroringSql::removeMirroring(QStringLiteral("mgc")));
    EXPECT_TRUE(again.hasError(1416)) << "the lab answers 1416 for a database that is not mirrored";

    RemoveMirroringStep step;
    step.run(plan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_EQ(step.removedDatabases(), QStringList({QStringLiteral("mgccomp")}));
    EXPECT_EQ(step.skippedDatabases(), QStringList({QStringLiteral("mgc")}));
}

TEST_F(RemoveMirroringStepTest, VerifyAloneReadsTheEndState)
{
    RemoveMirroringStep step;
    step.verify(plan());
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed) << "mirroring is still in place";
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("mgc"))) << outcome.summary.toStdString();
}

TEST_F(RemoveMirroringStepTest, AMissingDatabaseFailsTheInspection)
{
    Plan thePlan = plan();
    thePlan.mgccompDatabase = QStringLiteral("mgccomp_missing");
    RemoveMirroringStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_TRUE(step.outcome().summary.contains(QStringLiteral("mgccomp_missing")));
    EXPECT_FALSE(step.outcome().remedy.isEmpty());
}

TEST_F(RemoveMirroringStepTest, AWrongPasswordFailsWithTheLoginRemedy)
{
    Plan thePlan = plan();
    thePlan.backupInstance.password = QStringLiteral("Not-The-Password-42");
    RemoveMirroringStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_EQ(step.outcome().error.number, 18456) << step.outcome().error.text.toStdString();
    EXPECT_TRUE(step.outcome().remedy.contains(QStringLiteral("Login failed")))
        << step.outcome().remedy.toStdString();
    EXPECT_TRUE(step.outcome().remedy.contains(QStringLiteral("sa")));
    for (const QString& text : {step.outcome().remedy, step.outcome().summary, step.outcome().error.text})
        EXPECT_FALSE(text.contains(QStringLiteral("Not-The-Password-42")));

    // Run fails the same way, and nothing was changed.
    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_EQ(outcome.error.number, 18456);
}

TEST_F(RemoveMirroringStepTest, AnUnreachableServerFailsWithTheNetworkRemedy)
{
    Plan thePlan = plan();
    thePlan.backupInstance.address = QStringLiteral("127.0.0.1,1");
    thePlan.backupInstance.loginTimeoutSeconds = 3;
    RemoveMirroringStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step, 20000));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_TRUE(step.outcome().remedy.contains(QStringLiteral("firewall")))
        << step.outcome().remedy.toStdString() << " / " << step.outcome().error.text.toStdString();
}
