// Measures how late the UI thread's event loop runs a precise short timer: every lateness is a stall the
// operator would feel (a click or a repaint waits as long). Keeps the worst stalls with what was going on.
#pragma once

#include <atomic>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <vector>

namespace pchat::bench {

class EventLoopProbe : public QObject
{
    Q_OBJECT

public:
    struct Stall
    {
        qint64 endNs = 0; // steady_clock, when the loop ran the timer again
        double ms = 0;
        QString context;
    };

    explicit EventLoopProbe(int intervalMs = 2, QObject* parent = nullptr);

    void start();
    void stop();
    // What the walkthrough is doing now (page, action), kept with every stall that starts meanwhile.
    void setContext(const QString& context) { m_context = context; }
    // Lateness of every firing in ms (0 when on time).
    const std::vector<double>& lateness() const { return m_lateness; }
    // Stalls longer than 16 ms (one frame at 60 Hz), longest first.
    std::vector<Stall> stalls() const;
    // Last firing on steady_clock, for a watchdog thread.
    const std::atomic<qint64>& heartbeat() const { return m_heartbeat; }

    static qint64 nowNs();

private:
    void fire();

    QTimer m_timer;
    int m_intervalMs;
    qint64 m_last = 0;
    QString m_context;
    QString m_contextAtLast;
    std::vector<double> m_lateness;
    std::vector<Stall> m_stalls;
    std::atomic<qint64> m_heartbeat{0};
};

} // namespace pchat::bench
