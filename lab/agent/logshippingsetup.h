// Puts a scenario's log shipping in place as SSMS's scripts leave it: the primary's backup job, the
// secondary's copy and restore jobs with their schedules, the msdb rows, and the history of the last cycles.
#pragma once

#include <QJsonObject>
#include <QString>

namespace pchatlab {

class World;

class LogShippingSetup
{
public:
    // The scenario's "logShipping" object; false with `error` set when it names what the world lacks.
    static bool apply(const QJsonObject& spec, World& world, QString* error);
};

} // namespace pchatlab
