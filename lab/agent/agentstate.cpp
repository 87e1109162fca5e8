#include "lab/agent/agentstate.h"

namespace pchatlab {

qint64 AgentSchedule::intervalSeconds() const
{
    switch (freqSubdayType) {
    case 2:
        return std::max(1, freqSubdayInterval);
    case 4:
        return qint64(std::max(1, freqSubdayInterval)) * 60;
    case 8:
        return qint64(std::max(1, freqSubdayInterval)) * 3600;
    default:
        return 86400LL * std::max(1, freqType == 4 ? freqInterval : 1);
    }
}

AgentJob* AgentState::job(const QUuid& id)
{
    for (AgentJob& j : jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

AgentJob* AgentState::job(const QString& name)
{
    for (AgentJob& j : jobs) {
        if (j.name.compare(name, Qt::CaseInsensitive) == 0)
            return &j;
    }
    return nullptr;
}

AgentSchedule* AgentState::schedule(int id)
{
    for (AgentSchedule& s : schedules) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

AgentSchedule* AgentState::schedule(const QString& name)
{
    for (AgentSchedule& s : schedules) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

LogShippingPrimary* AgentState::primary(const QString& database)
{
    for (LogShippingPrimary& p : primaries) {
        if (p.database.compare(database, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

LogShippingSecondary* AgentState::secondary(const QString& primaryServer, const QString& primaryDatabase)
{
    for (LogShippingSecondary& s : secondaries) {
        if (s.primaryServer.compare(primaryServer, Qt::CaseInsensitive) == 0 &&
            s.primaryDatabase.compare(primaryDatabase, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

LogShippingSecondary* AgentState::secondary(const QUuid& id)
{
    for (LogShippingSecondary& s : secondaries) {
        if (s.secondaryId == id)
            return &s;
    }
    return nullptr;
}

LogShippingSecondaryDatabase* AgentState::secondaryDatabase(const QString& database)
{
    for (LogShippingSecondaryDatabase& d : secondaryDatabases) {
        if (d.database.compare(database, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

void AgentState::removeJob(const QUuid& id)
{
    jobs.erase(std::remove_if(jobs.begin(), jobs.end(), [&](const AgentJob& j) { return j.id == id; }),
               jobs.end());
}

} // namespace pchatlab
