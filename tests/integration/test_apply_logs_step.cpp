// Failover step 3 through the real stack against the lab after the disaster: the chain read from the copy
// folder and the share, the restores in LSN order, a re-run that is already done, the missing log backup
// (fault "log-backup-missing") as a gap with its LSN range, and a database name that reaches the server only
// as data.
#include "backend/sql/logrestoresql.h"
#include "backend/sql/lsn.h"
#include "backend/steps/applylogsstep.h"
#include "steptestlab.h"

#include <algorithm>

using namespace pchat;

namespace {

class ApplyLogsStepTest : public StepTestLab
{
protected:
    void SetUp() override
    {
        startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
        ASSERT_TRUE(control().disaster().value(QLatin1String("ok")).toBool());
    }

    Plan failoverPlan() const
    {
        Plan result = plan();
        result.logShipping.copyDestinationFolder = QStringLiteral("E:\\PChatLSCopy");
        result.logShipping.backupNetworkPath = QString::fromLatin1(kShare);
        return result;
    }

    QString redoPoint() const
    {
        return scalar(QString::fromLatin1(kBackupInstance),
                      LogRestoreSql::redoStartLsn(QStringLiteral("mgc")));
    }
};

QStringList restoresOf(const QStringList& commands)
{
    QStringList restores;
    for (const QString& command : commands) {
        if (command.startsWith(QLatin1String("RESTORE LOG")))
            restores << command;
    }
    return restores;
}

} // namespace

TEST_F(ApplyLogsStepTest, InspectPlansTheCopiedBackupsOrTheShareAsWell)
{
    ApplyLogsStep copyOnly;
    copyOnly.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(copyOnly));
    EXPECT_EQ(copyOnly.status(), StepStatus::Ready) << copyOnly.outcome().summary.toStdString();
    EXPECT_EQ(copyOnly.redoStartLsn(), redoPoint());
    EXPECT_FALSE(copyOnly.chain().hasGap);
    const qsizetype copied = copyOnly.chain().toApply.size();
    EXPECT_GE(copied, 1);

    ApplyLogsStep withShare;
    withShare.setReadFromShare(true);
    withShare.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(withShare));
    EXPECT_EQ(withShare.status(), StepStatus::Ready);
    EXPECT_GT(withShare.chain().toApply.size(), copied);
    EXPECT_FALSE(withShare.chain().duplicates.isEmpty()) << "the copied backups are on the share too";
    // In order: each backup begins where the one before ended, the first at the redo point.
    QString next = redoPoint();
    for (const LogBackupFile& file : withShare.chain().toApply) {
        EXPECT_LE(Lsn::compare(file.set.firstLsn, next), 0) << file.path.toStdString();
        next = file.set.lastLsn;
    }
    EXPECT_TRUE(withShare.chain().toApply.constFirst().path.startsWith(QLatin1String("E:\\PChatLSCopy")));
    EXPECT_TRUE(withShare.chain().toApply.constLast().path.startsWith(QLatin1String(kShare)));
    EXPECT_FALSE(withShare.lastApplied().path.isEmpty()) << "msdb records the restore job's restores";
}

TEST_F(ApplyLogsStepTest, RunRestoresEachInOrderAndARerunIsAlreadyDone)
{
    ApplyLogsStep step;
    step.setReadFromShare(true);
    QStringList commands;
    QList<int> started;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    QObject::connect(&step, &ApplyLogsStep::fileStarted,
                     [&](int index, int count, const QString&) { started << index * 100 + count; });
    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    const LogBackupFiles applied = step.applied();
    ASSERT_GE(applied.size(), 2);
    QStringList expected;
    for (const LogBackupFile& file : applied)
        expected << LogRestoreSql::restoreLog(QStringLiteral("mgc"), file.path, file.set.position, 10);
    EXPECT_EQ(restoresOf(commands), expected);
    EXPECT_EQ(started.size(), applied.size());
    EXPECT_EQ(started.constFirst(), int(applied.size()));
    EXPECT_EQ(redoPoint(), Lsn::normalized(applied.constLast().set.lastLsn));
    EXPECT_EQ(step.lastApplied(), applied.constLast());
    EXPECT_TRUE(outcome.summary.contains(applied.constLast().path));
    EXPECT_EQ(scalar(QString::fromLatin1(kBackupInstance),
                     QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("RESTORING"));

    ApplyLogsStep again;
    again.setReadFromShare(true);
    again.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone) << again.outcome().summary.toStdString();
    commands.clear();
    QObject::connect(&again, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    again.run(failoverPlan());
    EXPECT_EQ(waitFinished(again).status, StepStatus::Done);
    EXPECT_TRUE(restoresOf(commands).isEmpty());
}

TEST_F(ApplyLogsStepTest, AMissingLogBackupIsAGapWithItsRangeAndTheRunStopsBeforeIt)
{
    ASSERT_TRUE(addFault(QStringLiteral("log-backup-missing")));
    ApplyLogsStep step;
    step.setReadFromShare(true);
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    ASSERT_TRUE(step.chain().hasGap);
    EXPECT_FALSE(step.chain().afterGap.isEmpty());
    const QString from = step.chain().gapFromLsn;
    const QString to = step.chain().gapToLsn;
    EXPECT_LT(Lsn::compare(from, to), 0);
    const auto gap = std::find_if(step.findings().cbegin(), step.findings().cend(),
                                  [](const StepFinding& f) { return !f.ok; });
    ASSERT_NE(gap, step.findings().cend());
    EXPECT_TRUE(gap->value.contains(from) && gap->value.contains(to)) << gap->value.toStdString();

    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.summary.contains(from) && outcome.summary.contains(to))
        << outcome.summary.toStdString();
    EXPECT_FALSE(outcome.remedy.isEmpty());
    // What precedes the gap is restored; the database waits at its start.
    EXPECT_EQ(redoPoint(), from);

    // The backup found again (the trainer's fix): the rest follows.
    ASSERT_TRUE(clearFault(QStringLiteral("log-backup-missing")));
    step.run(failoverPlan());
    EXPECT_EQ(waitFinished(step).status, StepStatus::Done);
}

TEST_F(ApplyLogsStepTest, ADatabaseNameWithQuoteBracketAndUmlautIsOnlyData)
{
    Plan bad = failoverPlan();
    bad.mgcDatabase = QStringLiteral("mg'c]ü");
    ApplyLogsStep step;
    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.inspect(bad);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_EQ(step.outcome().error.number, 0) << step.outcome().error.text.toStdString();
    EXPECT_TRUE(step.outcome().summary.contains(bad.mgcDatabase));
    ASSERT_FALSE(commands.isEmpty());
    EXPECT_TRUE(commands.constFirst().contains(QStringLiteral("N'mg''c]ü'")));
}
