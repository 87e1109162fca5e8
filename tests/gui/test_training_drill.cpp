// Training mode's drills through the wizard, as a trainee meets them: each drill strikes on its page, the
// wizard shows the failure with its remedy, the trainee recovers (the fix in the lab, or the wizard's own
// remedy) and the step succeeds; the lab is reset from the drill panel.
// PCHAT_TRAINING_SHOTS=DIR saves what the trainee sees at the main moments, to look at the training screens.
#include "backend/training/labcontrol.h"
#include "backend/training/traininglab.h"
#include "eventually.h"
#include "labprocess.h"
#include "wizard/pages/steppage.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/training/drillcontroller.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

// A wizard in training mode against a lab of its own, with one drill chosen on the Welcome page.
class DrillRun
{
public:
    explicit DrillRun(const QString& drillKey)
    {
        m_lab.setLabProgram(QStringLiteral(PCHAT_LAB_EXE));
        m_lab.setSpeed(400);
        QSignalSpy started(&m_lab, &TrainingLab::started);
        m_lab.start();
        EXPECT_TRUE(started.wait(20000));
        FailbackWizard& wizard = m_driver.wizard();
        wizard.setTrainingMode(true);
        wizard.setPlan(m_lab.trainingPlan());
        m_welcome = qobject_cast<WelcomePage*>(wizard.page(FailbackWizard::WelcomePageId));
        m_welcome->setTrainingLab(&m_lab);
        auto* combo = m_driver.find<QComboBox>(QStringLiteral("drillCombo"));
        const int index = combo->findData(drillKey);
        EXPECT_GE(index, 1) << drillKey.toStdString();
        combo->setCurrentIndex(index);
        EXPECT_EQ(drills()->state(), DrillController::State::Armed);
        m_driver.confirmAssumptions();
    }

    WizardDriver& driver() { return m_driver; }
    FailbackWizard& wizard() { return m_driver.wizard(); }
    TrainingLab& lab() { return m_lab; }
    WelcomePage* welcome() const { return m_welcome; }
    DrillController* drills() const { return m_welcome->drillController(); }
    StepPage* stepPage() { return qobject_cast<StepPage*>(wizard().currentPage()); }

    // Waits until the drill has switched its fault on and the page has read the state.
    void waitForStrike()
    {
        PCHAT_TRY_COMPARE(drills()->state(), DrillController::State::Active, 5000);
        if (StepPage* page = stepPage())
            PCHAT_TRY_VERIFY(!page->isBusy(), 20000);
    }

    // Clicks Run, answers its question, and waits for the step to fail.
    StepOutcome runExpectingFailure()
    {
        StepPage* page = stepPage();
        auto* run = m_driver.find<QPushButton>(QStringLiteral("runButton"));
        EXPECT_TRUE(run->isEnabled());
        WizardDriver::answerNextMessageBox();
        QTest::mouseClick(run, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return !page->isBusy() && page->stepObject()->status() == StepStatus::Failed; }, 30000))
            << "status " << int(page->stepObject()->status());
        return page->stepObject()->outcome();
    }

    // The trainee clicks "Fix it in the lab" on the drill panel.
    void fixInTheLab()
    {
        auto* fix = wizard().findChild<QPushButton*>(QStringLiteral("fixDrillButton"));
        ASSERT_NE(fix, nullptr);
        ASSERT_TRUE(fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        PCHAT_TRY_COMPARE(drills()->state(), DrillController::State::Fixed, 5000);
        EXPECT_FALSE(fix->isVisible());
    }

    // After the recovery the trainee completes the failback: every step ends done (each verified on the
    // servers) and the pool is Normal.
    void finishWalk()
    {
        m_driver.walkTo(QStringLiteral("summaryPage"));
        ASSERT_FALSE(testing::Test::HasFatalFailure());
        m_driver.expectEveryStepDone();
        QJsonObject pool;
        m_lab.control(pchat::LabControl::lyncGetRequest(), &m_lab,
                      [&pool](const QJsonObject& reply) { pool = reply; });
        PCHAT_TRY_VERIFY(!pool.isEmpty(), 10000);
        EXPECT_EQ(pool.value(QLatin1String("pool")).toObject().value(QLatin1String("state")).toString(),
                  QStringLiteral("Normal"));
    }

    void shot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("PCHAT_TRAINING_SHOTS");
        if (!dir.isEmpty())
            wizard().grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private:
    TrainingLab m_lab;
    WizardDriver m_driver;
    WelcomePage* m_welcome = nullptr;
};

// Step 2's state as any client sees it: mgc's mirroring role on the backup instance.
QString mirroringOfBackupInstance(const TrainingLab& lab)
{
    return LabProcess::runTsql(lab.port(QStringLiteral("PCSQL02\\PCHAT")),
                               QStringLiteral("SELECT mirroring_role_desc FROM sys.database_mirroring WHERE "
                                              "database_id = DB_ID(N'mgc')\ngo\nexit\n"));
}

} // namespace

TEST(TrainingDrill, DatabaseInUseAtTheRestoreIsFixedInTheLabAndRetried)
{
    DrillRun run(QStringLiteral("database-in-use"));
    FailbackWizard& wizard = run.wizard();
    EXPECT_EQ(run.driver().find<QComboBox>(QStringLiteral("drillCombo"))->count(), 7)
        << "no drill and the six drills";
    EXPECT_TRUE(run.driver()
                    .find<QLabel>(QStringLiteral("drillDescription"))
                    ->text()
                    .contains(QStringLiteral("3101")));
    auto* panelTitle = wizard.findChild<QLabel*>(QStringLiteral("drillPanelTitle"));
    ASSERT_NE(panelTitle, nullptr);
    EXPECT_TRUE(panelTitle->isVisible());
    EXPECT_TRUE(panelTitle->text().contains(QStringLiteral("Database in use at the restore")));
    run.shot(QStringLiteral("welcome-drill-chosen"));

    run.driver().walkTo(QStringLiteral("restorePage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    run.waitForStrike();
    EXPECT_FALSE(run.driver().find<QCheckBox>(QStringLiteral("closeExistingConnections"))->isChecked())
        << "the drill leaves the connections open, as SSMS does";
    run.driver().retype(QStringLiteral("confirmDatabase"), wizard.plan().mgcDatabase);
    run.driver().retype(QStringLiteral("confirmInstance"), wizard.plan().primaryInstance.name);
    const StepOutcome failure = run.runExpectingFailure();
    EXPECT_EQ(failure.error.number, 3101) << failure.error.text.toStdString();
    EXPECT_TRUE(failure.remedy.contains(QStringLiteral("Close existing connections")))
        << failure.remedy.toStdString();
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled()) << "a failed restore is not done";
    run.shot(QStringLiteral("restore-drill-struck"));

    run.fixInTheLab();
    run.driver().runCurrentStep();
    EXPECT_EQ(run.stepPage()->stepObject()->status(), StepStatus::Done);
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    run.finishWalk();

    // The trainer resets the lab from the panel: mirroring (removed in step 2) is back, the drill armed
    // again.
    ASSERT_FALSE(mirroringOfBackupInstance(run.lab()).contains(QStringLiteral("PRINCIPAL")));
    QSignalSpy reset(run.welcome(), &WelcomePage::labReset);
    WizardDriver::answerNextMessageBox(true);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("drillPanelResetButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(reset.wait(30000));
    EXPECT_TRUE(mirroringOfBackupInstance(run.lab()).contains(QStringLiteral("PRINCIPAL")));
    EXPECT_EQ(run.drills()->state(), DrillController::State::Armed);
    EXPECT_TRUE(run.welcome()
                    ->findChild<QLabel*>(QStringLiteral("resetLabResult"))
                    ->text()
                    .contains(QStringLiteral("back at the scenario's start")));
}

TEST(TrainingDrill, ConnectionLostDuringTheBackupIsRetriedOnceTheNetworkIsBack)
{
    DrillRun run(QStringLiteral("backup-connection-lost"));
    run.driver().walkTo(QStringLiteral("backupPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    run.waitForStrike();
    const StepOutcome failure = run.runExpectingFailure();
    EXPECT_TRUE(failure.remedy.contains(QStringLiteral("connection"))) << failure.remedy.toStdString();
    run.fixInTheLab();
    run.driver().runCurrentStep();
    EXPECT_EQ(run.stepPage()->stepObject()->status(), StepStatus::Done);
    run.finishWalk();
}

TEST(TrainingDrill, AgentStoppedRefusesLogShippingUntilAgentIsStarted)
{
    DrillRun run(QStringLiteral("agent-stopped"));
    run.driver().walkTo(QStringLiteral("logShippingPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    run.waitForStrike();
    run.driver().retype(QStringLiteral("confirmSecondaryDatabase"), run.wizard().plan().mgcDatabase);
    run.driver().retype(QStringLiteral("confirmSecondaryInstance"), run.wizard().plan().backupInstance.name);
    const StepOutcome failure = run.runExpectingFailure();
    EXPECT_TRUE(failure.summary.contains(QStringLiteral("SQL Server Agent is not running")))
        << failure.summary.toStdString();
    EXPECT_TRUE(failure.remedy.contains(QStringLiteral("Start the SQL Server Agent service")))
        << failure.remedy.toStdString();
    run.shot(QStringLiteral("log-shipping-agent-stopped"));
    run.fixInTheLab();
    run.driver().runCurrentStep();
    EXPECT_EQ(run.stepPage()->stepObject()->status(), StepStatus::Done);
    run.finishWalk();
}

TEST(TrainingDrill, ShareAccessDeniedFailsTheCopyJobUntilTheAgentMayRead)
{
    DrillRun run(QStringLiteral("share-access-denied"));
    run.driver().walkTo(QStringLiteral("logShippingPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    run.waitForStrike();
    run.driver().retype(QStringLiteral("confirmSecondaryDatabase"), run.wizard().plan().mgcDatabase);
    run.driver().retype(QStringLiteral("confirmSecondaryInstance"), run.wizard().plan().backupInstance.name);
    run.driver().runCurrentStep(); // the configuration itself succeeds: the jobs fail later
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    auto* wait = run.driver().find<QPushButton>(QStringLiteral("waitFirstLogButton"));
    auto* result = run.driver().find<QLabel>(QStringLiteral("firstLogResult"));
    ASSERT_TRUE(wait->isEnabled());
    QTest::mouseClick(wait, Qt::LeftButton);
    PCHAT_TRY_VERIFY(!result->text().isEmpty() && wait->isEnabled(), 60000);
    EXPECT_TRUE(result->text().contains(QStringLiteral("LSCopy"))) << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(QStringLiteral("denied"), Qt::CaseInsensitive))
        << result->text().toStdString();
    run.shot(QStringLiteral("log-shipping-share-denied"));

    run.fixInTheLab();
    result->clear();
    QTest::mouseClick(wait, Qt::LeftButton);
    PCHAT_TRY_VERIFY(!result->text().isEmpty() && wait->isEnabled(), 60000);
    EXPECT_TRUE(result->text().contains(QStringLiteral(".trn"))) << result->text().toStdString();
    run.finishWalk();
}

TEST(TrainingDrill, ACmdletThatFailsIsRunAgainOnceTheStoreAnswers)
{
    DrillRun run(QStringLiteral("cmdlet-fails"));
    run.driver().walkTo(QStringLiteral("setActiveServersPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    run.waitForStrike();
    const StepOutcome failure = run.runExpectingFailure();
    const QString shown = run.driver().find<QPlainTextEdit>(QStringLiteral("stepMessages"))->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Central Management Store"))) << shown.toStdString();
    EXPECT_FALSE(failure.remedy.isEmpty());
    run.fixInTheLab();
    run.driver().runCurrentStep();
    EXPECT_EQ(run.stepPage()->stepObject()->status(), StepStatus::Done);
    run.finishWalk();
}

TEST(TrainingDrill, AWrongPasswordIsTypedAgainOnTheEnvironmentPage)
{
    DrillRun run(QStringLiteral("wrong-password"));
    const QString password = run.wizard().plan().primaryInstance.password;
    run.driver().next();
    ASSERT_EQ(run.driver().currentPageName(), QStringLiteral("environmentPage"));
    run.waitForStrike();
    EXPECT_NE(run.wizard().plan().primaryInstance.password, password) << "the drill mistyped it";
    EXPECT_EQ(run.wizard().findChild<QPushButton*>(QStringLiteral("fixDrillButton"))->isVisible(), false)
        << "nothing to fix in the lab";

    run.driver().next();
    auto* recheck = run.driver().find<QPushButton>(QStringLiteral("runChecksButton"));
    auto* summary = run.driver().find<QLabel>(QStringLiteral("preflightSummary"));
    PCHAT_TRY_VERIFY(recheck->isEnabled() && summary->text() != QStringLiteral("Checking…"), 60000);
    EXPECT_FALSE(run.driver().nextButton()->isEnabled()) << summary->text().toStdString();
    run.shot(QStringLiteral("preflight-wrong-password"));

    run.wizard().back();
    ASSERT_EQ(run.driver().currentPageName(), QStringLiteral("environmentPage"));
    run.driver().retype(QStringLiteral("primaryInstancePassword"), password);
    run.driver().next();
    // Preflight keeps its results until the operator checks again, as its summary asks.
    QTest::mouseClick(recheck, Qt::LeftButton);
    run.driver().walkTo(QStringLiteral("clearActiveServersPage"));
    EXPECT_EQ(run.driver().currentPageName(), QStringLiteral("clearActiveServersPage"));
    run.finishWalk();
}

TEST(TrainingDrill, WithoutATrainingLabTheWelcomePageShowsNothingOfTraining)
{
    WizardDriver driver;
    auto* box = driver.wizard().findChild<QWidget*>(QStringLiteral("trainingBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isVisible());
    EXPECT_EQ(driver.wizard().findChild<QWidget*>(QStringLiteral("drillPanel")), nullptr);
    driver.confirmAssumptions();
    EXPECT_TRUE(driver.nextButton()->isEnabled()) << "no lab to wait for";
}
