#include "lab/world/executedlog.h"

#include <algorithm>
#include <QJsonObject>

namespace pchatlab {

ExecutedLog::ExecutedLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void ExecutedLog::append(ExecutedEntry entry)
{
    std::lock_guard lock(m_mutex);
    entry.seq = m_nextSeq++;
    m_entries.push_back(std::move(entry));
    // Bounded: the progress probe polls several times a second for as long as the lab runs.
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

QJsonArray ExecutedLog::since(qint64 since, qsizetype limit, qint64* last) const
{
    std::lock_guard lock(m_mutex);
    QJsonArray out;
    for (const ExecutedEntry& e : m_entries) {
        if (e.seq <= since)
            continue;
        if (out.size() >= limit)
            break;
        out.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                               {QStringLiteral("source"), e.source},
                               {QStringLiteral("spid"), e.spid},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("text"), e.text},
                               {QStringLiteral("object"), e.object},
                               {QStringLiteral("args"), QJsonArray::fromStringList(e.args)}});
    }
    if (last)
        *last = m_nextSeq - 1;
    return out;
}

qint64 ExecutedLog::last() const
{
    std::lock_guard lock(m_mutex);
    return m_nextSeq - 1;
}

} // namespace pchatlab
