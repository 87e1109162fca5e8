#include "timedapplication.h"

#include "eventloopprobe.h"

#include <algorithm>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>

namespace pchat::bench {

namespace {

// Deliveries shorter than this are not kept: a walk delivers hundreds of thousands of events.
constexpr qint64 keptNs = 300000;

QString describe(QObject* receiver, QEvent* event)
{
    const char* type = QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                           .valueToKey(event->type());
    QString what = type ? QString::fromLatin1(type) : QString::number(event->type());
    what += u' ';
    what += QString::fromLatin1(receiver->metaObject()->className());
    if (!receiver->objectName().isEmpty())
        what += u'#' + receiver->objectName();
    return what;
}

} // namespace

TimedApplication::TimedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{
    m_deliveries.reserve(100000);
}

bool TimedApplication::notify(QObject* receiver, QEvent* event)
{
    if (!m_recording || m_depth > 1 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const int depth = m_depth++;
    if (depth == 0)
        m_inside.clear();
    const qint64 start = EventLoopProbe::nowNs();
    // The receiver may delete itself while handling the event: described before it is delivered.
    const QString what = describe(receiver, event);
    const QEvent::Type type = event->type();
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 end = EventLoopProbe::nowNs();
    if (depth == 1) {
        auto& [count, ns] = m_inside[type == QEvent::Paint ? what : what.section(u' ', 0, 0)];
        ++count;
        ns += end - start;
    }
    if (end - start >= keptNs) {
        QString inside;
        if (depth == 0) {
            for (auto it = m_inside.cbegin(); it != m_inside.cend(); ++it) {
                if (it.value().second < keptNs / 3)
                    continue;
                inside += QStringLiteral("%1 %2x %3 ms, ")
                              .arg(it.key())
                              .arg(it.value().first)
                              .arg(double(it.value().second) / 1e6, 0, 'f', 1);
            }
        }
        m_deliveries.push_back({start, end, depth, what, inside});
    }
    return result;
}

std::vector<TimedApplication::Delivery> TimedApplication::deliveriesBetween(qint64 fromNs, qint64 toNs,
                                                                            double minMs) const
{
    std::vector<Delivery> found;
    for (const Delivery& delivery : m_deliveries) {
        if (delivery.endNs >= fromNs && delivery.startNs <= toNs &&
            double(delivery.endNs - delivery.startNs) / 1e6 >= minMs)
            found.push_back(delivery);
    }
    std::sort(found.begin(), found.end(),
              [](const Delivery& a, const Delivery& b) { return a.startNs < b.startNs; });
    return found;
}

} // namespace pchat::bench
