// Turns Ctrl+C (SIGINT and SIGTERM; on Windows the console's Ctrl+C, Ctrl+Break and close) into a signal on
// the event loop, so that a console run can cancel its step and record the interruption instead of dying
// mid-batch.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace pchat {

class ConsoleInterrupt : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers; one instance at a time. The destructor gives the signals back to the system.
    explicit ConsoleInterrupt(QObject* parent = nullptr);
    ~ConsoleInterrupt() override;

Q_SIGNALS:
    // Emitted on this object's thread, once per Ctrl+C.
    void interrupted();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace pchat
