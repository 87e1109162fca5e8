// Step 1: clear the Persistent Chat active server list (Set-CsPersistentChatActiveServer -ActiveServers
// $Null). No Get- cmdlet for the list is documented, so the step shows the cmdlet's output and the page asks
// the operator to confirm that the list is empty.
#pragma once

#include "shellstep.h"

namespace pchat {

class ClearActiveServersStep : public ShellStep
{
    Q_OBJECT

public:
    explicit ClearActiveServersStep(QObject* parent = nullptr);

    // The shell starts, the module loads, Get-CsService lists the pools; status Ready (never AlreadyDone:
    // the list cannot be read).
    void inspect(const Plan& plan) override;
    // Runs the cmdlet; Done with its output (the page asks for the confirmation), Failed with the error.
    void run(const Plan& plan) override;
    // Nothing can be read back: repeats the last run's outcome, or fails asking for a run or a confirmation.
    void verify(const Plan& plan) override;
};

} // namespace pchat
