// Keeps a window usable with the keyboard alone: Tab passes over tables instead of walking their cells, and a
// focus that a control dropped when it was disabled is given back to a place the window names.
#pragma once

#include <functional>
#include <QObject>

class QWidget;

namespace pchat {

class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    // home names where the focus goes when it has nowhere else (never null when the window is shown).
    KeyboardNavigation(QWidget* window, std::function<QWidget*()> home);

private:
    void restoreFocus();

    QWidget* m_window;
    std::function<QWidget*()> m_home;
};

} // namespace pchat
