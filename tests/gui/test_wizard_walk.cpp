// Walks the whole wizard with the example plan, as an operator clicks through it, and exports the scripts.
#include "labprocess.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using pchat::test::WizardDriver;

TEST(WizardWalk, ExamplePlanWalksEveryPageToTheSummary)
{
    WizardDriver driver;
    EXPECT_EQ(driver.currentPageName(), QStringLiteral("welcomePage"));
    EXPECT_FALSE(driver.nextButton()->isEnabled()) << "the assumptions are not ticked yet";
    driver.confirmAssumptions();

    const QStringList pages{QStringLiteral("environmentPage"),
                            QStringLiteral("preflightPage"),
                            QStringLiteral("clearActiveServersPage"),
                            QStringLiteral("removeMirroringPage"),
                            QStringLiteral("backupPage"),
                            QStringLiteral("restorePage"),
                            QStringLiteral("logShippingPage"),
                            QStringLiteral("setActiveServersPage"),
                            QStringLiteral("poolNormalPage"),
                            QStringLiteral("summaryPage")};
    for (const QString& page : pages) {
        driver.walkTo(page);
        if (testing::Test::HasFatalFailure())
            return;
    }
    // Every step ran (or was already in place) and was verified before Next let the walk go on.
    for (int id : driver.wizard().pageIds()) {
        if (auto* stepPage = qobject_cast<pchat::StepPage*>(driver.wizard().page(id));
            stepPage && stepPage->stepObject()) {
            const pchat::StepStatus status = stepPage->stepObject()->status();
            EXPECT_TRUE(status == pchat::StepStatus::Done || status == pchat::StepStatus::AlreadyDone)
                << stepPage->objectName().toStdString();
        }
    }
    // The lab's end state: the pool is back to Normal with the primary data center's servers active.
    const QJsonObject pool = WizardDriver::lab().control().lyncPool();
    EXPECT_EQ(pool.value(QLatin1String("state")).toString(), QStringLiteral("Normal"))
        << QJsonDocument(pool).toJson().toStdString();
    EXPECT_TRUE(driver.wizard().button(QWizard::FinishButton)->isVisible());
}

TEST(WizardWalk, SummaryExportsEveryScriptWithoutThePassword)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    // Typed by keyboard, as the operator does; it must reach no exported file.
    const QString password = driver.wizard().plan().backupInstance.password;
    ASSERT_FALSE(password.isEmpty());
    driver.retype(QStringLiteral("backupInstancePassword"), password);
    EXPECT_EQ(driver.wizard().plan().backupInstance.password, password);
    driver.walkTo(QStringLiteral("summaryPage"));
    if (testing::Test::HasFatalFailure())
        return;

    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("scripts"));
    driver.retype(QStringLiteral("exportFolder"), target);
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("exportScriptsButton")), Qt::LeftButton);

    const QStringList files =
        QDir(target).entryList({QStringLiteral("*.sql"), QStringLiteral("*.ps1")}, QDir::Files, QDir::Name);
    EXPECT_TRUE(files.contains(QStringLiteral("01-clear-active-servers.ps1")));
    EXPECT_TRUE(files.contains(QStringLiteral("02-remove-mirroring.sql")));
    EXPECT_TRUE(files.contains(QStringLiteral("03-backup-mgc.sql")));
    EXPECT_TRUE(files.contains(QStringLiteral("04-restore-mgc.sql")));
    EXPECT_TRUE(files.contains(QStringLiteral("07-set-pool-state-normal.ps1")));
    EXPECT_TRUE(
        driver.find<QLabel>(QStringLiteral("exportResult"))->text().contains(QStringLiteral("01-clear")));

    QDirIterator it(target, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        EXPECT_FALSE(content.contains(password.toUtf8())) << it.filePath().toStdString();
    }
}
