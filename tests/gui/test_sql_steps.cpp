// Steps 2 to 4 and Test connection through the pages, against the lab: what the operator sees while a step
// runs, when it is cancelled, and when the server refuses.
#include "eventually.h"
#include "labprocess.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

bool setLabSpeed(double speed)
{
    return WizardDriver::lab().control().setSpeed(speed);
}

bool labFault(const char* command, const QString& name)
{
    return WizardDriver::lab().control().sendOk(qstrcmp(command, "fault-clear") == 0
                                                    ? pchat::LabControl::faultClearRequest(name)
                                                    : pchat::LabControl::faultAddRequest(name));
}

} // namespace

TEST(SqlSteps, TestConnectionShowsTheServerTheLoginAndTheServiceAccounts)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    auto* result = driver.find<QLabel>(QStringLiteral("backupInstanceTestResult"));
    ASSERT_NE(result, nullptr);
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("backupInstanceTestConnection")),
                      Qt::LeftButton);
    PCHAT_TRY_VERIFY(result->text().contains(QStringLiteral("sysadmin")), 15000);
    EXPECT_TRUE(result->text().contains(QStringLiteral("PCSQL02\\PCHAT"))) << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(QStringLiteral("CONTOSO\\svc-pchat-agent")))
        << result->text().toStdString();
}

TEST(SqlSteps, TestConnectionWithAWrongPasswordSaysLoginFailedWithARemedy)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    const QString wrong = QStringLiteral("wrong'pw;x");
    driver.retype(QStringLiteral("primaryInstancePassword"), wrong);
    auto* result = driver.find<QLabel>(QStringLiteral("primaryInstanceTestResult"));
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("primaryInstanceTestConnection")),
                      Qt::LeftButton);
    PCHAT_TRY_VERIFY(result->text().contains(QStringLiteral("18456")), 15000);
    EXPECT_TRUE(result->text().contains(QStringLiteral("What to do"))) << result->text().toStdString();
    EXPECT_FALSE(result->text().contains(wrong));
}

TEST(SqlSteps, BackupShowsLiveProgressTheServersMessagesAndTheVerifiedOutcome)
{
    WizardDriver driver;
    StepPage* page = driver.openStepPage(QStringLiteral("backupPage"));
    ASSERT_NE(page, nullptr);
    auto* bar = driver.find<QProgressBar>(QStringLiteral("stepProgress"));
    ASSERT_NE(bar, nullptr);
    QSet<int> seen;
    bool finished = false;
    QObject::connect(bar, &QProgressBar::valueChanged, [&](int value) {
        if (!finished && value > 0 && value < bar->maximum())
            seen.insert(value);
    });
    QObject::connect(page->stepObject(), &FailbackStep::finished, [&] { finished = true; });
    // Slow enough for several polls of sys.dm_exec_requests (one every 200 ms) while the backup runs.
    ASSERT_TRUE(setLabSpeed(12));
    driver.runCurrentStep();
    setLabSpeed(400);
    EXPECT_GE(seen.size(), 3) << "distinct progress values shown on the page before the backup ended";
    const QString messages = driver.find<QPlainTextEdit>(QStringLiteral("stepMessages"))->toPlainText();
    EXPECT_TRUE(messages.contains(QStringLiteral("BACKUP DATABASE [mgc] TO DISK"))) << "the statement sent";
    EXPECT_TRUE(messages.contains(QStringLiteral("BACKUP DATABASE successfully processed")))
        << "the server's message";
    EXPECT_FALSE(driver.find<QLabel>(QStringLiteral("stepOutcome"))->text().isEmpty());
    EXPECT_TRUE(driver.nextButton()->isEnabled());
}

TEST(SqlSteps, CancelledRestoreIsNeverDoneAndRetryCompletesIt)
{
    WizardDriver driver;
    StepPage* page = driver.openStepPage(QStringLiteral("restorePage"));
    ASSERT_NE(page, nullptr);
    driver.retype(QStringLiteral("confirmDatabase"), driver.wizard().plan().mgcDatabase);
    driver.retype(QStringLiteral("confirmInstance"), driver.wizard().plan().primaryInstance.name);
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    ASSERT_TRUE(run->isEnabled());

    ASSERT_TRUE(setLabSpeed(4));
    QTest::mouseClick(run, Qt::LeftButton);
    auto* bar = driver.find<QProgressBar>(QStringLiteral("stepProgress"));
    PCHAT_TRY_VERIFY(bar->value() > 0, 20000);
    WizardDriver::answerNextMessageBox();
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("cancelButton")), Qt::LeftButton);
    PCHAT_TRY_VERIFY(!page->isBusy(), 30000);
    EXPECT_EQ(page->stepObject()->status(), StepStatus::Cancelled);
    EXPECT_TRUE(
        driver.find<QLabel>(QStringLiteral("stepOutcome"))->text().contains(QStringLiteral("RESTORING")))
        << driver.find<QLabel>(QStringLiteral("stepOutcome"))->text().toStdString();
    EXPECT_FALSE(driver.wizard().button(QWizard::CommitButton)->isEnabled())
        << "a cancelled restore is not done";
    EXPECT_EQ(run->text(), QStringLiteral("Retry"));

    setLabSpeed(400);
    driver.runCurrentStep();
    EXPECT_EQ(page->stepObject()->status(), StepStatus::Done);
    EXPECT_TRUE(driver.wizard().button(QWizard::CommitButton)->isEnabled());
}

TEST(SqlSteps, ShareAccessDeniedShowsTheServersErrorWithARemedyAndReCheckRecovers)
{
    WizardDriver driver;
    StepPage* page = driver.openStepPage(QStringLiteral("backupPage"));
    ASSERT_NE(page, nullptr);
    // The backup's share refuses the backup instance's SQL Server service account.
    const QString fault = QStringLiteral("share-not-writable:CONTOSO\\svc-pchat-sql");
    ASSERT_TRUE(labFault("fault-add", fault));
    WizardDriver::answerNextMessageBox();
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("runButton")), Qt::LeftButton);
    PCHAT_TRY_VERIFY(page->stepObject()->status() == StepStatus::Failed, 30000);
    const QString outcome = driver.find<QLabel>(QStringLiteral("stepOutcome"))->text();
    EXPECT_TRUE(outcome.contains(QStringLiteral("\\\\FS01\\PChatLogShip"))) << outcome.toStdString();
    EXPECT_TRUE(outcome.contains(QStringLiteral("What to do"))) << outcome.toStdString();
    EXPECT_TRUE(driver.find<QPlainTextEdit>(QStringLiteral("stepMessages"))
                    ->toPlainText()
                    .contains(QStringLiteral("3201")));
    EXPECT_FALSE(driver.nextButton()->isEnabled());

    ASSERT_TRUE(labFault("fault-clear", fault));
    driver.runCurrentStep();
    EXPECT_EQ(page->stepObject()->status(), StepStatus::Done);
}
