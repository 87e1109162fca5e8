// Preflight blocks the failback on a failed check until the cause is cleared and Re-check passes; step 5 runs
// from its page (in German) and ships the first log; step 1 shows what Preflight found.
#include "eventually.h"
#include "labprocess.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

bool labFault(const char* command, const QString& name)
{
    return WizardDriver::lab().control().sendOk(qstrcmp(command, "fault-clear") == 0
                                                    ? pchat::LabControl::faultClearRequest(name)
                                                    : pchat::LabControl::faultAddRequest(name));
}

} // namespace

TEST(Preflight, AFailedCheckBlocksNextUntilTheFaultIsClearedAndReCheckPasses)
{
    const QString fault = QStringLiteral("agent-stopped");
    WizardDriver driver; // resets the lab: the fault comes after it
    ASSERT_TRUE(labFault("fault-add", fault));
    driver.confirmAssumptions();
    driver.next();
    driver.next();
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("preflightPage"));
    auto* recheck = driver.find<QPushButton>(QStringLiteral("runChecksButton"));
    auto* summary = driver.find<QLabel>(QStringLiteral("preflightSummary"));
    PCHAT_TRY_VERIFY(recheck->isEnabled(), 60000);
    EXPECT_FALSE(driver.nextButton()->isEnabled()) << summary->text().toStdString();
    // The failed rows say so, with a remedy.
    auto* table = driver.find<QTableWidget>(QStringLiteral("preflightChecks"));
    int failed = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 2)->text() == QStringLiteral("Fail")) {
            ++failed;
            EXPECT_FALSE(table->item(row, 4)->text().isEmpty()) << "a failed check has a remedy";
        }
    }
    EXPECT_GE(failed, 1);

    ASSERT_TRUE(labFault("fault-clear", fault));
    QTest::mouseClick(recheck, Qt::LeftButton);
    PCHAT_TRY_VERIFY(recheck->isEnabled(), 60000);
    auto* acknowledge = driver.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
    if (acknowledge->isVisible())
        QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
    EXPECT_TRUE(driver.nextButton()->isEnabled()) << summary->text().toStdString();

    // Step 1 shows what Preflight found about the secondary's Agent account, share and copy folder.
    driver.next();
    auto* note = driver.find<QLabel>(QStringLiteral("agentAccountNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("CONTOSO\\svc-pchat-agent")))
        << note->text().toStdString();
}

TEST(LogShippingPage, RunsInGermanAndShipsTheFirstLog)
{
    WizardDriver driver;
    auto* combo = driver.find<QComboBox>(QStringLiteral("languageCombo"));
    combo->setFocus();
    while (combo->currentIndex() != combo->findData(QStringLiteral("de")))
        QTest::keyClick(combo, combo->currentIndex() < combo->findData(QStringLiteral("de")) ? Qt::Key_Down
                                                                                             : Qt::Key_Up);
    QApplication::processEvents();
    driver.confirmAssumptions();
    driver.walkTo(QStringLiteral("logShippingPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    EXPECT_TRUE(driver.wizard().currentPage()->title().startsWith(QStringLiteral("Schritt 5 von 7")));

    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    PCHAT_TRY_VERIFY(!page->isBusy(), 20000);
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    EXPECT_FALSE(run->isEnabled())
        << "initializing overwrites the secondary's mgc: it needs the typed confirmation";
    driver.retype(QStringLiteral("confirmSecondaryDatabase"), driver.wizard().plan().mgcDatabase);
    driver.retype(QStringLiteral("confirmSecondaryInstance"), driver.wizard().plan().backupInstance.name);
    driver.runCurrentStep();
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    EXPECT_GE(driver.find<QTableWidget>(QStringLiteral("subStepsTable"))->rowCount(), 4);

    auto* wait = driver.find<QPushButton>(QStringLiteral("waitFirstLogButton"));
    ASSERT_TRUE(wait->isEnabled());
    QTest::mouseClick(wait, Qt::LeftButton);
    auto* result = driver.find<QLabel>(QStringLiteral("firstLogResult"));
    PCHAT_TRY_VERIFY(!result->text().isEmpty(), 60000);
    EXPECT_TRUE(result->text().contains(QStringLiteral(".trn"))) << result->text().toStdString();
    EXPECT_EQ(driver.find<QTableWidget>(QStringLiteral("firstLogTable"))->rowCount(), 3);
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
}
