#include "poolstatestep.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

PoolStateStep::PoolStateStep(StepId id, const QString& targetState, SetStateCommand setState, QObject* parent)
    : ShellStep(id, parent)
    , m_targetState(targetState)
    , m_setState(setState)
{
}

bool PoolStateStep::isTarget(const QString& state) const
{
    return state.compare(m_targetState, Qt::CaseInsensitive) == 0;
}

QStringList PoolStateStep::commands(const Plan& plan) const
{
    return {m_setState(plan.lync.poolIdentity), LyncCommands::getPoolState(plan.lync.poolIdentity)};
}

PoolStateInfos PoolStateStep::parsePools(const QString& output)
{
    PoolStateInfos pools;
    for (const auto& object : ShellResult::parseObjects(output)) {
        if (!object.contains(QStringLiteral("Identity")))
            continue;
        pools << PoolStateInfo{object.value(QStringLiteral("Identity")),
                               object.value(QStringLiteral("PoolState"))};
    }
    return pools;
}

const PoolStateInfo* PoolStateStep::planPool() const
{
    for (const PoolStateInfo& pool : m_pools) {
        if (pool.identity.compare(m_plan.lync.poolIdentity.trimmed(), Qt::CaseInsensitive) == 0)
            return &pool;
    }
    return nullptr;
}

StepFindings PoolStateStep::poolFindings() const
{
    StepFindings findings;
    for (const PoolStateInfo& pool : m_pools) {
        const bool isPlanPool =
            pool.identity.compare(m_plan.lync.poolIdentity.trimmed(), Qt::CaseInsensitive) == 0;
        findings << StepFinding{isPlanPool ? tr("%1 (the plan's pool)").arg(pool.identity) : pool.identity,
                                pool.state, true};
    }
    return findings;
}

void PoolStateStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    runShell({LyncCommands::getPoolState()}, [this](const ShellResult& result) {
        m_lastOutput = result.standardOutput;
        if (!result.ok) {
            failShell(result, tr("Reading the pool states (Get-CsPersistentChatState) failed."), true);
            return;
        }
        m_pools = parsePools(result.standardOutput);
        const PoolStateInfo* pool = planPool();
        StepFindings findings = poolFindings();
        if (!pool) {
            QStringList identities;
            for (const PoolStateInfo& info : std::as_const(m_pools))
                identities << info.identity;
            StepOutcome outcome;
            outcome.status = StepStatus::Failed;
            outcome.summary = identities.isEmpty()
                                  ? tr("Get-CsPersistentChatState lists no Persistent Chat pool.")
                                  : tr("The plan's pool %1 is not among the pools the shell lists.")
                                        .arg(m_plan.lync.poolIdentity);
            outcome.remedy = identities.isEmpty()
                                 ? tr("Check that the shell runs against the right topology.")
                                 : tr("Pick the pool's identity as Get-CsPersistentChatState writes it: %1.")
                                       .arg(identities.join(QStringLiteral(", ")));
            findings << StepFinding{tr("The plan's pool"), tr("%1: not found").arg(m_plan.lync.poolIdentity),
                                    false};
            setOutcome(outcome);
        } else if (isTarget(pool->state)) {
            StepOutcome outcome;
            outcome.status = StepStatus::AlreadyDone;
            outcome.summary = tr("The pool %1 is already %2.").arg(pool->identity, m_targetState);
            setOutcome(outcome);
        } else {
            setStatus(StepStatus::Ready);
        }
        setFindings(findings);
    });
}

void PoolStateStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    setStatus(StepStatus::Running);
    runShell({m_setState(m_plan.lync.poolIdentity)}, [this](const ShellResult& result) {
        m_lastOutput = result.standardOutput;
        if (result.cancelled || m_cancelRequested) {
            startVerify(VerifyReason::AfterCancel);
            return;
        }
        if (!result.ok) {
            failShell(result,
                      tr("Setting the pool %1 to %2 failed.").arg(m_plan.lync.poolIdentity, m_targetState),
                      false);
            return;
        }
        startVerify(VerifyReason::AfterRun);
    });
}

void PoolStateStep::verify(const Plan& plan)
{
    m_plan = plan;
    startVerify(VerifyReason::Requested);
}

void PoolStateStep::startVerify(VerifyReason reason)
{
    setStatus(StepStatus::Verifying);
    runShell({LyncCommands::getPoolState(m_plan.lync.poolIdentity)}, [this,
                                                                      reason](const ShellResult& result) {
        if (!result.ok) {
            failShell(result, tr("Reading the state of the pool %1 failed.").arg(m_plan.lync.poolIdentity),
                      false);
            return;
        }
        m_pools = parsePools(result.standardOutput);
        setFindings(poolFindings());
        const PoolStateInfo* pool = planPool();
        StepOutcome outcome;
        if (pool && isTarget(pool->state)) {
            outcome.status = reason == VerifyReason::AfterCancel ? StepStatus::Cancelled : StepStatus::Done;
            outcome.summary =
                reason == VerifyReason::AfterCancel
                    ? tr("Cancelled, but the pool %1 is already %2.").arg(pool->identity, m_targetState)
                    : tr("The pool %1 is %2.").arg(pool->identity, m_targetState);
            finish(outcome);
            return;
        }
        const QString output = result.standardOutput.trimmed();
        outcome.status = reason == VerifyReason::AfterCancel ? StepStatus::Cancelled : StepStatus::Failed;
        outcome.summary =
            tr("The pool %1 is not %2: %3")
                .arg(m_plan.lync.poolIdentity, m_targetState, output.isEmpty() ? tr("no output") : output);
        outcome.error.isError = true;
        outcome.error.text = output;
        outcome.remedy = tr("Run the step (again); if the state stays, run Set-CsPersistentChatState in the "
                            "management shell and read its error.");
        finish(outcome);
    });
}

} // namespace pchat
