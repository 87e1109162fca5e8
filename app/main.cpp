// pchat-failback: the Persistent Chat failback wizard. Everything lives in the libraries; see README.md.
#include "backend/process/processend.h"
#include "failbackapplication.h"
#include "windowsconsole.h"

int main(int argc, char** argv)
{
#ifndef PCHAT_CONSOLE_TWIN
    pchat::WindowsConsole::attachToParent();
#endif
    return pchat::ProcessEnd::finish(pchat::FailbackApplication::run(argc, argv));
}
