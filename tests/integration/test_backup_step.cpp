// Step 3 through the real stack against the lab: inspect, a backup with live progress verified in msdb and in
// the file, access denied on the share, a connection dropped at 50 % and the retry, cancel.
#include "backend/sql/backupsql.h"
#include "backend/sql/erroradvice.h"
#include "backend/steps/backupstep.h"
#include "eventually.h"
#include "steptestlab.h"

#include <QTest>

using namespace pchat;

namespace {

class BackupStepTest : public StepTestLab
{
protected:
    QString newestDevice() const
    {
        return scalar(
            QString::fromLatin1(kBackupInstance),
            QStringLiteral("SELECT TOP (1) f.physical_device_name FROM msdb.dbo.backupset AS b "
                           "INNER JOIN msdb.dbo.backupmediafamily AS f ON f.media_set_id = b.media_set_id "
                           "WHERE b.database_name = N'mgc' ORDER BY b.backup_set_id DESC"));
    }
};

} // namespace

TEST_F(BackupStepTest, InspectReadsStateSizeFileAndHistory)
{
    startLab();
    BackupStep step;
    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    EXPECT_EQ(step.databaseState(), QStringLiteral("ONLINE"));
    EXPECT_EQ(step.recoveryModel(), QStringLiteral("FULL"));
    EXPECT_GE(step.databaseSizeBytes(), qint64(6000) * 1024 * 1024);
    EXPECT_FALSE(step.backupFileExists());
    EXPECT_TRUE(step.shareFolderReachable());
    EXPECT_GE(step.findings().size(), 4);
    EXPECT_GE(commands.size(), 4) << "every read is reported for the audit trail";
}

TEST_F(BackupStepTest, BackupRunsWithLiveProgressAndIsVerifiedInMsdbAndTheFile)
{
    startLab({}, 8); // 6 GB at 150 MB/s, 8 times faster: about 5 s, long enough to watch
    const Plan thePlan = plan();
    BackupStep step;
    QStringList commands;
    QList<double> percents;
    QList<int> numbers;
    bool finished = false;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    QObject::connect(&step, &FailbackStep::progress, [&](const ProgressSample& sample) {
        if (!finished && (percents.isEmpty() || percents.constLast() != sample.percent))
            percents << sample.percent;
    });
    QObject::connect(&step, &FailbackStep::message,
                     [&](const SqlMessage& message) { numbers << message.number; });
    QObject::connect(&step, &FailbackStep::finished, [&] { finished = true; });
    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("MB/s"))) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("VERIFYONLY"))) << outcome.summary.toStdString();

    EXPECT_GE(percents.size(), 3) << "distinct percent values before the step finished";
    EXPECT_TRUE(std::is_sorted(percents.cbegin(), percents.cend()));
    EXPECT_TRUE(numbers.contains(3211)) << "the server's STATS messages reach the Messages pane";
    EXPECT_TRUE(numbers.contains(3014));
    EXPECT_TRUE(numbers.contains(3262)) << "RESTORE VERIFYONLY ran";
    EXPECT_TRUE(commands.contains(
        BackupSql::backupDatabase(QStringLiteral("mgc"), thePlan.backupFilePath(), thePlan.backup)));

    EXPECT_EQ(newestDevice(), thePlan.backupFilePath());
    EXPECT_TRUE(step.hasLatestBackup());
    EXPECT_EQ(step.latestBackupDevice(), thePlan.backupFilePath());
    EXPECT_EQ(step.latestBackup().position, 1);
}

TEST_F(BackupStepTest, AccessDeniedOnTheShareGives3201AndARemedyNamingTheShare)
{
    startLab({QStringLiteral("--fault"),
              QStringLiteral("share-not-writable:%1").arg(QLatin1String(kSqlServiceAccount))});
    BackupStep step;
    step.run(plan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_EQ(outcome.error.number, 3201) << outcome.error.text.toStdString();
    EXPECT_EQ(ErrorAdvice::operatingSystemError(outcome.error.text), 5);
    EXPECT_TRUE(outcome.remedy.contains(QLatin1String(kShare))) << outcome.remedy.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("service"))) << outcome.remedy.toStdString();
}

TEST_F(BackupStepTest, AConnectionDroppedAtHalfFailsWithTheRemedyAndARetrySucceeds)
{
    startLab({QStringLiteral("--fault"), QStringLiteral("backup-drop-at:50")}, 20);
    const Plan thePlan = plan();
    BackupStep step;
    step.run(thePlan);
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed) << outcome.summary.toStdString();
    EXPECT_TRUE(ErrorAdvice::isConnectionLost(outcome.error))
        << outcome.error.sqlState.toStdString() << " " << outcome.error.text.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("connection"))) << outcome.remedy.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("not usable"))) << outcome.summary.toStdString();
    EXPECT_NE(newestDevice(), thePlan.backupFilePath()) << "no complete backup set was recorded";

    ASSERT_TRUE(clearFault(QStringLiteral("backup-drop-at:50")));
    step.run(thePlan);
    outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_EQ(newestDevice(), thePlan.backupFilePath());
}

TEST_F(BackupStepTest, CancelInTheMiddleLeavesNoUsableBackup)
{
    startLab({}, 4);
    const Plan thePlan = plan();
    BackupStep step;
    double seen = 0;
    QObject::connect(&step, &FailbackStep::progress,
                     [&](const ProgressSample& sample) { seen = sample.percent; });
    step.run(thePlan);
    PCHAT_TRY_VERIFY(seen >= 10, 30000);
    step.cancel();
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Cancelled) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("did not complete")))
        << outcome.summary.toStdString();
    EXPECT_NE(newestDevice(), thePlan.backupFilePath());
}
