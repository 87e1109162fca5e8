// Runs pchat-failback in the mode its command line asks for: the wizard, or a console mode such as the
// export.
#pragma once

#include <QCoreApplication>

namespace pchat {

class FailbackApplication
{
    Q_DECLARE_TR_FUNCTIONS(FailbackApplication)

public:
    // Exit codes of the console modes, documented in the README.
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        PlanUnreadable = 3,
        PlanInvalid = 4,
        WriteFailed = 5,
    };

    static int run(int argc, char** argv);
};

} // namespace pchat
