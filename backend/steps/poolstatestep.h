// Step 7: set the Persistent Chat pool back to Normal (Set-CsPersistentChatState -PoolState Normal) and
// verify with Get-CsPersistentChatState. The pool identities are read, never assumed: the documentation
// writes them in different forms.
#pragma once

#include "poolstateinfo.h"
#include "shellstep.h"

namespace pchat {

class PoolNormalStep : public ShellStep
{
    Q_OBJECT

public:
    explicit PoolNormalStep(QObject* parent = nullptr);

    // Reads every pool's state: AlreadyDone when the plan's pool is Normal, Ready when it is FailedOver,
    // Failed when the plan's identity is not among the pools (the page lets the operator pick one).
    void inspect(const Plan& plan) override;
    // Sets the plan's pool to Normal, then verifies.
    void run(const Plan& plan) override;
    // Reads the plan's pool: Normal is Done, anything else Failed with the output.
    void verify(const Plan& plan) override;

    // The pools as last read (inspect reads all, verify the plan's pool).
    const PoolStateInfos& pools() const { return m_pools; }
    // Parses Get-CsPersistentChatState's Format-List output.
    static PoolStateInfos parsePools(const QString& output);

private:
    enum class VerifyReason
    {
        Requested,
        AfterRun,
        AfterCancel,
    };

    void startVerify(VerifyReason reason);
    // The pool of m_pools whose identity is the plan's (compared without regard to case).
    const PoolStateInfo* planPool() const;
    StepFindings poolFindings() const;

    PoolStateInfos m_pools;
};

} // namespace pchat
