// Step 6: add the plan's Persistent Chat servers to the active server list
// (Set-CsPersistentChatActiveServer -ActiveServers @{Add=...}); servers outside the primary data center are
// flagged, and the page asks the operator to acknowledge them. The failover's step 7 derives from it with its
// own server list and command.
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

protected:
    SetActiveServersStep(StepId id, QObject* parent);

    // The servers the run makes active, and the command that does it.
    virtual QStringList serverFqdns(const Plan& plan) const;
    virtual QString command(const Plan& plan) const;
    // A finding per server of m_plan (not ok where the procedure's data-center rule is broken).
    virtual StepFindings serverFindings() const;
};

} // namespace pchat
