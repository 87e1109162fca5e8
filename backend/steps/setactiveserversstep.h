// Step 6: add the plan's Persistent Chat servers to the active server list
// (Set-CsPersistentChatActiveServer -ActiveServers @{Add=...}); servers outside the primary data center are
// flagged, and the page asks the operator to acknowledge them.
#pragma once

#include "shellstep.h"

namespace pchat {

class SetActiveServersStep : public ShellStep
{
    Q_OBJECT

public:
    explicit SetActiveServersStep(QObject* parent = nullptr);

    // The shell starts, the module loads, the pools; a finding per server (not ok outside the primary data
    // center). Status Ready.
    void inspect(const Plan& plan) override;
    // Adds the servers; Done with the cmdlet's output (no Get- cmdlet exists), Failed with the error.
    void run(const Plan& plan) override;
    // Nothing can be read back: repeats the last run's outcome, or fails asking for a run or a confirmation.
    void verify(const Plan& plan) override;

    // FQDNs of the plan's active servers whose data center is not plan.lync.primaryDataCenter.
    static QStringList serversOutsidePrimaryDataCenter(const Plan& plan);

private:
    StepFindings serverFindings() const;
};

} // namespace pchat
