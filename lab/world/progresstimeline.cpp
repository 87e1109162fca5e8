#include "lab/world/progresstimeline.h"

#include <algorithm>
#include <chrono>
#include <QJsonObject>

namespace pchatlab {

ProgressTimeline::ProgressTimeline(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

qint64 ProgressTimeline::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void ProgressTimeline::append(const QString& instance, int spid, double percent)
{
    const qint64 now = nowNs();
    std::lock_guard lock(m_mutex);
    m_changes.push_back({m_nextSeq++, instance, spid, percent, now});
    // Bounded: a lab that runs for days must not grow without end.
    while (qsizetype(m_changes.size()) > m_capacity)
        m_changes.pop_front();
}

QJsonArray ProgressTimeline::since(qint64 since, qsizetype limit, qint64* last) const
{
    std::lock_guard lock(m_mutex);
    QJsonArray out;
    for (const ProgressChange& c : m_changes) {
        if (c.seq <= since)
            continue;
        if (out.size() >= limit)
            break;
        // Nanoseconds exceed a double's exact range only after 104 days of uptime; sent as a string anyway.
        out.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                               {QStringLiteral("instance"), c.instance},
                               {QStringLiteral("spid"), c.spid},
                               {QStringLiteral("percent"), c.percent},
                               {QStringLiteral("ns"), QString::number(c.monotonicNs)}});
    }
    if (last)
        *last = m_nextSeq - 1;
    return out;
}

} // namespace pchatlab
