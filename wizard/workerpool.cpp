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
        // is gone. A post routine runs in the application's destructor also when exec() never ran (the GUI
        // tests); aboutToQuit waits earlier, while the event loop's objects still exist.
        qAddPostRoutine(waitForPool);
        if (QCoreApplication* application = QCoreApplication::instance())
            QObject::connect(application, &QCoreApplication::aboutToQuit, this, [this] { waitForDone(); });
    }

    static void waitForPool();
};

Q_GLOBAL_STATIC(Pool, pool)

void Pool::waitForPool()
{
    if (pool.exists())
        pool()->waitForDone();
}

} // namespace

QThreadPool* WorkerPool::instance()
{
    return pool();
}

} // namespace pchat
