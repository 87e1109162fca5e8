// An SQL Server Agent schedule of the daily, recurring kind SSMS proposes for log-shipping jobs.
#pragma once

#include <QString>
#include <QTime>

namespace pchat {

enum class ScheduleUnit
{
    Minutes,
    Hours
};

struct AgentSchedule
{
    QString name;
    ScheduleUnit unit = ScheduleUnit::Minutes;
    int interval = 15;
    QTime startTime = QTime(0, 0, 0);
    QTime endTime = QTime(23, 59, 0);
    // YYYYMMDD as sp_add_schedule wants it; 0 lets the builder write the day the script is made.
    int activeStartDate = 0;

    bool operator==(const AgentSchedule&) const = default;
};

} // namespace pchat
