// An invalid value is marked at its field with the reason and blocks Next; correcting it lets the operator
// on.
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using pchat::test::WizardDriver;

TEST(Validation, EmptyInstanceNameBlocksNextWithAMessageAtTheField)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
    EXPECT_TRUE(driver.nextButton()->isEnabled());

    driver.retype(QStringLiteral("backupInstanceName"), QString());
    EXPECT_FALSE(driver.nextButton()->isEnabled());
    auto* message = driver.find<QLabel>(QStringLiteral("backupInstanceNameMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->isHidden());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_TRUE(driver.find<QLineEdit>(QStringLiteral("backupInstanceName"))->property("invalid").toBool());

    driver.retype(QStringLiteral("backupInstanceName"), QStringLiteral("PCSQL02\\PCHAT"));
    EXPECT_TRUE(driver.nextButton()->isEnabled());
    EXPECT_TRUE(message->isHidden());
}

TEST(Validation, ShareThatIsNotUncBlocksNextAndMarksItsTab)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    driver.retype(QStringLiteral("shareFolder"), QStringLiteral("C:\\Backups"));
    EXPECT_FALSE(driver.nextButton()->isEnabled());
    auto* message = driver.find<QLabel>(QStringLiteral("shareFolderMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->text().isEmpty());
    auto* tabs = driver.find<QTabWidget>(QStringLiteral("environmentTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_FALSE(tabs->tabIcon(2).isNull()) << "the tab with the share shows that it needs attention";
    EXPECT_TRUE(tabs->tabIcon(0).isNull());
}

TEST(Validation, SameInstanceTwiceBlocksNext)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    const pchat::Plan& plan = driver.wizard().plan();
    driver.retype(QStringLiteral("primaryInstanceName"), plan.backupInstance.name);
    driver.retype(QStringLiteral("primaryInstanceAddress"), plan.backupInstance.address);
    EXPECT_FALSE(driver.nextButton()->isEnabled());
}

TEST(Validation, TypedValuesSurviveGoingBackAndForth)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    driver.retype(QStringLiteral("mgcDatabase"), QStringLiteral("mgc_ä'];--"));
    driver.next();
    QTest::mouseClick(driver.wizard().button(QWizard::BackButton), Qt::LeftButton);
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
    EXPECT_EQ(driver.find<QLineEdit>(QStringLiteral("mgcDatabase"))->text(), QStringLiteral("mgc_ä'];--"));
    EXPECT_EQ(driver.wizard().plan().mgcDatabase, QStringLiteral("mgc_ä'];--"));
}

// FreeTDS's "require" encrypts without checking the certificate unless freetds.conf names a CA file: the page
// says so instead of letting "Mandatory" read as verified.
TEST(Validation, FreeTdsWithMandatoryEncryptionSaysTheCertificateIsNotVerified)
{
    QTemporaryDir dir;
    const QByteArray before = qgetenv("FREETDSCONF");
    const QString conf = dir.filePath(QStringLiteral("freetds.conf"));
    QFile file(conf);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[global]\n    tds version = 7.4\n");
    file.close();
    qputenv("FREETDSCONF", conf.toLocal8Bit());
    {
        WizardDriver driver; // the lab's plan: FreeTDS, Optional
        driver.confirmAssumptions();
        driver.next();
        auto* note = driver.find<QLabel>(QStringLiteral("backupInstanceTlsNote"));
        ASSERT_NE(note, nullptr);
        EXPECT_TRUE(note->isHidden()) << "Optional claims nothing";
        auto* encryption = driver.find<QComboBox>(QStringLiteral("backupInstanceEncryption"));
        ASSERT_NE(encryption, nullptr);
        encryption->setCurrentIndex(1); // Mandatory
        EXPECT_FALSE(note->isHidden());
        EXPECT_TRUE(note->text().contains(QLatin1String("does not check"))) << note->text().toStdString();
        driver.find<QComboBox>(QStringLiteral("backupInstanceOdbcDriver"))
            ->setEditText(QStringLiteral("ODBC Driver 18 for SQL Server"));
        EXPECT_TRUE(note->isHidden()) << "Microsoft's driver verifies the certificate itself";
    }
    if (before.isNull())
        qunsetenv("FREETDSCONF");
    else
        qputenv("FREETDSCONF", before);
}
