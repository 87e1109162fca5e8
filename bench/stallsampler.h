// A developer's aid for finding what blocks the UI thread: a watchdog thread that, while the event-loop
// probe's heartbeat is late, interrupts the UI thread with a signal and records its stack (Linux only;
// off unless asked for, because the signals themselves disturb what is measured).
#pragma once

#include <atomic>
#include <QString>
#include <QStringList>
#include <thread>
#include <vector>

namespace pchat::bench {

class StallSampler
{
public:
    struct Sample
    {
        qint64 ns = 0;
        QStringList frames;
    };

    // thresholdMs: how late the heartbeat must be before the UI thread is sampled (every 5 ms while late).
    StallSampler(const std::atomic<qint64>& heartbeat, int thresholdMs);
    ~StallSampler();

    // Call on the UI thread: it is the thread that is sampled.
    bool start();
    void stop();
    // Symbolized samples taken between the two steady_clock stamps.
    std::vector<Sample> samplesBetween(qint64 fromNs, qint64 toNs) const;

private:
    void watch();

    const std::atomic<qint64>& m_heartbeat;
    int m_thresholdMs;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    unsigned long m_uiThread = 0;
};

} // namespace pchat::bench
