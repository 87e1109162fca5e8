// Runs the Agent jobs of every instance on their schedules, in the world's simulated time.
#pragma once

#include <QObject>

class QTimer;

namespace pchatlab {

class World;

class AgentScheduler : public QObject
{
    Q_OBJECT
public:
    explicit AgentScheduler(World& world, QObject* parent = nullptr);
    // One pass: runs every job whose next run time has come. Public so that tests can drive it.
    void tick();

private:
    World& m_world;
    QTimer* m_timer;
};

} // namespace pchatlab
