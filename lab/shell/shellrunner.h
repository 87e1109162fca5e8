// "pchat-lab shell --control PORT": reads PowerShell lines from stdin and runs them against the running lab.
#pragma once

#include <QStringList>

namespace pchatlab {

class ShellRunner
{
public:
    // arguments without "pchat-lab shell"; returns the process exit code (2 for a usage error).
    static int run(const QStringList& arguments);
};

} // namespace pchatlab
