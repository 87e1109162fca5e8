// Turns a request from outside to stop (SIGINT, SIGTERM, SIGHUP; on Windows the console's Ctrl+C, Ctrl+Break,
// close, logoff and shutdown) into a signal on the event loop, so that a run can cancel its step and record its
// interruption before the process ends instead of dying mid-batch with an unclosed journal.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace pchat {

class StopRequest : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Interrupt,    // Ctrl+C, Ctrl+Break (SIGINT)
        Terminate,    // SIGTERM: kill, a service manager, a shutdown on Unix
        Hangup,       // SIGHUP: the terminal or the SSH session went away
        ConsoleClose, // Windows: the console window was closed
        SessionEnd,   // Windows: logoff or shutdown
    };
    Q_ENUM(Kind)

    // Installs the handlers; one instance at a time. The destructor gives the signals back to the system.
    explicit StopRequest(QObject* parent = nullptr);
    ~StopRequest() override;

    // Windows ends the process as soon as the handler of a console close, logoff or shutdown returns: the
    // handler waits (at most a few seconds, as Windows allows) until the receiver calls this after recording.
    void acknowledge();

    // The journal's word for it ("interrupted", "terminated", "hangup", "console-closed", "session-end").
    static QString reasonName(Kind kind);
    // As shells report a death by the signal: 128 + its number (130, 143, 129; 130 for Windows' own).
    static int exitCode(Kind kind);
    // Whether the process ends right after acknowledge(), whatever the receiver still wanted to do.
    static bool isFinal(Kind kind) { return kind == Kind::ConsoleClose || kind == Kind::SessionEnd; }

Q_SIGNALS:
    // Emitted on this object's thread, once per request.
    void requested(pchat::StopRequest::Kind kind);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace pchat
