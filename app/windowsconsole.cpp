#include "windowsconsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace pchat {

#ifdef Q_OS_WIN
namespace {

// A handle the parent gave us (a file or a pipe from "> out.txt" or "| findstr") must stay: only a missing
// one is pointed at the console.
bool isRedirected(DWORD which)
{
    const HANDLE handle = ::GetStdHandle(which);
    if (handle == nullptr || handle == INVALID_HANDLE_VALUE)
        return false;
    const DWORD type = ::GetFileType(handle);
    return type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE;
}

} // namespace
#endif

void WindowsConsole::attachToParent()
{
#ifdef Q_OS_WIN
    const bool outRedirected = isRedirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = isRedirected(STD_ERROR_HANDLE);
    if (outRedirected && errRedirected)
        return;
    // Started from Explorer or the Start menu there is no parent console, and the wizard opens none.
    if (!::AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (!outRedirected)
        std::freopen("CONOUT$", "w", stdout);
    if (!errRedirected)
        std::freopen("CONOUT$", "w", stderr);
#endif
}

} // namespace pchat
