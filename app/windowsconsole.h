// Gives the Windows GUI build of the wizard the console it was started from, so that --help, --version,
// --verify-audit and --export-script print where the operator typed them.
#pragma once

namespace pchat {

class WindowsConsole
{
public:
    // Windows: attaches to the parent's console when there is one and stdout/stderr are not already
    // redirected to a file or pipe. A no-op on other systems; the console twin (pchat-failback-cli.exe) has a
    // console of its own and does not call it.
    static void attachToParent();
};

} // namespace pchat
