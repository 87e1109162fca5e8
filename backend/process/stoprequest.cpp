#include "consoleinterrupt.h"

#include "log/logging.h"

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
std::atomic<ConsoleInterrupt*> target{nullptr};

BOOL WINAPI consoleHandler(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    // Windows calls this on a thread of its own: the signal is emitted on the object's thread.
    if (ConsoleInterrupt* object = target.load())
        QMetaObject::invokeMethod(
            object, [object] { Q_EMIT object->interrupted(); }, Qt::QueuedConnection);
    return TRUE;
}
#else
int sockets[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe calls here: the byte wakes the event loop, which does the work.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(sockets[0], &byte, 1);
}
#endif

} // namespace

ConsoleInterrupt::ConsoleInterrupt(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    target = this;
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets) != 0) {
        Logging::logger()->warn("no socket pair for Ctrl+C: it ends the process at once");
        return;
    }
    m_notifier = new QSocketNotifier(sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(sockets[1], &byte, 1);
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

ConsoleInterrupt::~ConsoleInterrupt()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
    target = nullptr;
#else
    if (!m_notifier)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(sockets[0]);
    ::close(sockets[1]);
    sockets[0] = sockets[1] = -1;
#endif
}

} // namespace pchat
