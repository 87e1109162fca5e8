// Sets the Persistent Chat pool to a state with Set-CsPersistentChatState and verifies it with
// Get-CsPersistentChatState: the failback's step 7 (Normal) and the failover's step 5 (FailedOver) are the
// two directions of one step. The pool identities are read, never assumed: the documentation writes them in
// different forms.
#pragma once

#include "poolstateinfo.h"
#include "shellstep.h"

namespace pchat {

class PoolStateStep : public ShellStep
{
    Q_OBJECT

public:
    // The command that sets a pool (identity) to the target state.
    using SetStateCommand = QString (*)(const QString& poolIdentity);

    PoolStateStep(StepId id, const QString& targetState, SetStateCommand setState, QObject* parent = nullptr);

    // Reads every pool's state: AlreadyDone when the plan's pool is in the target state, Ready otherwise,
    // Failed when the plan's identity is not among the pools (the page lets the operator pick one).
    void inspect(const Plan& plan) override;
    // Sets the plan's pool to the target state, then verifies.
    void run(const Plan& plan) override;
    // Reads the plan's pool: the target state is Done, anything else Failed with the output.
    void verify(const Plan& plan) override;

    // Normal or FailedOver, as -PoolState takes it.
    const QString& targetState() const { return m_targetState; }
    // The Set- and the Get- command of a run, as the step sends them.
    QStringList commands(const Plan& plan) const;

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

    bool isTarget(const QString& state) const;

    QString m_targetState;
    SetStateCommand m_setState;
    PoolStateInfos m_pools;
};

} // namespace pchat
