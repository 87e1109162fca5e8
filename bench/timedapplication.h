// A developer's aid for finding what a stall is made of: the application object, timing each event it
// delivers on the UI thread, so that a stall splits into the click, the paint and the queued calls that
// filled it (off unless asked for; the timing itself costs well under a microsecond per event).
#pragma once

#include <QApplication>
#include <QMap>
#include <QPair>
#include <QString>
#include <vector>

namespace pchat::bench {

class TimedApplication : public QApplication
{
public:
    struct Delivery
    {
        qint64 startNs = 0; // steady_clock
        qint64 endNs = 0;
        int depth = 0;  // 0: from the event loop or the walk; 1: sent while delivering another
        QString what;   // event type, receiver class and object name
        QString inside; // at depth 0: the events sent while it was delivered, by type (count, total ms)
    };

    TimedApplication(int& argc, char** argv);

    void setRecording(bool on) { m_recording = on; }
    bool notify(QObject* receiver, QEvent* event) override;
    // Deliveries at depth 0 or 1 of at least minMs that overlap the span, in the order they started.
    std::vector<Delivery> deliveriesBetween(qint64 fromNs, qint64 toNs, double minMs) const;

private:
    bool m_recording = false;
    int m_depth = 0;
    std::vector<Delivery> m_deliveries;
    // Event type (and for paints the receiver's class): count, ns, of the depth-0 delivery under way.
    QMap<QString, QPair<int, qint64>> m_inside;
};

} // namespace pchat::bench
