#include "backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace pchat {

bool BackgroundPriority::lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // Under Linux a nice value belongs to each thread: PRIO_PROCESS with a thread id changes only that
    // thread. Nice 10 weighs a tenth of a normal thread when both want a core; with a core free it runs at
    // full speed.
    const auto thread = id_t(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, thread);
    // Already as low or lower (a program started with nice): raising it back is not this thread's to do.
    if (errno == 0 && current >= 10)
        return true;
    return setpriority(PRIO_PROCESS, thread, 10) == 0;
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
    return QThread::currentThread()->priority() == QThread::LowPriority;
#endif
}

} // namespace pchat
