// The whole failback with the keyboard alone, as an operator without a mouse (or with a screen reader) does
// it: Tab to a control, Space to press or tick it, Alt+letter for Next, Alt+Y for the confirmations, typing
// where the commit pages ask for names. No mouse event is sent.
#include "eventually.h"
#include "keyboard.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using pchat::StepStatus;
using pchat::test::WizardDriver;

namespace {

class FocusWalker
{
public:
    explicit FocusWalker(QWidget& window)
        : m_window(window)
    {
    }

    // Sends a key to the widget that has the focus, as the platform would.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &m_window;
        QTest::keyClick(target, key, modifiers);
        QApplication::processEvents();
    }

    // Tab until target has the focus; false when a whole round of the window's focus chain misses it.
    bool tabTo(QWidget* target)
    {
        for (int presses = 0; presses < 400; ++presses) {
            if (QApplication::focusWidget() == target)
                return true;
            press(Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

    // Answers the next message box with its Alt+letter (Yes) or Enter (a box with OK only), from inside the
    // box's own event loop.
    static void answerNextBox()
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            if (box->button(QMessageBox::Yes))
                QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
            else
                QTest::keyClick(box, Qt::Key_Return);
            timer->deleteLater();
        });
        timer->start();
    }

private:
    QWidget& m_window;
};

} // namespace

TEST(KeyboardWalk, TheWholeFailbackWithTabSpaceEnterAndMnemonicsOnly)
{
    WizardDriver driver;
    QWidget& window = driver.wizard();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    FocusWalker keys(window);
    const auto tick = [&](const QString& name) {
        auto* box = driver.find<QCheckBox>(name);
        ASSERT_NE(box, nullptr) << name.toStdString();
        ASSERT_TRUE(keys.tabTo(box)) << "Tab does not reach " << name.toStdString();
        if (!box->isChecked())
            keys.press(Qt::Key_Space);
        ASSERT_TRUE(box->isChecked()) << name.toStdString();
    };
    const auto type = [&](const QString& name, const QString& text) {
        auto* edit = driver.find<QLineEdit>(name);
        ASSERT_NE(edit, nullptr) << name.toStdString();
        ASSERT_TRUE(keys.tabTo(edit)) << "Tab does not reach " << name.toStdString();
        pchat::test::Keyboard::retype(edit, text);
        ASSERT_EQ(edit->text(), text);
    };
    const auto goOn = [&] {
        const QString before = driver.currentPageName();
        QAbstractButton* commit = driver.wizard().button(QWizard::CommitButton);
        if (commit->isVisible()) {
            // Qt's Commit button has no mnemonic: Tab to it and press Space.
            ASSERT_TRUE(keys.tabTo(commit));
            keys.press(Qt::Key_Space);
        } else {
            ASSERT_TRUE(driver.nextButton()->isEnabled()) << "Next is disabled on " << before.toStdString();
            keys.press(Qt::Key_N, Qt::AltModifier);
        }
        QTRY_VERIFY2(driver.currentPageName() != before,
                     qPrintable(QStringLiteral("Alt+N left not %1").arg(before)));
    };

    for (int i = 1; i <= 5; ++i)
        tick(QStringLiteral("assumption%1").arg(i));
    goOn();
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
    goOn();
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("preflightPage"));
    auto* acknowledge = driver.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
    PCHAT_TRY_VERIFY(driver.nextButton()->isEnabled() || (acknowledge && acknowledge->isVisible()), 60000);
    if (acknowledge && acknowledge->isVisible())
        tick(QStringLiteral("acknowledgeWarnings"));
    goOn();

    while (driver.currentPageName() != QStringLiteral("summaryPage")) {
        const QString page = driver.currentPageName();
        auto* stepPage = qobject_cast<pchat::StepPage*>(driver.wizard().currentPage());
        ASSERT_NE(stepPage, nullptr) << page.toStdString();
        PCHAT_TRY_VERIFY(!stepPage->isBusy(), 20000);
        const StepStatus status = stepPage->stepObject()->status();
        if (status != StepStatus::Done && status != StepStatus::AlreadyDone) {
            if (page == QStringLiteral("restorePage")) {
                type(QStringLiteral("confirmDatabase"), driver.wizard().plan().mgcDatabase);
                type(QStringLiteral("confirmInstance"), driver.wizard().plan().primaryInstance.name);
            } else if (page == QStringLiteral("logShippingPage")) {
                type(QStringLiteral("confirmSecondaryDatabase"), driver.wizard().plan().mgcDatabase);
                type(QStringLiteral("confirmSecondaryInstance"), driver.wizard().plan().backupInstance.name);
            }
            auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
            PCHAT_TRY_VERIFY(run->isEnabled(), 20000);
            ASSERT_TRUE(keys.tabTo(run)) << "Tab does not reach Run on " << page.toStdString();
            FocusWalker::answerNextBox();
            keys.press(Qt::Key_Space);
            PCHAT_TRY_VERIFY(!stepPage->isBusy() && stepPage->stepObject()->status() != StepStatus::Ready,
                             120000);
            // The offscreen platform does not give the window back its activation when the confirmation
            // box closes, as a desktop does.
            window.activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
            QApplication::processEvents();
            const StepStatus after = stepPage->stepObject()->status();
            ASSERT_TRUE(after == StepStatus::Done || after == StepStatus::AlreadyDone)
                << page.toStdString() << ": " << stepPage->stepObject()->outcome().summary.toStdString();
        }
        if (stepPage->findChild<QCheckBox*>(QStringLiteral("confirmListEmpty")))
            tick(QStringLiteral("confirmListEmpty"));
        goOn();
        if (HasFatalFailure())
            return;
    }

    // The Summary page: close the run with the keyboard, then Finish with its mnemonic.
    auto* closeRun = driver.find<QPushButton>(QStringLiteral("closeRunButton"));
    if (closeRun && closeRun->isVisible() && closeRun->isEnabled()) {
        ASSERT_TRUE(keys.tabTo(closeRun));
        keys.press(Qt::Key_Space);
        PCHAT_TRY_VERIFY(driver.find<QLineEdit>(QStringLiteral("finalHash")) &&
                             driver.find<QLineEdit>(QStringLiteral("finalHash"))->isVisible(),
                         60000);
    }
    ASSERT_TRUE(driver.wizard().button(QWizard::FinishButton)->isEnabled());
    keys.press(Qt::Key_F, Qt::AltModifier);
    PCHAT_TRY_VERIFY(!driver.wizard().isVisible(), 5000);
    EXPECT_EQ(driver.wizard().result(), QDialog::Accepted);
}
