#include "lab/agent/agentscheduler.h"

#include "lab/agent/jobrunner.h"
#include "lab/world/world.h"

#include <QTimer>

namespace pchatlab {

AgentScheduler::AgentScheduler(World& world, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &AgentScheduler::tick);
    m_timer->start(100);
}

void AgentScheduler::tick()
{
    // Job steps touch only the model (no waiting), so running them under the lock keeps them atomic.
    std::lock_guard lock(m_world.mutex());
    const QDateTime now = m_world.simulatedNow();
    for (const auto& instance : m_world.instances()) {
        if (!instance->agentRunning || instance->down)
            continue;
        for (AgentJob& job : instance->agent.jobs) {
            qint64 interval = 0;
            for (int id : job.scheduleIds) {
                const AgentSchedule* s = instance->agent.schedule(id);
                if (s && s->enabled)
                    interval = interval ? std::min(interval, s->intervalSeconds()) : s->intervalSeconds();
            }
            if (!job.enabled || interval == 0) {
                job.nextRun = QDateTime();
                continue;
            }
            if (!job.nextRun.isValid()) {
                job.nextRun = now.addSecs(interval);
                continue;
            }
            if (now < job.nextRun)
                continue;
            JobRunner::run(m_world, *instance, job);
            job.nextRun = job.nextRun.addSecs(interval);
            if (job.nextRun <= now) // a slow host must not replay every missed run
                job.nextRun = now.addSecs(interval);
        }
    }
}

} // namespace pchatlab
