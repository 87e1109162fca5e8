// Step 6: a server outside the primary data center raises a warning that must be acknowledged before Next.
#include "eventually.h"
#include "keyboard.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using pchat::test::Keyboard;
using pchat::test::WizardDriver;

namespace {

void goToActiveServers(WizardDriver& driver)
{
    driver.confirmAssumptions();
    driver.walkTo(QStringLiteral("setActiveServersPage"));
}

} // namespace

TEST(ActiveServers, ServerOutsidePrimaryDataCenterMustBeAcknowledged)
{
    WizardDriver driver;
    goToActiveServers(driver);
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("setActiveServersPage"));
    auto* table = driver.find<QTableWidget>(QStringLiteral("activeServersTable"));
    ASSERT_NE(table, nullptr);
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    PCHAT_TRY_VERIFY(run->isEnabled(), 20000);
    EXPECT_FALSE(driver.nextButton()->isEnabled()) << "the step has not run yet";
    EXPECT_TRUE(driver.find<QGroupBox>(QStringLiteral("dataCenterWarnings"))->isHidden());

    Keyboard::typeIntoCell(table, 1, 1, QStringLiteral("DC2"));
    EXPECT_EQ(driver.wizard().plan().lync.activeServers.at(1).dataCenter, QStringLiteral("DC2"));
    EXPECT_FALSE(run->isEnabled()) << "the warning is not acknowledged yet";
    auto* acknowledge = driver.find<QCheckBox>(QStringLiteral("acknowledge_pchat02.contoso.com"));
    ASSERT_NE(acknowledge, nullptr);
    EXPECT_TRUE(acknowledge->text().contains(QStringLiteral("PCHAT02.contoso.com")));
    QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
    EXPECT_TRUE(run->isEnabled());
    driver.runCurrentStep();
    EXPECT_TRUE(driver.nextButton()->isEnabled());
}

TEST(ActiveServers, InvalidFqdnBlocksNextAndAddedServerIsInTheCommand)
{
    WizardDriver driver;
    goToActiveServers(driver);
    auto* table = driver.find<QTableWidget>(QStringLiteral("activeServersTable"));
    ASSERT_NE(table, nullptr);
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("addServerButton")), Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 3);
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    PCHAT_TRY_VERIFY(!qobject_cast<pchat::StepPage*>(driver.wizard().currentPage())->isBusy(), 20000);
    EXPECT_FALSE(run->isEnabled()) << "a new row has no FQDN yet";

    Keyboard::typeIntoCell(table, 2, 0, QStringLiteral("not a host;rm"));
    EXPECT_FALSE(run->isEnabled());
    Keyboard::typeIntoCell(table, 2, 0, QStringLiteral("PCHAT05.contoso.com"));
    EXPECT_TRUE(run->isEnabled());
    EXPECT_TRUE(driver.find<QPlainTextEdit>(QStringLiteral("commandPreview"))
                    ->toPlainText()
                    .contains(QStringLiteral("'PCHAT05.contoso.com'")));
}
