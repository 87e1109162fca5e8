#include "processend.h"

#include "backend/log/logging.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace pchat {

int ProcessEnd::finish(int exitCode)
{
    Logging::logger()->flush();
    std::fflush(stdout);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    // Measured under Wine 8 with the MinGW build: after main returned, ExitProcess ended the worker threads and
    // then hung for good in libstdc++-6.dll's PROCESS_DETACH, inside libwinpthread waiting for an object that a
    // killed thread would have signalled (WINEDEBUG=+relay shows the wait). The console twin then never
    // returned its exit code to cmd.exe or a scheduler. Everything of value is closed by now (journal, report,
    // sessions, the lab, settings), so the process ends without running DLL detach code.
    ::TerminateProcess(::GetCurrentProcess(), static_cast<UINT>(exitCode));
#endif
    return exitCode;
}

} // namespace pchat
