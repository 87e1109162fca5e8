// Failover step 2 through the real stack against the lab after the disaster: the log backups on the share
// that the copy folder lacks, the two choices (the operator copies, or step 3 reads the share), the share
// unreadable for the service account with SQL Server's error, and a hostile database name as data.
#include "backend/steps/failovercopybackupsstep.h"
#include "backend/steps/logbackupnames.h"
#include "failoverstepfixture.h"

#include <QTest>

using namespace pchat;

namespace {

class FailoverCopyBackupsStepTest : public FailoverStepFixture
{
protected:
    // Inspects as the page does on arrival, then runs with the operator's choice.
    StepOutcome inspectAndRun(FailoverCopyBackupsStep& step, LogBackupSource source) const
    {
        step.inspect(failoverPlan());
        EXPECT_TRUE(waitInspected(step));
        step.setSource(source);
        step.run(failoverPlan());
        return waitFinished(step);
    }

    // The log backups on the share that the copy folder lacks, as the test reads the lab.
    QStringList uncopiedNow() const
    {
        return LogBackupNames::uncopied(QStringLiteral("mgc"), files(QString::fromLatin1(kShare)),
                                        files(QString::fromLatin1(kCopyFolder)));
    }
};

} // namespace

TEST_F(FailoverCopyBackupsStepTest, InspectListsTheUncopiedLogBackupsWithSizes)
{
    FailoverCopyBackupsStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    const QStringList expected = uncopiedNow();
    ASSERT_EQ(expected.size(), 2) << "the disaster leaves two log backups on the share only";
    ASSERT_EQ(step.uncopied().size(), 2);
    for (int i = 0; i < 2; ++i) {
        const FailoverCopyBackupsStep::File& file = step.uncopied().at(i);
        EXPECT_EQ(file.name, expected.at(i));
        EXPECT_TRUE(file.backupTime.isValid());
        EXPECT_GT(file.sizeBytes, 0);
        EXPECT_TRUE(file.finished.isValid());
    }
    EXPECT_LT(step.uncopied().at(0).backupTime, step.uncopied().at(1).backupTime);
    EXPECT_FALSE(step.copied().isEmpty());
    EXPECT_EQ(step.source(), LogBackupSource::NotChosen);
}

TEST_F(FailoverCopyBackupsStepTest, RestoreFromTheShareIsRecordedForStep3)
{
    FailoverCopyBackupsStep step;
    const StepOutcome outcome = inspectAndRun(step, LogBackupSource::Share);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QLatin1String(kShare))) << outcome.summary.toStdString();
    const QStringList paths = step.uncopiedPaths();
    ASSERT_EQ(paths.size(), 2);
    EXPECT_TRUE(paths.at(0).startsWith(QLatin1String(kShare))) << paths.at(0).toStdString();
    const bool recorded =
        std::any_of(step.findings().cbegin(), step.findings().cend(), [](const StepFinding& f) {
            return f.subject.contains(QStringLiteral("Step 3")) && f.value.contains(QLatin1String(kShare));
        });
    EXPECT_TRUE(recorded);
    // Nothing was copied.
    EXPECT_EQ(uncopiedNow().size(), 2);
}

TEST_F(FailoverCopyBackupsStepTest, TheOperatorsCopyIsCheckedByVerify)
{
    FailoverCopyBackupsStep step;
    // Not copied yet: Run (and Verify) say what is missing and how to copy it.
    StepOutcome outcome = inspectAndRun(step, LogBackupSource::CopyFolder);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("robocopy"))) << outcome.remedy.toStdString();
    EXPECT_EQ(step.uncopied().size(), 2);

    // The copy job, started by hand, does what robocopy would: the files reach the copy folder.
    const BatchResult started =
        query(QString::fromLatin1(kBackupInstance),
              QStringLiteral("EXEC msdb.dbo.sp_start_job @job_name = N'LSCopy_PCSQL01_mgc'"));
    ASSERT_TRUE(started.succeeded()) << started.firstError().text.toStdString();
    for (int i = 0; i < 100 && !uncopiedNow().isEmpty(); ++i)
        QTest::qWait(100);
    ASSERT_TRUE(uncopiedNow().isEmpty());
    step.verify(failoverPlan());
    outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_EQ(step.uncopiedPaths().size(), 2);
    EXPECT_TRUE(step.uncopiedPaths().at(0).startsWith(QLatin1String(kCopyFolder)));

    // A new step finds nothing to copy.
    FailoverCopyBackupsStep again;
    again.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone);
}

TEST_F(FailoverCopyBackupsStepTest, AnUnreadableShareGivesSqlServersErrorAndTheRemedy)
{
    ASSERT_TRUE(addFault(QStringLiteral("share-not-readable:%1").arg(QLatin1String(kSqlServiceAccount))));
    FailoverCopyBackupsStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_EQ(step.outcome().error.number, 3201) << step.outcome().error.text.toStdString();
    EXPECT_TRUE(step.outcome().error.text.contains(QStringLiteral("Access is denied")));
    EXPECT_TRUE(step.outcome().remedy.contains(QStringLiteral("Read")))
        << step.outcome().remedy.toStdString();
    EXPECT_TRUE(step.outcome().remedy.contains(QLatin1String(kShare)));
    // The remedy names the accounts, as sys.dm_server_services gives them.
    EXPECT_TRUE(step.outcome().remedy.contains(QLatin1String(kSqlServiceAccount)))
        << step.outcome().remedy.toStdString();
    EXPECT_TRUE(step.outcome().remedy.contains(QStringLiteral("svc-pchat-agent")));

    step.setSource(LogBackupSource::Share);
    step.run(failoverPlan());
    EXPECT_EQ(waitFinished(step).status, StepStatus::Failed);

    ASSERT_TRUE(clearFault(QStringLiteral("share-not-readable:%1").arg(QLatin1String(kSqlServiceAccount))));
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready);
}

TEST_F(FailoverCopyBackupsStepTest, AHostileDatabaseNameFindsNothingAndReachesTheServerAsData)
{
    Plan thePlan = failoverPlan();
    thePlan.mgcDatabase = QStringLiteral("mg'c]ü");
    thePlan.logShipping.copyDestinationFolder = QStringLiteral("E:\\Copy'] --");
    FailoverCopyBackupsStep step;
    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_TRUE(commands.join(u'\n').contains(QStringLiteral("N'E:\\Copy''] --'")))
        << commands.join(u'\n').toStdString();
    // The share lists no log backups of that name, and it is readable: nothing to copy.
    EXPECT_EQ(step.status(), StepStatus::AlreadyDone) << step.outcome().summary.toStdString();
    EXPECT_TRUE(step.uncopied().isEmpty());
}
