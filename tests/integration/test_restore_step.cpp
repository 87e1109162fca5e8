// Step 4 through the real stack against the lab: Specify Backup's reads, the restore with live progress
// verified in the lab, a database in use (3101) with and without "Close existing connections", a mirrored
// target (3104), access denied on the share (3201), cancel in the middle and a dropped connection (the
// database left RESTORING).
#include "backend/sql/erroradvice.h"
#include "backend/sql/restoresql.h"
#include "backend/sql/sqlsession.h"
#include "backend/steps/restorestep.h"
#include "eventually.h"
#include "steptestlab.h"

#include <QSignalSpy>
#include <QTest>

using namespace pchat;

namespace {

class RestoreStepTest : public StepTestLab
{
protected:
    // A lab with step 3's file on the share.
    void startWithBackup(const QStringList& args = {}, int speed = 40)
    {
        startLab(args, speed);
        prepareBackupFile(plan());
    }

    QString primaryState() const
    {
        return scalar(QString::fromLatin1(kPrimaryInstance),
                      QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'"));
    }
    int restoreCount() const
    {
        return scalar(QString::fromLatin1(kPrimaryInstance),
                      QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.restorehistory WHERE "
                                     "destination_database_name = N'mgc'"))
            .toInt();
    }
};

} // namespace

TEST_F(RestoreStepTest, InspectListsBackupSetsFilesDefaultFoldersAndSessions)
{
    startWithBackup();
    RestoreStep step;
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready)
        << step.outcome().summary.toStdString() << " / " << step.outcome().error.text.toStdString();
    ASSERT_EQ(step.backupSets().size(), 1);
    const BackupSetInfo& set = step.backupSets().constFirst();
    EXPECT_EQ(set.position, 1);
    EXPECT_EQ(set.type, 1);
    EXPECT_EQ(set.databaseName, QStringLiteral("mgc"));
    EXPECT_EQ(set.serverName, QLatin1String(kBackupInstance));
    EXPECT_EQ(set.name, plan().backup.backupSetName);
    EXPECT_TRUE(set.finishDate.isValid());
    EXPECT_GT(set.sizeBytes, 0);
    EXPECT_FALSE(set.firstLsn.isEmpty());
    EXPECT_EQ(step.selectedPosition(), 1);

    ASSERT_EQ(step.backupFiles().size(), 2);
    EXPECT_TRUE(std::any_of(step.backupFiles().cbegin(), step.backupFiles().cend(),
                            [](const BackupFileInfo& file) { return file.type == QLatin1Char('D'); }));
    EXPECT_TRUE(std::any_of(step.backupFiles().cbegin(), step.backupFiles().cend(),
                            [](const BackupFileInfo& file) { return file.isLog(); }));
    EXPECT_FALSE(step.defaultDataPath().isEmpty());
    EXPECT_FALSE(step.defaultLogPath().isEmpty());
    const QList<FileRelocation> relocations = step.suggestedRelocations();
    ASSERT_EQ(relocations.size(), 2);
    for (const FileRelocation& relocation : relocations)
        EXPECT_TRUE(relocation.physicalName.startsWith(step.defaultDataPath()) ||
                    relocation.physicalName.startsWith(step.defaultLogPath()))
            << relocation.physicalName.toStdString();

    EXPECT_TRUE(step.targetExists());
    EXPECT_EQ(step.targetState(), QStringLiteral("ONLINE"));
    EXPECT_FALSE(step.targetMirrored());
    EXPECT_EQ(step.otherSessionCount(), 0);
}

TEST_F(RestoreStepTest, RestoreBringsThePrimaryOnlineWithLiveProgressAndRecordsIt)
{
    startWithBackup({}, 40);
    ASSERT_TRUE(setSpeed(8)); // about 5 s for the restore: long enough to watch
    const Plan thePlan = plan();
    const int before = restoreCount();
    RestoreStep step;
    QStringList commands;
    QList<double> percents;
    bool finished = false;
    QObject::connect(&step, &FailbackStep::commandStarted, [&](const QString& target, const QString& text) {
        EXPECT_EQ(target, QLatin1String(kPrimaryInstance));
        commands << text;
    });
    QObject::connect(&step, &FailbackStep::progress, [&](const ProgressSample& sample) {
        if (!finished && (percents.isEmpty() || percents.constLast() != sample.percent))
            percents << sample.percent;
    });
    QObject::connect(&step, &FailbackStep::finished, [&] { finished = true; });
    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_GE(percents.size(), 3) << "distinct percent values before the step finished";
    for (const QString& batch : RestoreSql::restoreBatches(QStringLiteral("mgc"), thePlan.backupFilePath(),
                                                           thePlan.restore, RecoveryState::Recovery))
        EXPECT_TRUE(commands.contains(batch)) << batch.toStdString();
    EXPECT_EQ(primaryState(), QStringLiteral("ONLINE"));
    EXPECT_EQ(restoreCount(), before + 1);
    EXPECT_EQ(scalar(QString::fromLatin1(kPrimaryInstance),
                     QStringLiteral("SELECT user_access_desc FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("MULTI_USER"));
}

TEST_F(RestoreStepTest, ADatabaseInUseFailsWith3101UnlessExistingConnectionsAreClosed)
{
    startWithBackup();
    // Another session keeps the primary's mgc open, as a Persistent Chat server would.
    SqlSession holder(instance(QString::fromLatin1(kPrimaryInstance)));
    QSignalSpy opened(&holder, &SqlSession::opened);
    holder.open(QStringLiteral("mgc"));
    ASSERT_TRUE(opened.wait(10000));

    Plan thePlan = plan();
    thePlan.restore.closeExistingConnections = false;
    RestoreStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.otherSessionCount(), 1);
    EXPECT_EQ(step.otherSessions().constFirst().sessionId, holder.serverProcessId());
    EXPECT_FALSE(step.findings().constLast().ok) << "the sessions stand in the way";

    step.run(thePlan);
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_EQ(outcome.error.number, 3101) << outcome.error.text.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("Close existing connections")))
        << outcome.remedy.toStdString();
    EXPECT_EQ(primaryState(), QStringLiteral("ONLINE"));

    thePlan.restore.closeExistingConnections = true;
    step.run(thePlan);
    outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_EQ(primaryState(), QStringLiteral("ONLINE"));
}

TEST_F(RestoreStepTest, AMirroredTargetFailsWith3104AndPointsToStep2)
{
    startWithBackup();
    // Restore onto the backup instance's own mgc, which is still mirrored.
    Plan thePlan = plan();
    thePlan.primaryInstance = instance(QString::fromLatin1(kBackupInstance));
    thePlan.restore.closeExistingConnections = false;
    RestoreStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_TRUE(step.targetMirrored());

    step.run(thePlan);
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_EQ(outcome.error.number, 3104) << outcome.error.text.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("step 2"))) << outcome.remedy.toStdString();
}

TEST_F(RestoreStepTest, AccessDeniedToThePrimarysServiceAccountGives3201NamingTheShare)
{
    startWithBackup();
    ASSERT_TRUE(addFault(QStringLiteral("share-not-readable:%1").arg(QLatin1String(kSqlServiceAccount))));
    RestoreStep step;
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_EQ(step.outcome().error.number, 3201) << step.outcome().error.text.toStdString();
    EXPECT_TRUE(step.outcome().remedy.contains(QLatin1String(kShare))) << step.outcome().remedy.toStdString();

    step.run(plan());
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_EQ(outcome.error.number, 3201);
    EXPECT_EQ(ErrorAdvice::operatingSystemError(outcome.error.text), 5);
    EXPECT_TRUE(outcome.remedy.contains(QLatin1String(kShare))) << outcome.remedy.toStdString();

    // Once the share is readable again, a retry works.
    ASSERT_TRUE(clearFault(QStringLiteral("share-not-readable:%1").arg(QLatin1String(kSqlServiceAccount))));
    step.run(plan());
    outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
}

TEST_F(RestoreStepTest, CancelInTheMiddleLeavesTheDatabaseRestoringAndSaysSo)
{
    startWithBackup({}, 40);
    ASSERT_TRUE(setSpeed(4));
    RestoreStep step;
    double seen = 0;
    QObject::connect(&step, &FailbackStep::progress,
                     [&](const ProgressSample& sample) { seen = sample.percent; });
    step.run(plan());
    PCHAT_TRY_VERIFY(seen >= 10, 30000);
    step.cancel();
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Cancelled) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("RESTORING"))) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("did not complete")))
        << outcome.summary.toStdString();
    EXPECT_EQ(step.targetState(), QStringLiteral("RESTORING"));
    EXPECT_EQ(primaryState(), QStringLiteral("RESTORING"));
}

TEST_F(RestoreStepTest, ADroppedConnectionIsNeverDoneAndARetryAfterTheFaultSucceeds)
{
    startWithBackup({QStringLiteral("--fault"), QStringLiteral("restore-drop-at:50")}, 20);
    RestoreStep step;
    step.run(plan());
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed) << outcome.summary.toStdString();
    EXPECT_TRUE(ErrorAdvice::isConnectionLost(outcome.error)) << outcome.error.text.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("RESTORING"))) << outcome.summary.toStdString();
    EXPECT_EQ(primaryState(), QStringLiteral("RESTORING"));

    ASSERT_TRUE(clearFault(QStringLiteral("restore-drop-at:50")));
    step.run(plan());
    outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << " / " << outcome.error.text.toStdString();
    EXPECT_EQ(primaryState(), QStringLiteral("ONLINE"));
}

TEST_F(RestoreStepTest, AMissingBackupFileFailsTheInspectionWithPathNotFound)
{
    startLab();
    RestoreStep step;
    step.inspect(plan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_EQ(step.outcome().error.number, 3201) << step.outcome().error.text.toStdString();
    EXPECT_EQ(ErrorAdvice::operatingSystemError(step.outcome().error.text), 2);
}
