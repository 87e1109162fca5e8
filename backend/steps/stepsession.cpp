#include "stepsession.h"

#include "backend/audit/journalkeys.h"
#include "backend/sql/sqlsession.h"

namespace pchat {

StepSession::StepSession(const InstanceSettings& instance, QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<SqlSession>(instance))
    , m_instanceName(instance.name)
{
    connect(m_session.get(), &SqlSession::opened, this, [this](int) {
        if (m_retired || !m_onOpened)
            return;
        const OpenedHandler handler = std::exchange(m_onOpened, {});
        m_onOpenFailed = {};
        handler();
    });
    connect(m_session.get(), &SqlSession::openFailed, this, [this](const SqlMessages& messages) {
        if (m_retired || !m_onOpenFailed)
            return;
        const OpenFailedHandler handler = std::exchange(m_onOpenFailed, {});
        m_onOpened = {};
        handler(messages);
    });
    connect(m_session.get(), &SqlSession::message, this, [this](quint64, const SqlMessage& message) {
        if (!m_retired)
            Q_EMIT this->message(message);
    });
    connect(m_session.get(), &SqlSession::finished, this,
            [this](quint64 tag, const BatchResult& result) { complete(tag, result); });
}

void StepSession::complete(quint64 tag, const BatchResult& result)
{
    if (m_retired)
        return;
    const ResultHandler handler = m_handlers.take(tag);
    Q_EMIT commandFinished(reportOf(result));
    if (handler)
        handler(result);
}

StepSession::~StepSession() = default;

CommandReport StepSession::reportOf(const BatchResult& result) const
{
    CommandReport report;
    report.target = m_instanceName;
    report.durationMs = result.elapsedMs;
    switch (result.outcome) {
    case BatchResult::Outcome::Succeeded:
        report.result = AuditCommand::Succeeded;
        break;
    case BatchResult::Outcome::Failed:
        report.result = AuditCommand::Failed;
        break;
    case BatchResult::Outcome::Cancelled:
        report.result = AuditCommand::Cancelled;
        break;
    case BatchResult::Outcome::ConnectionLost:
        report.result = AuditCommand::ConnectionLost;
        break;
    }
    for (const StatementResult& statement : result.statements)
        report.rows +=
            statement.rows.isEmpty() ? qMax<qint64>(0, statement.rowsAffected) : statement.rows.size();
    for (const SqlMessage& message : result.messages) {
        if (message.isError)
            report.errors << message;
    }
    return report;
}

void StepSession::open(OpenedHandler onOpened, OpenFailedHandler onFailed, const QString& database)
{
    m_onOpened = std::move(onOpened);
    m_onOpenFailed = std::move(onFailed);
    m_session->open(database);
}

void StepSession::execute(const QString& batch, ResultHandler onResult)
{
    if (m_retired)
        return;
    const quint64 tag = m_nextTag++;
    m_handlers.insert(tag, std::move(onResult));
    m_cancelRequested = false;
    Q_EMIT commandStarted(m_instanceName, batch);
    if (!m_gate) {
        m_session->execute(batch, tag);
        return;
    }
    m_gate(
        this,
        [this, batch, tag] {
            if (m_retired)
                return;
            if (m_cancelRequested) {
                BatchResult cancelled;
                cancelled.outcome = BatchResult::Outcome::Cancelled;
                complete(tag, cancelled);
                return;
            }
            m_session->execute(batch, tag);
        },
        [this, tag](const QString& reason) {
            BatchResult refused;
            refused.outcome = BatchResult::Outcome::Failed;
            SqlMessage error;
            error.isError = true;
            error.text = tr("Not sent to %1: %2").arg(m_instanceName, reason);
            refused.messages << error;
            complete(tag, refused);
        });
}

void StepSession::cancel()
{
    m_cancelRequested = true;
    m_session->cancel();
}

void StepSession::retire()
{
    if (m_retired)
        return;
    m_retired = true;
    m_handlers.clear();
    m_onOpened = {};
    m_onOpenFailed = {};
    disconnect(this, nullptr, nullptr, nullptr);
    m_session->cancel();
    deleteLater();
}

bool StepSession::isOpen() const
{
    return m_session->isOpen();
}

int StepSession::serverProcessId() const
{
    return m_session->serverProcessId();
}

} // namespace pchat
