#include "eventloopprobe.h"

#include <algorithm>
#include <chrono>

namespace pchat::bench {

EventLoopProbe::EventLoopProbe(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::fire);
    m_lateness.reserve(200000);
}

qint64 EventLoopProbe::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void EventLoopProbe::start()
{
    m_last = nowNs();
    m_heartbeat = m_last;
    m_contextAtLast = m_context;
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::fire()
{
    const qint64 now = nowNs();
    const double late = std::max(0.0, double(now - m_last) / 1e6 - m_intervalMs);
    m_lateness.push_back(late);
    if (late > 16.0)
        m_stalls.push_back(
            {now, late, m_contextAtLast == m_context ? m_context : m_contextAtLast + u'>' + m_context});
    m_last = now;
    m_heartbeat = now;
    m_contextAtLast = m_context;
}

std::vector<EventLoopProbe::Stall> EventLoopProbe::stalls() const
{
    std::vector<Stall> sorted = m_stalls;
    std::sort(sorted.begin(), sorted.end(), [](const Stall& a, const Stall& b) { return a.ms > b.ms; });
    return sorted;
}

} // namespace pchat::bench
