#include "progressprobe.h"

#include "progresssql.h"
#include "sqlsession.h"

namespace pchat {

ProgressProbe::ProgressProbe(const InstanceSettings& instance, QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<SqlSession>(instance))
{
    qRegisterMetaType<ProgressSample>();
    connect(&m_timer, &QTimer::timeout, this, &ProgressProbe::poll);
    connect(m_session.get(), &SqlSession::opened, this, [this] { poll(); });
    connect(m_session.get(), &SqlSession::openFailed, this, [this](const SqlMessages& messages) {
        m_timer.stop();
        Q_EMIT probeFailed(messages.isEmpty() ? QString() : messages.constFirst().text);
    });
    connect(m_session.get(), &SqlSession::finished, this,
            [this](quint64, const BatchResult& result) { handleResult(result); });
}

ProgressProbe::~ProgressProbe() = default;

void ProgressProbe::start(int targetSpid, qint64 databaseBytes, int intervalMs)
{
    m_target = targetSpid;
    m_databaseBytes = databaseBytes;
    m_clock.start();
    m_timer.start(intervalMs);
    if (!m_session->isOpen())
        m_session->open();
}

void ProgressProbe::stop()
{
    m_timer.stop();
}

void ProgressProbe::poll()
{
    // One poll at a time: a slow server must not pile queries up behind each other.
    if (m_pending || !m_session->isOpen() || !m_timer.isActive())
        return;
    m_pending = true;
    m_session->execute(ProgressSql::requestOf(m_target));
}

void ProgressProbe::handleResult(const BatchResult& result)
{
    m_pending = false;
    if (!m_timer.isActive() || result.statements.isEmpty() || result.statements.constFirst().rows.isEmpty())
        return;
    const StatementResult& row = result.statements.constFirst();
    ProgressSample sample;
    sample.command = row.value(0, QStringLiteral("command")).toString().trimmed();
    sample.percent = row.value(0, QStringLiteral("percent_complete")).toDouble();
    sample.elapsedMs = row.value(0, QStringLiteral("total_elapsed_time")).toLongLong();
    sample.blockedBy = row.value(0, QStringLiteral("blocking_session_id")).toInt();
    const qint64 estimate = row.value(0, QStringLiteral("estimated_completion_time")).toLongLong();
    if (sample.elapsedMs <= 0)
        sample.elapsedMs = m_clock.elapsed();
    const double done = sample.percent / 100.0;
    if (done > 0 && sample.elapsedMs > 0) {
        if (m_databaseBytes > 0)
            sample.megabytesPerSecond =
                m_databaseBytes * done / (1024.0 * 1024.0) / (sample.elapsedMs / 1000.0);
        sample.remainingMs = estimate > 0 ? estimate : qint64(sample.elapsedMs * (1.0 - done) / done);
    }
    Q_EMIT progress(sample);
}

} // namespace pchat
