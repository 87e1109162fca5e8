#include "wizarddriver.h"

#include "plan/planjson.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>

namespace pchat::test {

WizardDriver::WizardDriver()
    : m_wizard(std::make_unique<FailbackWizard>())
{
    m_wizard->setPlan(examplePlan());
    m_wizard->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
    // Keyboard focus, cell editors and shortcuts need the window to be the active one, as on a desktop.
    m_wizard->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(m_wizard.get()));
}

Plan WizardDriver::examplePlan()
{
    QString error;
    std::optional<Plan> plan =
        PlanJson::load(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"), &error);
    EXPECT_TRUE(plan.has_value()) << error.toStdString();
    Plan result = plan.value_or(Plan{});
    result.applyDerivedDefaults(QDate(2026, 11, 26));
    return result;
}

QString WizardDriver::currentPageName() const
{
    return m_wizard->currentPage() ? m_wizard->currentPage()->objectName() : QString();
}

void WizardDriver::confirmAssumptions()
{
    for (int i = 1;; ++i) {
        auto* box = find<QCheckBox>(QStringLiteral("assumption%1").arg(i));
        if (!box)
            break;
        if (!box->isChecked())
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    }
}

void WizardDriver::next()
{
    const QString before = currentPageName();
    ASSERT_TRUE(nextButton()->isVisible()) << "no Next button on " << before.toStdString();
    ASSERT_TRUE(nextButton()->isEnabled()) << "Next is disabled on " << before.toStdString();
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    ASSERT_NE(currentPageName(), before) << "Next did not leave " << before.toStdString();
}

void WizardDriver::retype(const QString& objectName, const QString& text)
{
    auto* edit = find<QLineEdit>(objectName);
    ASSERT_NE(edit, nullptr) << objectName.toStdString();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(edit, ch.toLatin1());
        } else {
            // QTest only maps ASCII to keys; a keyboard layout delivers other letters as key events with
            // text.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(edit, &press);
            QApplication::sendEvent(edit, &release);
        }
    }
}

} // namespace pchat::test
