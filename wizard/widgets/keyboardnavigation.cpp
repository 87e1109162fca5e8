#include "keyboardnavigation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace pchat {

KeyboardNavigation::KeyboardNavigation(QWidget* window, std::function<QWidget*()> home)
    : QObject(window)
    , m_window(window)
    , m_home(std::move(home))
{
    // Tab goes from control to control, never from cell to cell: a table must not hold a keyboard user.
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    // A control that is disabled while it has the focus (Run once it runs, with a confirmation box in
    // between) leaves the keyboard nowhere, and Tab then does nothing.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now)
            QTimer::singleShot(0, this, &KeyboardNavigation::restoreFocus);
    });
}

void KeyboardNavigation::restoreFocus()
{
    if (QApplication::focusWidget() || !m_window->isActiveWindow() || QApplication::activeModalWidget())
        return;
    if (QWidget* target = m_home())
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace pchat
