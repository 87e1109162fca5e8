// Follows another session's BACKUP or RESTORE from a session of its own and reports its progress, so that the
// page shows percent, throughput and time left while the worker's statement is still running.
#pragma once

#include "progresssample.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace pchat {

class SqlSession;
struct BatchResult;
struct InstanceSettings;

class ProgressProbe : public QObject
{
    Q_OBJECT

public:
    explicit ProgressProbe(const InstanceSettings& instance, QObject* parent = nullptr);
    ~ProgressProbe() override;

    // Starts polling the request of session targetSpid every intervalMs; databaseBytes gives the throughput.
    void start(int targetSpid, qint64 databaseBytes, int intervalMs = 250);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void progress(const pchat::ProgressSample& sample);
    // The probe's own connection failed; the operation itself is not affected.
    void probeFailed(const QString& reason);

private:
    void poll();
    void handleResult(const BatchResult& result);

    std::unique_ptr<SqlSession> m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_target = 0;
    qint64 m_databaseBytes = 0;
    bool m_pending = false;
};

} // namespace pchat
