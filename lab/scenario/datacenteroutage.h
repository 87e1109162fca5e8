// The trainer's "disaster" and "rebuild-primary": a data center that stops at once, with log shipping caught
// mid-way, and its instances rebuilt as Topology Builder leaves them (the failback's start).
#pragma once

#include <QString>

namespace pchatlab {

class World;

class DataCenterOutage
{
public:
    // The caller holds the world's mutex. False with `error` set when the scenario has no disaster or it has
    // struck already.
    static bool strike(World& world, QString* error);
    static bool rebuild(World& world, QString* error);

private:
    // The log backups of the last minutes before the outage (see DisasterPlan).
    static void lastMinutes(World& world);
};

} // namespace pchatlab
