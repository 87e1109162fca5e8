// Runs one Agent job to completion in the world (the log-shipping backup, copy and restore steps) and logs
// history.
#pragma once

#include <QString>

namespace pchatlab {

class World;
struct Instance;
struct AgentJob;

class JobRunner
{
public:
    // The world mutex must be held. Returns true when the job succeeded; history rows are written either way.
    static bool run(World& world, Instance& instance, AgentJob& job);

private:
    static QString backup(World& world, Instance& instance, AgentJob& job);
    static QString copy(World& world, Instance& instance, AgentJob& job);
    static QString restore(World& world, Instance& instance, AgentJob& job);
};

} // namespace pchatlab
