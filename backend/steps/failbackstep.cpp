#include "failbackstep.h"

#include "procedurescript.h"

namespace pchat {

FailbackStep::FailbackStep(StepId id, QObject* parent)
    : QObject(parent)
    , m_id(id)
{
    qRegisterMetaType<StepStatus>();
    qRegisterMetaType<StepOutcome>();
}

QList<ScriptPart> FailbackStep::script(const Plan& plan) const
{
    return ProcedureScript::partsForStep(plan, m_id);
}

void FailbackStep::setStatus(StepStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void FailbackStep::setFindings(const StepFindings& findings)
{
    m_findings = findings;
    Q_EMIT inspected();
}

void FailbackStep::setOutcome(const StepOutcome& outcome)
{
    m_outcome = outcome;
    setStatus(outcome.status);
}

void FailbackStep::finish(const StepOutcome& outcome)
{
    m_outcome = outcome;
    setStatus(outcome.status);
    Q_EMIT finished(outcome);
}

} // namespace pchat
