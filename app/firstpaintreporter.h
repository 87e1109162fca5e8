// For the start-up benchmark: with PCHAT_REPORT_FIRST_PAINT=1 the wizard prints one line when its window
// has been painted for the first time, so that "start to first painted page" is measured, not guessed.
#pragma once

#include <QObject>

namespace pchat {

class FirstPaintReporter : public QObject
{
    Q_OBJECT

public:
    // Installs the reporter on the application when the environment asks for it; otherwise does nothing,
    // so that a normal start pays nothing for it.
    static void installIfRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    void report();

    bool m_seen = false;
};

} // namespace pchat
