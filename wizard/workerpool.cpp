#include "workerpool.h"

#include <QThreadPool>

namespace pchat {

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("pchat-workers"));
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(Pool, pool)

} // namespace

QThreadPool* WorkerPool::instance()
{
    return pool();
}

} // namespace pchat
