// The failover when log shipping restored the backup mgc WITH STANDBY (read-only between log restores, as
// SSMS's "Standby mode" leaves it) instead of NORECOVERY: the lab's scenario normal-with-log-shipping with
// restoreMode STANDBY, after the disaster. Preflight accepts the secondary and says STANDBY, step 3 applies
// the remaining log backups to it (RESTORE LOG ... WITH NORECOVERY is allowed on a standby database and
// leaves it RESTORING), and step 4 recovers it straight from STANDBY as well.
#include "backend/run/procedure.h"
#include "backend/steps/applylogsstep.h"
#include "backend/steps/bringonlinestep.h"
#include "backend/steps/preflightrunner.h"
#include "shelltestlab.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pchat;

namespace {

class StandbySecondaryTest : public ShellTestLab
{
protected:
    void SetUp() override
    {
        // The built-in scenario with one change: the restore job restores WITH STANDBY.
        QFile source(QStringLiteral(PCHAT_SOURCE_DIR "/resources/scenarios/normal-with-log-shipping.json"));
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject logShipping = scenario.value(QLatin1String("logShipping")).toObject();
        logShipping.insert(QStringLiteral("restoreMode"), QStringLiteral("STANDBY"));
        scenario.insert(QStringLiteral("logShipping"), logShipping);
        const QString file = m_dir.filePath(QStringLiteral("standby-secondary.json"));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(scenario).toJson());
        out.close();
        startLab({QStringLiteral("--scenario"), file, QStringLiteral("--disaster")}, 1);
        ASSERT_EQ(mgc(QStringLiteral("is_in_standby")), QStringLiteral("1"));
    }

    Plan failoverPlan() const
    {
        Plan result = shellPlan();
        result.logShipping.copyDestinationFolder = QStringLiteral("E:\\PChatLSCopy");
        result.logShipping.backupNetworkPath = QString::fromLatin1(kShare);
        return result;
    }

    QString mgc(const QString& column) const
    {
        return scalar(QString::fromLatin1(kBackupInstance),
                      QStringLiteral("SELECT %1 FROM sys.databases WHERE name = N'mgc'").arg(column));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(StandbySecondaryTest, PreflightAcceptsTheStandbySecondaryAndSaysSo)
{
    const Plan plan = failoverPlan();
    PreflightRunner runner;
    runner.setChecks(Procedure::failover().preflightChecks());
    QSignalSpy done(&runner, &PreflightRunner::allFinished);
    runner.start(plan);
    ASSERT_TRUE(done.wait(40000) || !done.isEmpty());
    for (const PreflightResult& result : runner.results()) {
        EXPECT_EQ(result.status, PreflightResult::Pass)
            << result.id.toStdString() << ": " << result.found.toStdString();
        if (result.id == u"backup.secondary") {
            EXPECT_TRUE(result.found.contains(QStringLiteral("STANDBY"))) << result.found.toStdString();
        }
    }
}

TEST_F(StandbySecondaryTest, Step3AppliesTheLogBackupsToTheStandbyDatabase)
{
    ApplyLogsStep step;
    step.setReadFromShare(true);
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    ASSERT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    EXPECT_FALSE(step.chain().hasGap);
    ASSERT_GE(step.chain().toApply.size(), 1);
    // msdb's last restore is where a standby database's chain continues (it has no redo point).
    EXPECT_FALSE(step.lastApplied().path.isEmpty());
    const QString last = step.chain().toApply.constLast().path;

    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_EQ(step.lastApplied().path, last);
    // RESTORE LOG WITH NORECOVERY ends the standby: the database is RESTORING, ready for step 4.
    EXPECT_EQ(mgc(QStringLiteral("state_desc")), QStringLiteral("RESTORING"));
    EXPECT_EQ(mgc(QStringLiteral("is_in_standby")), QStringLiteral("0"));

    ApplyLogsStep again;
    again.setReadFromShare(true);
    again.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone) << again.outcome().summary.toStdString();
}

TEST_F(StandbySecondaryTest, Step4RecoversTheStandbyDatabase)
{
    BringOnlineStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    ASSERT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    EXPECT_TRUE(step.database().standby);
    EXPECT_FALSE(step.recoveryPoint().path.isEmpty());

    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(step.recoveryPoint().path)) << outcome.summary.toStdString();
    // Online and writable: no longer read-only between restores.
    EXPECT_EQ(mgc(QStringLiteral("state_desc")), QStringLiteral("ONLINE"));
    EXPECT_EQ(mgc(QStringLiteral("is_in_standby")), QStringLiteral("0"));
    EXPECT_EQ(mgc(QStringLiteral("is_read_only")), QStringLiteral("0"));

    BringOnlineStep again;
    again.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone) << again.outcome().summary.toStdString();
}
