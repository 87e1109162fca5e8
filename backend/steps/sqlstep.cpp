#include "sqlstep.h"

#include "backend/sql/erroradvice.h"
#include "backend/sql/progressprobe.h"
#include "stepsession.h"

namespace pchat {

namespace {
// Often enough for a smooth bar and a reading on screen within 300 ms; cheap for the server.
constexpr int probeIntervalMs = 200;
} // namespace

SqlStep::SqlStep(StepId id, QObject* parent)
    : FailbackStep(id, parent)
{
}

SqlStep::~SqlStep() = default;

StepSession* SqlStep::makeSession(const InstanceSettings& instance)
{
    auto* session = new StepSession(instance, this);
    session->setCommandGate(forwardingGate());
    connect(session, &StepSession::commandStarted, this, &FailbackStep::commandStarted);
    connect(session, &StepSession::commandFinished, this, &FailbackStep::commandFinished);
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

void SqlStep::openSession(const InstanceSettings& instance, bool inspection,
                          std::function<void(StepSession* session)> onOpened)
{
    StepSession* session = newSession(instance);
    session->open([session, onOpened = std::move(onOpened)] { onOpened(session); },
                  [this, instance, inspection](const SqlMessages& messages) {
                      failOpen(messages, instance, inspection);
                  });
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

std::optional<SqlStep::Ending> SqlStep::endingOf(const BatchResult& result, SqlMessage& lostError)
{
    switch (result.outcome) {
    case BatchResult::Outcome::Succeeded:
        return Ending::AfterRun;
    case BatchResult::Outcome::Cancelled:
        return Ending::AfterCancel;
    case BatchResult::Outcome::ConnectionLost:
        lostError = ErrorAdvice::lostConnection(result.messages);
        return Ending::AfterConnectionLost;
    case BatchResult::Outcome::Failed:
        break;
    }
    return std::nullopt;
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
    outcome.error = ErrorAdvice::errorOf(result);
    outcome.summary = summary;
    outcome.remedy = ErrorAdvice::remedy(outcome.error);
    QString subject = summary;
    if (subject.endsWith(QLatin1Char('.')))
        subject.chop(1);
    failWith(outcome, inspection, {{subject, outcome.error.text, false}});
}

void SqlStep::cancel()
{
    m_cancelRequested = true;
    if (m_worker)
        m_worker->cancel();
    else if (m_session)
        m_session->cancel();
}

void SqlStep::startProbe(const InstanceSettings& instance, const QString& commandPrefix, qint64 databaseBytes)
{
    stopProbe();
    if (!m_worker)
        return;
    m_probe = new ProgressProbe(instance, this);
    connect(m_probe, &ProgressProbe::progress, this, [this, commandPrefix](const ProgressSample& sample) {
        if (!sample.command.startsWith(commandPrefix, Qt::CaseInsensitive))
            return;
        m_lastPercent = sample.percent;
        Q_EMIT progress(sample);
    });
    m_probe->start(m_worker->serverProcessId(), databaseBytes, probeIntervalMs);
}

void SqlStep::stopProbe()
{
    if (!m_probe)
        return;
    m_probe->stop();
    m_probe->disconnect(this);
    m_probe->deleteLater();
    m_probe = nullptr;
}

} // namespace pchat
