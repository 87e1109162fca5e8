// Each failover drill in a training wizard, to recovery: the trainer strikes the disaster, the drill's fault
// fires on its page, the page shows the error with its remedy, the trainee follows the drill's recovery
// (the fix in the lab, the wizard's own remedy) and the step runs and verifies; the failover then ends.
#include "failovertraining.h"
#include "wizard/pages/steppage.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/training/drillcontroller.h"

#include <gtest/gtest.h>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace pchat;

namespace {

// The trainer strikes the disaster, the trainee chooses the drill and walks to its page.
void walkToTheDrill(FailoverTraining& training, const QString& drill, const QString& page)
{
    training.pressTrainerButton(QStringLiteral("disasterButton"), true);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.chooseDrill(drill);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.driver().confirmAssumptions();
    training.driver().walkTo(page);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.waitForStrikeAndRecheck();
}

QString outcomeText(FailoverTraining& training)
{
    auto* label = training.stepPage()->findChild<QLabel*>(QStringLiteral("stepOutcome"));
    return label ? label->text() : QString();
}

} // namespace

TEST(FailoverTrainingDrill, ShareNotReadableIsListedAgainOnceTheServiceAccountMayRead)
{
    FailoverTraining training;
    walkToTheDrill(training, QStringLiteral("failover-share-not-readable"),
                   QStringLiteral("failoverCopyBackupsPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const FailbackStep* step = training.stepPage()->stepObject();
    ASSERT_EQ(step->status(), StepStatus::Failed) << step->outcome().summary.toStdString();
    EXPECT_EQ(step->outcome().error.number, 3201) << step->outcome().error.text.toStdString();
    EXPECT_FALSE(step->outcome().remedy.isEmpty());
    EXPECT_TRUE(outcomeText(training).contains(step->outcome().remedy))
        << outcomeText(training).toStdString();
    EXPECT_FALSE(training.driver().nextButton()->isEnabled());
    training.shot(QStringLiteral("failover-drill-share-not-readable"));

    // The drill's recovery: read access granted (fix it in the lab), then Re-check lists the backups again.
    training.fixInTheLab();
    training.recheck();
    EXPECT_EQ(step->status(), StepStatus::Ready) << step->outcome().summary.toStdString();
    EXPECT_GE(training.stepPage()->findChild<QTableWidget*>(QStringLiteral("uncopiedTable"))->rowCount(), 1);
    training.finishFailover();
}

TEST(FailoverTrainingDrill, AMissingLogBackupShowsTheGapUntilItIsBackOnTheShare)
{
    FailoverTraining training;
    walkToTheDrill(training, QStringLiteral("log-backup-missing"), QStringLiteral("applyLogsPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const FailbackStep* step = training.stepPage()->stepObject();
    auto* gap = training.stepPage()->findChild<QLabel*>(QStringLiteral("gapLabel"));
    ASSERT_NE(gap, nullptr);
    EXPECT_TRUE(gap->isVisible());
    EXPECT_FALSE(gap->text().isEmpty());
    // What precedes the gap is restored; the step then stops at the gap with the missing range and the
    // remedy.
    if (step->status() == StepStatus::Ready) {
        const StepOutcome failure = training.runExpectingFailure();
        EXPECT_TRUE(failure.summary.contains(QStringLiteral("LSN"))) << failure.summary.toStdString();
    }
    ASSERT_EQ(step->status(), StepStatus::Failed) << step->outcome().summary.toStdString();
    EXPECT_FALSE(step->outcome().remedy.isEmpty());
    EXPECT_TRUE(outcomeText(training).contains(step->outcome().remedy))
        << outcomeText(training).toStdString();
    training.shot(QStringLiteral("failover-drill-log-backup-missing"));

    // The missing backup is found and put back on the share (fix it in the lab); the page reads the chain
    // again and restores the rest.
    training.fixInTheLab();
    training.recheck();
    EXPECT_EQ(step->status(), StepStatus::Ready) << step->outcome().summary.toStdString();
    training.finishFailover();
}

TEST(FailoverTrainingDrill, ASessionInTheBackupMgcIsEndedWithKillBeforeTheRecovery)
{
    FailoverTraining training;
    walkToTheDrill(training, QStringLiteral("session-holds-backup-mgc"), QStringLiteral("bringOnlinePage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    StepPage* page = training.stepPage();
    auto* sessions = page->findChild<QTableWidget*>(QStringLiteral("sessionsTable"));
    ASSERT_NE(sessions, nullptr);
    EXPECT_TRUE(sessions->isVisible());
    ASSERT_GE(sessions->rowCount(), 1);
    // Typed, but the session is not confirmed to be ended: Run waits and says why.
    training.driver().retype(QStringLiteral("confirmOnlineDatabase"), training.wizard().plan().mgcDatabase);
    training.driver().retype(QStringLiteral("confirmOnlineInstance"),
                             training.wizard().plan().backupInstance.name);
    auto* run = page->findChild<QPushButton*>(QStringLiteral("runButton"));
    EXPECT_FALSE(run->isEnabled());
    training.shot(QStringLiteral("failover-drill-session-holds-mgc"));

    // The drill's recovery in the wizard: confirm ending the session, run; KILL ends it before the recovery.
    auto* endSessions = page->findChild<QCheckBox*>(QStringLiteral("endSessions"));
    QTest::mouseClick(endSessions, Qt::LeftButton, {}, QPoint(5, endSessions->height() / 2));
    training.driver().runCurrentStep();
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    EXPECT_EQ(page->stepObject()->status(), StepStatus::Done);
    training.finishFailover();
}

TEST(FailoverTrainingDrill, TheMirrorInstallIsRunAgainOnceTheMirrorAnswers)
{
    FailoverTraining training;
    walkToTheDrill(training, QStringLiteral("mirror-install-fails"),
                   QStringLiteral("failoverInstallMirrorPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const StepOutcome failure = training.runExpectingFailure();
    EXPECT_FALSE(failure.remedy.isEmpty());
    EXPECT_TRUE(outcomeText(training).contains(failure.remedy)) << outcomeText(training).toStdString();
    EXPECT_FALSE(training.driver().nextButton()->isEnabled());
    training.shot(QStringLiteral("failover-drill-mirror-install-fails"));

    training.fixInTheLab();
    training.driver().runCurrentStep();
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    EXPECT_EQ(training.stepPage()->stepObject()->status(), StepStatus::Done);
    training.finishFailover();
}
