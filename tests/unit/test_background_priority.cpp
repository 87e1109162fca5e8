// BackgroundPriority lowers only the thread that asks: the audit writer's encoding yields to the UI thread,
// which keeps its own priority.
#include "backend/process/backgroundpriority.h"

#include <gtest/gtest.h>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using pchat::BackgroundPriority;

namespace {

int niceOfCurrentThread()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(gettid()));
#else
    return QThread::currentThread()->priority() == QThread::LowPriority ? 10 : 0;
#endif
}

} // namespace

TEST(BackgroundPriority, LowersTheCallingThreadOnly)
{
    const int before = niceOfCurrentThread();
    bool lowered = false;
    int inside = before;
    QThread* thread = QThread::create([&] {
        lowered = BackgroundPriority::lowerCurrentThread();
        inside = niceOfCurrentThread();
    });
    thread->start();
    ASSERT_TRUE(thread->wait(5000));
    delete thread;
    EXPECT_TRUE(lowered);
    EXPECT_EQ(inside, qMax(before, 10));
    EXPECT_EQ(niceOfCurrentThread(), before);
}
