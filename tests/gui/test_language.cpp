// Switching the language on the Welcome page re-translates the open wizard at once, QWizard's buttons
// included.
#include "translations/languageswitcher.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>

using pchat::LanguageSwitcher;
using pchat::test::WizardDriver;

namespace {

void chooseLanguage(WizardDriver& driver, const QString& code)
{
    auto* combo = driver.find<QComboBox>(QStringLiteral("languageCombo"));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(code);
    ASSERT_GE(index, 0);
    // As the keyboard does it, so that the combo's activated signal fires like a real choice.
    combo->setFocus();
    while (combo->currentIndex() != index)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    // Language-change events reach the widgets through the event loop.
    QApplication::processEvents();
}

class Language : public testing::Test
{
protected:
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }
};

} // namespace

TEST_F(Language, GermanRetranslatesTheVisiblePageAndTheButtons)
{
    WizardDriver driver;
    EXPECT_EQ(driver.wizard().currentPage()->title(), QStringLiteral("Fail back Persistent Chat Server"));
    chooseLanguage(driver, QStringLiteral("de"));
    EXPECT_EQ(LanguageSwitcher::instance().current(), QStringLiteral("de"));
    EXPECT_EQ(driver.wizard().currentPage()->title(),
              QStringLiteral("Failback für den Server für beständigen Chat ausführen"));
    EXPECT_EQ(driver.nextButton()->text(), QStringLiteral("&Weiter >"));
    EXPECT_EQ(driver.wizard().button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));

    driver.confirmAssumptions();
    driver.next();
    EXPECT_EQ(driver.wizard().currentPage()->title(), QStringLiteral("Umgebung"));
    EXPECT_EQ(driver.wizard().button(QWizard::BackButton)->text(), QStringLiteral("< &Zurück"));
}

TEST_F(Language, ValidationMessagesFollowTheLanguage)
{
    WizardDriver driver;
    chooseLanguage(driver, QStringLiteral("de"));
    driver.confirmAssumptions();
    driver.next();
    driver.retype(QStringLiteral("backupInstanceName"), QString());
    auto* message = driver.find<QLabel>(QStringLiteral("backupInstanceNameMessage"));
    ASSERT_NE(message, nullptr);
    const QString german = message->text();
    EXPECT_FALSE(german.isEmpty());

    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_NE(message->text(), german) << "the message at the field is re-made in English";
    EXPECT_EQ(driver.nextButton()->text(), QStringLiteral("&Next >"));
}
