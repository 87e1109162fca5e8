#include "firstpaintreporter.h"

#include <chrono>
#include <cstdio>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWizard>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace pchat {

namespace {

// Milliseconds since the kernel started this process (before the dynamic loader and static initializers,
// which an in-process timer would miss); -1 where the platform does not tell. /proc counts in clock ticks,
// so this is exact to 10 ms; the benchmark uses the monotonic stamp instead.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it start behind its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22, starttime
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double nowMs = double(boot.tv_sec) * 1000.0 + double(boot.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

} // namespace

void FirstPaintReporter::installIfRequested()
{
    if (qEnvironmentVariableIntValue("PCHAT_REPORT_FIRST_PAINT") != 1)
        return;
    qApp->installEventFilter(new FirstPaintReporter(qApp));
}

bool FirstPaintReporter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
        qobject_cast<QWizard*>(static_cast<QWidget*>(watched)->window())) {
        m_seen = true;
        // The paint pass paints the window and its children and flushes them to the screen before the
        // event loop turns again: report then, when the page is on the screen.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintReporter::report()
{
    const qint64 monotonicNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count();
    std::printf("pchat-first-paint %.1f ms-since-process-start %lld monotonic-ns\n", msSinceProcessStart(),
                static_cast<long long>(monotonicNs));
    std::fflush(stdout);
    qApp->removeEventFilter(this);
    deleteLater();
}

} // namespace pchat
