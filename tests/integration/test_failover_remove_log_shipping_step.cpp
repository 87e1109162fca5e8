// Failover step 1 through the real stack against the lab after the disaster: what log shipping knew is
// recorded, sp_delete_log_shipping_secondary_database removes the secondary and its jobs, a re-run is
// already done, and a hostile database name reaches the server only as data.
#include "backend/sql/failoversql.h"
#include "backend/steps/failoverremovelogshippingstep.h"
#include "failoverstepfixture.h"

using namespace pchat;

namespace {

class FailoverRemoveLogShippingStepTest : public FailoverStepFixture
{
protected:
    QString count(const QString& query) const { return scalar(QString::fromLatin1(kBackupInstance), query); }
};

} // namespace

TEST_F(FailoverRemoveLogShippingStepTest, InspectRecordsWhatLogShippingKnows)
{
    FailoverRemoveLogShippingStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready)
        << step.outcome().summary.toStdString() << " " << step.outcome().error.text.toStdString();
    const LogShippingRecord& record = step.record();
    ASSERT_TRUE(record.known);
    EXPECT_EQ(record.primaryServer, QLatin1String(kPrimaryInstance));
    EXPECT_EQ(record.primaryDatabase, QStringLiteral("mgc"));
    EXPECT_TRUE(record.lastCopiedFile.contains(QStringLiteral("mgc_")))
        << record.lastCopiedFile.toStdString();
    EXPECT_TRUE(record.lastRestoredFile.contains(QStringLiteral("mgc_")));
    // The disaster left copied files that were not restored yet.
    EXPECT_GT(record.lastCopiedFile.section(u'\\', -1), record.lastRestoredFile.section(u'\\', -1));
    EXPECT_TRUE(record.lastCopiedDate.isValid());
    EXPECT_TRUE(record.lastRestoredDate.isValid());
    EXPECT_EQ(record.shareFolder.compare(QLatin1String(kShare), Qt::CaseInsensitive), 0);
    EXPECT_EQ(record.copyFolder.compare(QLatin1String(kCopyFolder), Qt::CaseInsensitive), 0);
    EXPECT_EQ(record.jobNames.size(), 2) << record.jobNames.join(u',').toStdString();
    EXPECT_TRUE(std::all_of(step.findings().cbegin(), step.findings().cend(),
                            [](const StepFinding& finding) { return finding.ok; }));
}

TEST_F(FailoverRemoveLogShippingStepTest, RunRemovesTheSecondaryAndItsJobsAndKeepsTheRecord)
{
    FailoverRemoveLogShippingStep step;
    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    const LogShippingRecord before = step.record();
    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << outcome.error.text.toStdString();
    EXPECT_TRUE(commands.contains(FailoverSql::removeLogShipping(QStringLiteral("mgc"))));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.log_shipping_monitor_secondary")), u"0");
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary")), u"0");
    for (const QString& job : before.jobNames)
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE name = N'%1'").arg(job)),
                  u"0");
    EXPECT_EQ(count(QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = N'mgc'")),
              u"RESTORING");
    // msdb has forgotten; the step has not.
    EXPECT_FALSE(step.configured());
    EXPECT_EQ(step.record().lastCopiedFile, before.lastCopiedFile);
    EXPECT_EQ(step.record().lastRestoredFile, before.lastRestoredFile);
    const bool findingKept =
        std::any_of(step.findings().cbegin(), step.findings().cend(), [&](const StepFinding& f) {
            return f.value.contains(before.lastRestoredFile) &&
                   f.subject.contains(QStringLiteral("before the removal"));
        });
    EXPECT_TRUE(findingKept);
}

TEST_F(FailoverRemoveLogShippingStepTest, ASecondRunIsAlreadyDoneAndSendsNoDelete)
{
    {
        FailoverRemoveLogShippingStep first;
        first.run(failoverPlan());
        ASSERT_EQ(waitFinished(first).status, StepStatus::Done);
    }
    FailoverRemoveLogShippingStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::AlreadyDone);
    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.run(failoverPlan());
    EXPECT_EQ(waitFinished(step).status, StepStatus::AlreadyDone);
    EXPECT_FALSE(commands.join(u'\n').contains(QStringLiteral("sp_delete_log_shipping")));
    step.verify(failoverPlan());
    EXPECT_EQ(waitFinished(step).status, StepStatus::Done);
}

TEST_F(FailoverRemoveLogShippingStepTest, VerifyBeforeTheRunFails)
{
    FailoverRemoveLogShippingStep step;
    step.verify(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_FALSE(outcome.remedy.isEmpty());
}

TEST_F(FailoverRemoveLogShippingStepTest, AHostileDatabaseNameIsOnlyData)
{
    Plan thePlan = failoverPlan();
    thePlan.mgcDatabase = QStringLiteral("mg'c]; DROP TABLE x; --ü");
    FailoverRemoveLogShippingStep step;
    QStringList commands;
    QObject::connect(&step, &FailbackStep::commandStarted,
                     [&](const QString&, const QString& text) { commands << text; });
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    // msdb lists no secondary of that name: nothing to remove, and the real mgc's log shipping is untouched.
    EXPECT_EQ(step.status(), StepStatus::AlreadyDone) << step.outcome().summary.toStdString();
    EXPECT_TRUE(commands.join(u'\n').contains(QStringLiteral("N'mg''c]; DROP TABLE x; --ü'")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.log_shipping_monitor_secondary")), u"1");
    // The removal itself with that name: the server answers 32014 for it, as data.
    const BatchResult removal =
        query(QString::fromLatin1(kBackupInstance), FailoverSql::removeLogShipping(thePlan.mgcDatabase));
    EXPECT_TRUE(removal.hasError(32014));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.log_shipping_monitor_secondary")), u"1");
}

TEST_F(FailoverRemoveLogShippingStepTest, TheBackupInstanceUnreachableFailsWithARemedy)
{
    Plan thePlan = failoverPlan();
    thePlan.backupInstance.address = QStringLiteral("127.0.0.1,1");
    FailoverRemoveLogShippingStep step;
    step.inspect(thePlan);
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_FALSE(step.outcome().remedy.isEmpty());
}
