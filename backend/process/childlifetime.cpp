#include "childlifetime.h"

#include "backend/log/logging.h"
#include "backend/log/qstringformatter.h"

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace pchat {

#ifdef Q_OS_WIN
namespace {

// One job for the whole program. Its handle is never closed by the program: the system closes it when the
// process ends, normally or not, and JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE then ends every child in it.
HANDLE killOnCloseJob()
{
    static const HANDLE job = [] {
        HANDLE handle = ::CreateJobObjectW(nullptr, nullptr);
        if (!handle)
            return HANDLE(nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (!::SetInformationJobObject(handle, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
            ::CloseHandle(handle);
            return HANDLE(nullptr);
        }
        return handle;
    }();
    return job;
}

} // namespace
#endif

void ChildLifetime::tieToThisProcess(QProcess* process)
{
#if defined(Q_OS_LINUX)
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec.
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before prctl took effect
            ::_exit(1);
    });
#elif defined(Q_OS_WIN)
    // The child joins the job as soon as it exists; it starts no children of its own before that.
    QObject::connect(process, &QProcess::started, process, [process] {
        const HANDLE job = killOnCloseJob();
        const HANDLE child = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE,
                                           static_cast<DWORD>(process->processId()));
        if (!job || !child || !::AssignProcessToJobObject(job, child))
            Logging::logger()->warn("child process {} could not join the kill-on-close job (error {}); it "
                                    "ends with this program only when this program ends normally",
                                    process->program(), ::GetLastError());
        if (child)
            ::CloseHandle(child);
    });
#else
    Q_UNUSED(process);
#endif
}

} // namespace pchat
