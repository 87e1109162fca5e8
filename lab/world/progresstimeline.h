// When each running BACKUP or RESTORE changed its percent_complete, on the machine's monotonic clock: lets a
// benchmark measure how long a client takes to show the server's progress (control command
// "progress-timeline").
#pragma once

#include <deque>
#include <mutex>
#include <QJsonArray>
#include <QString>

namespace pchatlab {

struct ProgressChange
{
    qint64 seq = 0;
    QString instance;
    int spid = 0;
    double percent = 0;
    // std::chrono::steady_clock (CLOCK_MONOTONIC on Linux), which every process on the machine shares.
    qint64 monotonicNs = 0;
};

class ProgressTimeline
{
public:
    explicit ProgressTimeline(qsizetype capacity = 20000);

    // Thread-safe; takes the clock itself, so the stamp is the moment the new value became visible.
    void append(const QString& instance, int spid, double percent);
    // Changes with seq > since, oldest first, at most `limit`; *last is the newest seq handed out so far.
    QJsonArray since(qint64 since, qsizetype limit, qint64* last) const;
    static qint64 nowNs();

private:
    mutable std::mutex m_mutex;
    std::deque<ProgressChange> m_changes;
    qsizetype m_capacity;
    qint64 m_nextSeq = 1;
};

} // namespace pchatlab
