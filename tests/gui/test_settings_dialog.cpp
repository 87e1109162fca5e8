// The Settings dialog: reached with Ctrl+, from any page and with the Welcome page's button; what it saves is
// what the wizard then uses (audit folder, shell program, FreeTDS CA file, language), and bad values are
// refused with a reason.
#include "backend/audit/auditsettings.h"
#include "backend/plan/localshellsettings.h"
#include "backend/sql/freetdsconfig.h"
#include "eventually.h"
#include "keyboard.h"
#include "translations/languageswitcher.h"
#include "wizard/widgets/settingsdialog.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using pchat::SettingsDialog;
using pchat::test::WizardDriver;

namespace {

SettingsDialog* openDialog(WizardDriver& driver)
{
    driver.wizard().activateWindow();
    if (!QTest::qWaitForWindowActive(&driver.wizard()))
        return nullptr;
    QTest::keyClick(&driver.wizard(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = driver.wizard().findChild<SettingsDialog*>();
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return dialog;
}

class Settings : public testing::Test
{
protected:
    void TearDown() override
    {
        pchat::FreeTdsConfig::saveCaFile(QString());
        (void)pchat::FreeTdsConfig::apply(m_appData.path());
        pchat::LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }
    QTemporaryDir m_appData;
};

} // namespace

TEST_F(Settings, CtrlCommaOpensThemAndWhatIsSavedIsWhatTheWizardUses)
{
    WizardDriver driver;
    SettingsDialog* dialog = openDialog(driver);
    ASSERT_NE(dialog, nullptr);
    QTemporaryDir root;
    const QString ca = root.filePath(QStringLiteral("ca.pem"));
    QFile file(ca);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();

    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsAuditRoot")),
                                  root.filePath(QStringLiteral("trails")));
    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsShellProgram")),
                                  QStringLiteral("pwsh"));
    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsShellArguments")),
                                  QStringLiteral("-NoProfile -File \"C:\\Lync Scripts\\run.ps1\""));
    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsCaFile")), ca);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("settingsLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QTest::keyClick(dialog, Qt::Key_Return);
    PCHAT_TRY_VERIFY(!dialog->isVisible(), 5000);

    EXPECT_EQ(pchat::AuditSettings::savedRoot(), root.filePath(QStringLiteral("trails")));
    pchat::LyncSettings saved;
    pchat::LocalShellSettings::apply(saved);
    EXPECT_EQ(saved.shellProgram, QStringLiteral("pwsh"));
    EXPECT_EQ(saved.shellArguments, (QStringList{QStringLiteral("-NoProfile"), QStringLiteral("-File"),
                                                 QStringLiteral("C:\\Lync Scripts\\run.ps1")}));
    EXPECT_EQ(driver.wizard().plan().lync.shellProgram, QStringLiteral("pwsh"));
    // FreeTDS now reads a configuration that names the CA file: the certificate note has nothing to say.
    EXPECT_EQ(pchat::FreeTdsConfig::caFile(), ca);
    EXPECT_EQ(pchat::LanguageSwitcher::instance().current(), QStringLiteral("de"));
    EXPECT_EQ(pchat::LanguageSwitcher::savedLanguage(), QStringLiteral("de"));
    PCHAT_TRY_COMPARE(driver.nextButton()->text(), QStringLiteral("&Weiter >"), 5000);
}

TEST_F(Settings, BadValuesAreRefusedWithAReasonAndNothingIsSaved)
{
    WizardDriver driver;
    auto* button = driver.find<QPushButton>(QStringLiteral("settingsButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    SettingsDialog* dialog = nullptr;
    PCHAT_TRY_VERIFY((dialog = driver.wizard().findChild<SettingsDialog*>()) && dialog->isVisible(), 5000);
    const QString rootBefore = pchat::AuditSettings::savedRoot();
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("settingsProblem"));

    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsAuditRoot")),
                                  QStringLiteral("relative/path"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("full path")));
    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsAuditRoot")),
                                  QDir::tempPath());
    EXPECT_TRUE(ok->isEnabled());
    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsCaFile")),
                                  QStringLiteral("/no/such/ca.pem"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("/no/such/ca.pem")));
    pchat::test::Keyboard::retype(dialog->findChild<QLineEdit*>(QStringLiteral("settingsShellProgram")),
                                  QString());
    QTest::keyClick(dialog, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    PCHAT_TRY_VERIFY(!dialog->isVisible(), 5000);
    EXPECT_EQ(pchat::AuditSettings::savedRoot(), rootBefore);
    EXPECT_TRUE(pchat::FreeTdsConfig::savedCaFile().isEmpty());
}
