// Step 5 through the real stack against the lab, prepared as after step 4: the whole setup verified in msdb
// on both sides and the first log backup followed until restored; SIMPLE recovery; Agent stopped; the copy
// job failing on a share the secondary's Agent cannot read; a failure in the middle and the re-run.
#include "backend/sql/erroradvice.h"
#include "backend/steps/logshippingstep.h"
#include "steptestlab.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace pchat;

namespace {

constexpr const char* kAgentAccount = "CONTOSO\\svc-pchat-agent";

class LogShippingStepTest : public StepTestLab
{
protected:
    Plan lsPlan() const
    {
        Plan result = plan();
        result.logShipping.copyDestinationFolder = QStringLiteral("E:\\PChatLSCopy");
        result.applyDerivedDefaults(QDate::currentDate());
        return result;
    }

    // The lab as step 4 leaves it: mirroring removed on the backup instance, its mgc restored on the primary.
    // A lab of its own (labArguments, speed) in the state prepareAsAfterStep4 makes: the plan for it.
    Plan labAfterStep4(const QStringList& labArguments, int speed)
    {
        startLab(labArguments, speed);
        const Plan thePlan = lsPlan();
        prepareAsAfterStep4(thePlan);
        return thePlan;
    }

    void prepareAsAfterStep4(const Plan& thePlan) const
    {
        const QString secondary = QString::fromLatin1(kBackupInstance);
        BatchResult result = query(secondary, QStringLiteral("ALTER DATABASE mgc SET PARTNER OFF"));
        ASSERT_TRUE(result.succeeded()) << result.firstError().text.toStdString();
        prepareBackupFile(thePlan);
        result = query(QString::fromLatin1(kPrimaryInstance),
                       QStringLiteral("RESTORE DATABASE mgc FROM DISK = N'%1' WITH REPLACE, RECOVERY")
                           .arg(thePlan.backupFilePath()));
        ASSERT_TRUE(result.succeeded()) << result.firstError().text.toStdString();
    }

    int count(const char* instanceName, const QString& from) const
    {
        return scalar(QString::fromLatin1(instanceName), QStringLiteral("SELECT COUNT(*) FROM ") + from)
            .toInt();
    }

    QString lastRestored() const
    {
        return scalar(
            QString::fromLatin1(kBackupInstance),
            QStringLiteral("SELECT last_restored_file FROM msdb.dbo.log_shipping_secondary_databases "
                           "WHERE secondary_database = N'mgc'"));
    }

    // One row each in msdb on both sides, and the three jobs there once and enabled with a schedule.
    void expectConfiguredOnce(const Plan& thePlan) const
    {
        EXPECT_EQ(count(kPrimaryInstance, QStringLiteral("msdb.dbo.log_shipping_primary_databases")), 1);
        EXPECT_EQ(count(kPrimaryInstance, QStringLiteral("msdb.dbo.log_shipping_primary_secondaries")), 1);
        EXPECT_EQ(count(kBackupInstance, QStringLiteral("msdb.dbo.log_shipping_secondary")), 1);
        EXPECT_EQ(count(kBackupInstance, QStringLiteral("msdb.dbo.log_shipping_secondary_databases")), 1);
        const auto jobFrom = [](const QString& name) {
            return QStringLiteral(
                       "msdb.dbo.sysjobs AS j INNER JOIN msdb.dbo.sysjobschedules AS js ON js.job_id "
                       "= j.job_id WHERE j.enabled = 1 AND j.name = N'%1'")
                .arg(name);
        };
        EXPECT_EQ(count(kPrimaryInstance, jobFrom(thePlan.logShipping.backupJobName)), 1);
        EXPECT_EQ(count(kBackupInstance, jobFrom(thePlan.logShipping.copyJobName)), 1);
        EXPECT_EQ(count(kBackupInstance, jobFrom(thePlan.logShipping.restoreJobName)), 1);
        EXPECT_EQ(count(kPrimaryInstance, QStringLiteral("msdb.dbo.sysjobs WHERE name LIKE N'LSBackup%'")),
                  1);
        EXPECT_EQ(count(kBackupInstance, QStringLiteral("msdb.dbo.sysjobs WHERE name LIKE N'LSCopy%'")), 1);
        EXPECT_EQ(count(kBackupInstance, QStringLiteral("msdb.dbo.sysjobs WHERE name LIKE N'LSRestore%'")),
                  1);
    }

    const StepFinding* finding(const LogShippingStep& step, const QString& subjectPart) const
    {
        for (const StepFinding& f : step.findings()) {
            if (f.subject.contains(subjectPart))
                return &f;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(LogShippingStepTest, WholeSetupIsVerifiedAndTheFirstLogIsShippedAndRestored)
{
    const Plan thePlan = labAfterStep4({}, 600); // 15-minute Agent schedules fire every 1.5 s
    if (HasFatalFailure())
        return;

    LogShippingStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    EXPECT_FALSE(step.isPrimaryConfigured());
    EXPECT_EQ(step.primaryRecoveryModel(), QStringLiteral("FULL"));
    EXPECT_EQ(step.primaryAgentState(), QStringLiteral("Running"));
    EXPECT_EQ(step.secondaryAgentState(), QStringLiteral("Running"));
    EXPECT_EQ(step.secondaryDatabaseState(), QStringLiteral("ONLINE"));
    for (const StepFinding& f : step.findings())
        EXPECT_TRUE(f.ok) << f.subject.toStdString() << ": " << f.value.toStdString();

    QList<int> runningSeen;
    QObject::connect(&step, &LogShippingStep::subStepsChanged, [&] {
        for (int i = 0; i < step.subSteps().size(); ++i) {
            if (step.subSteps().at(i).status == StepStatus::Running && !runningSeen.contains(i))
                runningSeen << i;
        }
    });
    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_EQ(runningSeen, (QList<int>{0, 1, 2, 3})) << "the sub-steps run in the documented order";
    ASSERT_EQ(step.subSteps().size(), 4);
    for (const LogShippingSubStep& sub : step.subSteps())
        EXPECT_EQ(sub.status, StepStatus::Done)
            << sub.title.toStdString() << ": " << sub.detail.toStdString();
    expectConfiguredOnce(thePlan);
    EXPECT_EQ(scalar(QString::fromLatin1(kBackupInstance),
                     QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("RESTORING"));
    // The findings after the run show what the verification read, not the inspection's "no".
    for (const char* side : {"log shipping primary", "log shipping secondary"}) {
        const StepFinding* row = finding(step, QLatin1String(side));
        ASSERT_NE(row, nullptr) << side;
        EXPECT_TRUE(row->value.startsWith(QLatin1String("yes,"))) << side << ": " << row->value.toStdString();
    }

    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::AlreadyDone);

    QStringList jobsDone;
    QObject::connect(&step, &LogShippingStep::firstLogProgress,
                     [&](const QString& job, StepStatus status, const QString&, qint64) {
                         if (status == StepStatus::Done)
                             jobsDone << job;
                     });
    QSignalSpy shipped(&step, &LogShippingStep::firstLogShipped);
    step.waitForFirstLogShipped(thePlan, 30000);
    ASSERT_TRUE(shipped.wait(30000));
    const QList<QVariant> result = shipped.constFirst();
    ASSERT_TRUE(result.at(0).toBool()) << result.at(2).toString().toStdString();
    const QString first = result.at(1).toString();
    EXPECT_TRUE(first.startsWith(QStringLiteral("E:\\PChatLSCopy\\mgc_"))) << first.toStdString();
    EXPECT_EQ(jobsDone, (QStringList{thePlan.logShipping.backupJobName, thePlan.logShipping.copyJobName,
                                     thePlan.logShipping.restoreJobName}));

    // The Agents go on by their schedules: the next log backup is restored too.
    QString next = lastRestored();
    QElapsedTimer clock;
    clock.start();
    while (next <= first && clock.elapsed() < 15000) {
        QTest::qWait(300);
        next = lastRestored();
    }
    EXPECT_GT(next, first);
}

TEST_F(LogShippingStepTest, SimpleRecoveryIsRefusedWith32015RemedyBeforeAnythingChanges)
{
    const Plan thePlan = labAfterStep4({}, 200);
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(
        query(QString::fromLatin1(kPrimaryInstance), QStringLiteral("ALTER DATABASE mgc SET RECOVERY SIMPLE"))
            .succeeded());
    LogShippingStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    const StepFinding* recovery = finding(step, QStringLiteral("recovery model"));
    ASSERT_NE(recovery, nullptr);
    EXPECT_FALSE(recovery->ok);
    EXPECT_TRUE(recovery->value.contains(QStringLiteral("32015"))) << recovery->value.toStdString();

    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("SIMPLE"))) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("SET RECOVERY FULL"))) << outcome.remedy.toStdString();
    EXPECT_EQ(count(kPrimaryInstance, QStringLiteral("msdb.dbo.log_shipping_primary_databases")), 0);
    EXPECT_EQ(scalar(QString::fromLatin1(kBackupInstance),
                     QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("ONLINE"))
        << "the secondary's mgc was not overwritten";
}

TEST_F(LogShippingStepTest, AgentStoppedIsAFindingAndTheRunAndTheJobStartFailWithARemedy)
{
    const Plan thePlan = labAfterStep4(
        {QStringLiteral("--fault"), QStringLiteral("agent-stopped:%1").arg(QLatin1String(kBackupInstance))},
        200);
    if (HasFatalFailure())
        return;
    LogShippingStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    const StepFinding* agent =
        finding(step, QStringLiteral("SQL Server Agent on %1").arg(QLatin1String(kBackupInstance)));
    ASSERT_NE(agent, nullptr);
    EXPECT_FALSE(agent->ok) << agent->value.toStdString();

    step.run(thePlan);
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.summary.contains(QLatin1String(kBackupInstance))) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("Start the SQL Server Agent service")))
        << outcome.remedy.toStdString();
    EXPECT_EQ(count(kPrimaryInstance, QStringLiteral("msdb.dbo.log_shipping_primary_databases")), 0);

    // Configured while Agent ran, then stopped: the copy job cannot be started.
    ASSERT_TRUE(clearFault(QStringLiteral("agent-stopped:%1").arg(QLatin1String(kBackupInstance))));
    step.run(thePlan);
    outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    ASSERT_TRUE(addFault(QStringLiteral("agent-stopped:%1").arg(QLatin1String(kBackupInstance))));
    QSignalSpy shipped(&step, &LogShippingStep::firstLogShipped);
    step.waitForFirstLogShipped(thePlan, 20000);
    ASSERT_TRUE(shipped.wait(20000));
    EXPECT_FALSE(shipped.constFirst().at(0).toBool());
    EXPECT_TRUE(shipped.constFirst().at(2).toString().contains(thePlan.logShipping.copyJobName))
        << shipped.constFirst().at(2).toString().toStdString();
    EXPECT_TRUE(shipped.constFirst().at(3).toString().contains(QStringLiteral("SQL Server Agent")))
        << shipped.constFirst().at(3).toString().toStdString();
}

TEST_F(LogShippingStepTest, CopyJobFailsOnAShareTheSecondaryAgentCannotReadWithTheHistoryMessage)
{
    const Plan thePlan = labAfterStep4({}, 200);
    if (HasFatalFailure())
        return;
    LogShippingStep step;
    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();

    ASSERT_TRUE(addFault(QStringLiteral("share-not-readable:%1").arg(QLatin1String(kAgentAccount))));
    QList<StepStatus> copyStates;
    QString copyDetail;
    QObject::connect(&step, &LogShippingStep::firstLogProgress,
                     [&](const QString& job, StepStatus status, const QString& detail, qint64) {
                         if (job == thePlan.logShipping.copyJobName) {
                             copyStates << status;
                             copyDetail = detail;
                         }
                     });
    QSignalSpy shipped(&step, &LogShippingStep::firstLogShipped);
    step.waitForFirstLogShipped(thePlan, 20000);
    ASSERT_TRUE(shipped.wait(20000));
    const QList<QVariant> result = shipped.constFirst();
    EXPECT_FALSE(result.at(0).toBool());
    const QString error = result.at(2).toString();
    const QString remedy = result.at(3).toString();
    EXPECT_TRUE(
        error.contains(QStringLiteral("Access to the path '%1' is denied.").arg(QLatin1String(kShare))))
        << error.toStdString();
    EXPECT_TRUE(remedy.contains(QLatin1String(kAgentAccount))) << remedy.toStdString();
    EXPECT_TRUE(remedy.contains(QLatin1String(kShare))) << remedy.toStdString();
    EXPECT_EQ(copyStates, (QList<StepStatus>{StepStatus::Running, StepStatus::Failed}));
    EXPECT_TRUE(copyDetail.contains(QStringLiteral("denied"))) << copyDetail.toStdString();
}

TEST_F(LogShippingStepTest, AFailureInTheMiddleIsFinishedByARerunWithoutDuplicates)
{
    const Plan thePlan = labAfterStep4({}, 200);
    if (HasFatalFailure())
        return;
    LogShippingStep step;
    // The secondary refuses new connections once the primary configuration runs.
    const QString fault = QStringLiteral("login-fails:%1").arg(QLatin1String(kBackupInstance));
    bool faulted = false;
    const QMetaObject::Connection hook = QObject::connect(&step, &LogShippingStep::subStepsChanged, [&] {
        if (!faulted && step.subSteps().value(2).status == StepStatus::Running) {
            faulted = true;
            addFault(fault);
        }
    });
    step.run(thePlan);
    StepOutcome outcome = waitFinished(step);
    QObject::disconnect(hook);
    ASSERT_TRUE(faulted);
    EXPECT_EQ(outcome.status, StepStatus::Failed) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QLatin1String(kBackupInstance))) << outcome.summary.toStdString();
    EXPECT_FALSE(outcome.remedy.isEmpty());
    EXPECT_EQ(step.subSteps().value(2).status, StepStatus::Done);
    EXPECT_EQ(step.subSteps().value(3).status, StepStatus::Failed);

    ASSERT_TRUE(clearFault(fault));
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready);
    EXPECT_TRUE(step.isPrimaryConfigured());
    EXPECT_FALSE(step.isSecondaryConfigured());

    step.run(thePlan);
    outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("Skipped: the initialization")))
        << outcome.summary.toStdString();
    EXPECT_EQ(step.subSteps().value(0).status, StepStatus::AlreadyDone);
    EXPECT_EQ(step.subSteps().value(1).status, StepStatus::AlreadyDone);
    expectConfiguredOnce(thePlan);
}
