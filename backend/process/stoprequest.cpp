#include "stoprequest.h"

#include "backend/audit/journalkeys.h"
#include "backend/log/logging.h"

#include <atomic>
#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace pchat {

namespace {

#ifdef Q_OS_WIN
std::atomic<StopRequest*> target{nullptr};
HANDLE acknowledged = nullptr; // manual-reset event: set by acknowledge()

BOOL WINAPI consoleHandler(DWORD type)
{
    StopRequest::Kind kind = StopRequest::Kind::Interrupt;
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        break;
    case CTRL_CLOSE_EVENT:
        kind = StopRequest::Kind::ConsoleClose;
        break;
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        kind = StopRequest::Kind::SessionEnd;
        break;
    default:
        return FALSE;
    }
    StopRequest* object = target.load();
    if (!object)
        return FALSE;
    // Windows calls this on a thread of its own: the signal is emitted on the object's thread.
    if (StopRequest::isFinal(kind))
        ResetEvent(acknowledged);
    QMetaObject::invokeMethod(
        object, [object, kind] { Q_EMIT object->requested(kind); }, Qt::QueuedConnection);
    // The process ends when this returns; Windows grants about 5 s for a close, logoff or shutdown.
    if (StopRequest::isFinal(kind))
        WaitForSingleObject(acknowledged, 4500);
    return TRUE;
}
#else
int sockets[2] = {-1, -1};

void onSignal(int number)
{
    // Only async-signal-safe calls here: the byte wakes the event loop, which does the work.
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(sockets[0], &byte, 1);
}

constexpr int handledSignals[] = {SIGINT, SIGTERM, SIGHUP};
#endif

} // namespace

StopRequest::StopRequest(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    target = this;
    acknowledged = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets) != 0) {
        Logging::logger()->warn("no socket pair for stop signals: they end the process at once");
        return;
    }
    m_notifier = new QSocketNotifier(sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(sockets[1], &byte, 1) != 1)
            return;
        const Kind kind = byte == SIGTERM ? Kind::Terminate : byte == SIGHUP ? Kind::Hangup : Kind::Interrupt;
        Q_EMIT requested(kind);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : handledSignals)
        ::sigaction(number, &action, nullptr);
#endif
}

StopRequest::~StopRequest()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
    target = nullptr;
    SetEvent(acknowledged); // a handler still waiting lets the process end
#else
    if (!m_notifier)
        return;
    for (const int number : handledSignals)
        ::signal(number, SIG_DFL);
    delete m_notifier;
    ::close(sockets[0]);
    ::close(sockets[1]);
    sockets[0] = sockets[1] = -1;
#endif
}

void StopRequest::acknowledge()
{
#ifdef Q_OS_WIN
    SetEvent(acknowledged);
#endif
}

QString StopRequest::reasonName(Kind kind)
{
    switch (kind) {
    case Kind::Interrupt:
        return AuditReason::Interrupted;
    case Kind::Terminate:
        return AuditReason::Terminated;
    case Kind::Hangup:
        return AuditReason::Hangup;
    case Kind::ConsoleClose:
        return AuditReason::ConsoleClosed;
    case Kind::SessionEnd:
        return AuditReason::SessionEnd;
    }
    return AuditReason::Interrupted;
}

int StopRequest::exitCode(Kind kind)
{
    switch (kind) {
    case Kind::Terminate:
        return 128 + 15;
    case Kind::Hangup:
        return 128 + 1;
    default:
        return 128 + 2;
    }
}

} // namespace pchat
