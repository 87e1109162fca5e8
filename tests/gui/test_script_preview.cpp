// The Script button shows exactly the text the backend's builders return for the page's step.
#include "backend/run/procedurescript.h"
#include "wizard/widgets/scriptpreviewdialog.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QClipboard>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

ScriptPreviewDialog* openScript(WizardDriver& driver)
{
    QAbstractButton* script = driver.wizard().button(QWizard::CustomButton1);
    EXPECT_TRUE(script->isVisible());
    QTest::mouseClick(script, Qt::LeftButton);
    return driver.wizard().findChild<ScriptPreviewDialog*>(QStringLiteral("scriptPreview"));
}

} // namespace

TEST(ScriptPreview, EveryStepPageShowsTheBuilderText)
{
    WizardDriver driver;
    EXPECT_FALSE(driver.wizard().button(QWizard::CustomButton1)->isVisible()) << "Welcome runs nothing";
    driver.confirmAssumptions();
    const QList<QPair<QString, StepId>> steps{
        {QStringLiteral("preflightPage"), StepId::Preflight},
        {QStringLiteral("clearActiveServersPage"), StepId::ClearActiveServers},
        {QStringLiteral("removeMirroringPage"), StepId::RemoveMirroring},
        {QStringLiteral("backupPage"), StepId::BackupMgc},
        {QStringLiteral("restorePage"), StepId::RestorePrimary},
        {QStringLiteral("logShippingPage"), StepId::LogShipping},
        {QStringLiteral("setActiveServersPage"), StepId::SetActiveServers},
        {QStringLiteral("poolNormalPage"), StepId::PoolNormal}};
    for (const auto& [page, step] : steps) {
        driver.walkTo(page);
        if (testing::Test::HasFatalFailure())
            return;
        ScriptPreviewDialog* dialog = openScript(driver);
        ASSERT_NE(dialog, nullptr) << int(step);
        const QList<ScriptPart> parts = ProcedureScript::partsForStep(driver.wizard().plan(), step);
        auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("scriptTabs"));
        ASSERT_NE(tabs, nullptr);
        ASSERT_EQ(tabs->count(), parts.size()) << int(step);
        for (int i = 0; i < parts.size(); ++i) {
            tabs->setCurrentIndex(i);
            EXPECT_EQ(dialog->currentText(), parts.at(i).text(driver.wizard().plan())) << int(step);
            EXPECT_FALSE(dialog->currentText().isEmpty());
        }
        // The dialog deletes itself when closed.
        QPointer<ScriptPreviewDialog> guard(dialog);
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_TRUE(guard.isNull());
    }
}

TEST(ScriptPreview, CopyPutsTheScriptOnTheClipboard)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.walkTo(QStringLiteral("backupPage"));
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("backupPage"));
    ScriptPreviewDialog* dialog = openScript(driver);
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyScriptButton")), Qt::LeftButton);
    const QString expected = ProcedureScript::partsForStep(driver.wizard().plan(), StepId::BackupMgc)
                                 .constFirst()
                                 .text(driver.wizard().plan());
    EXPECT_EQ(QApplication::clipboard()->text(), expected);
    EXPECT_TRUE(expected.contains(
        QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak'")));
    dialog->close();
}
