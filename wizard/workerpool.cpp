#include "workerpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace pchat {

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("pchat-workers"));
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        // Qt waits for its global pool before the application object goes; this pool would otherwise be
        // waited for only among the static destructors, with a report still drawing fonts after QApplication
        // is gone.
        if (QCoreApplication* application = QCoreApplication::instance())
            QObject::connect(application, &QCoreApplication::aboutToQuit, this, [this] { waitForDone(); });
    }
};

Q_GLOBAL_STATIC(Pool, pool)

} // namespace

QThreadPool* WorkerPool::instance()
{
    return pool();
}

} // namespace pchat
