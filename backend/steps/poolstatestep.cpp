#include "poolnormalstep.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

namespace {

bool isNormal(const QString& state)
{
    return state.compare(QLatin1String("Normal"), Qt::CaseInsensitive) == 0;
}

} // namespace

PoolNormalStep::PoolNormalStep(QObject* parent)
    : ShellStep(StepId::PoolNormal, parent)
{
}

PoolStateInfos PoolNormalStep::parsePools(const QString& output)
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

const PoolStateInfo* PoolNormalStep::planPool() const
{
    for (const PoolStateInfo& pool : m_pools) {
        if (pool.identity.compare(m_plan.lync.poolIdentity.trimmed(), Qt::CaseInsensitive) == 0)
            return &pool;
    }
    return nullptr;
}

StepFindings PoolNormalStep::poolFindings() const
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

void PoolNormalStep::inspect(const Plan& plan)
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
        } else if (isNormal(pool->state)) {
            StepOutcome outcome;
            outcome.status = StepStatus::AlreadyDone;
            outcome.summary = tr("The pool %1 is already Normal.").arg(pool->identity);
            setOutcome(outcome);
        } else {
            setStatus(StepStatus::Ready);
        }
        setFindings(findings);
    });
}

void PoolNormalStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    setStatus(StepStatus::Running);
    runShell({LyncCommands::setPoolStateNormal(m_plan.lync.poolIdentity)}, [this](const ShellResult& result) {
        m_lastOutput = result.standardOutput;
        if (result.cancelled || m_cancelRequested) {
            startVerify(VerifyReason::AfterCancel);
            return;
        }
        if (!result.ok) {
            failShell(result, tr("Setting the pool %1 to Normal failed.").arg(m_plan.lync.poolIdentity),
                      false);
            return;
        }
        startVerify(VerifyReason::AfterRun);
    });
}

void PoolNormalStep::verify(const Plan& plan)
{
    m_plan = plan;
    startVerify(VerifyReason::Requested);
}

void PoolNormalStep::startVerify(VerifyReason reason)
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
        if (pool && isNormal(pool->state)) {
            outcome.status = reason == VerifyReason::AfterCancel ? StepStatus::Cancelled : StepStatus::Done;
            outcome.summary = reason == VerifyReason::AfterCancel
                                  ? tr("Cancelled, but the pool %1 is already Normal.").arg(pool->identity)
                                  : tr("The pool %1 is Normal.").arg(pool->identity);
            finish(outcome);
            return;
        }
        const QString output = result.standardOutput.trimmed();
        outcome.status = reason == VerifyReason::AfterCancel ? StepStatus::Cancelled : StepStatus::Failed;
        outcome.summary = tr("The pool %1 is not Normal: %2")
                              .arg(m_plan.lync.poolIdentity, output.isEmpty() ? tr("no output") : output);
        outcome.error.isError = true;
        outcome.error.text = output;
        outcome.remedy = tr("Run the step (again); if the state stays, run Set-CsPersistentChatState in the "
                            "management shell and read its error.");
        finish(outcome);
    });
}

} // namespace pchat
