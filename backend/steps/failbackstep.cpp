#include "failbackstep.h"

namespace pchat {

FailbackStep::FailbackStep(StepId id, QObject* parent)
    : QObject(parent)
    , m_id(id)
{
    qRegisterMetaType<StepStatus>();
    qRegisterMetaType<StepOutcome>();
}

void FailbackStep::admitCommand(QObject* context, std::function<void()> proceed,
                                std::function<void(const QString& reason)> refuse) const
{
    if (m_gate)
        m_gate(context, std::move(proceed), std::move(refuse));
    else
        proceed();
}

CommandGate FailbackStep::forwardingGate() const
{
    return [this](QObject* context, std::function<void()> proceed,
                  std::function<void(const QString& reason)> refuse) {
        admitCommand(context, std::move(proceed), std::move(refuse));
    };
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
