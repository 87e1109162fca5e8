#include "sqlstep.h"

#include "sql/erroradvice.h"
#include "stepsession.h"

namespace pchat {

SqlStep::SqlStep(StepId id, QObject* parent)
    : FailbackStep(id, parent)
{
}

SqlStep::~SqlStep() = default;

StepSession* SqlStep::makeSession(const InstanceSettings& instance)
{
    auto* session = new StepSession(instance, this);
    connect(session, &StepSession::commandStarted, this, &FailbackStep::commandStarted);
    connect(session, &StepSession::message, this, &FailbackStep::message);
    return session;
}

StepSession* SqlStep::newSession(const InstanceSettings& instance)
{
    if (m_session)
        m_session->retire();
    m_session = makeSession(instance);
    return m_session;
}

StepSession* SqlStep::newWorker(const InstanceSettings& instance)
{
    if (m_worker)
        m_worker->retire();
    m_worker = makeSession(instance);
    return m_worker;
}

void SqlStep::retireSessions()
{
    if (m_session)
        m_session->retire();
    if (m_worker)
        m_worker->retire();
}

void SqlStep::failWith(const StepOutcome& outcome, bool inspection, const StepFindings& findings)
{
    if (inspection) {
        setOutcome(outcome);
        setFindings(findings.isEmpty() ? this->findings() : findings);
    } else {
        finish(outcome);
    }
}

void SqlStep::failOpen(const SqlMessages& messages, const InstanceSettings& instance, bool inspection)
{
    StepOutcome outcome;
    outcome.status = StepStatus::Failed;
    outcome.error = messages.isEmpty() ? SqlMessage{} : messages.constFirst();
    outcome.summary = tr("Could not connect to %1.").arg(instance.name);
    outcome.remedy = ErrorAdvice::remedyForOpenFailure(messages, instance);
    failWith(outcome, inspection,
             {{tr("Connection to %1").arg(instance.name),
               outcome.error.text.isEmpty() ? outcome.summary : outcome.error.text, false}});
}

void SqlStep::failBatch(const BatchResult& result, const QString& summary, bool inspection)
{
    StepOutcome outcome;
    outcome.status = StepStatus::Failed;
    outcome.error = result.outcome == BatchResult::Outcome::ConnectionLost
                        ? ErrorAdvice::lostConnection(result.messages)
                        : ErrorAdvice::decisiveError(result.messages);
    outcome.summary = summary;
    outcome.remedy = ErrorAdvice::remedy(outcome.error);
    QString subject = summary;
    if (subject.endsWith(QLatin1Char('.')))
        subject.chop(1);
    failWith(outcome, inspection, {{subject, outcome.error.text, false}});
}

} // namespace pchat
