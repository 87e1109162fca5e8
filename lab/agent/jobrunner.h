// Runs one Agent job to completion in the world (the log-shipping backup, copy and restore steps) and logs
// history.
#pragma once

#include <QDateTime>
#include <QString>

namespace pchatlab {

class World;
struct Instance;
struct AgentJob;

class JobRunner
{
public:
    // The world mutex must be held. Returns true when the job succeeded; history rows are written either way.
    // `at` is the simulated time of the run (the scenario's history and the disaster run jobs in the past);
    // invalid: now.
    static bool run(World& world, Instance& instance, AgentJob& job, const QDateTime& at = {});

private:
    static QString backup(World& world, Instance& instance, AgentJob& job, const QDateTime& now);
    static QString copy(World& world, Instance& instance, AgentJob& job, const QDateTime& now);
    static QString restore(World& world, Instance& instance, AgentJob& job, const QDateTime& now);
};

} // namespace pchatlab
