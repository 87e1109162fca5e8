// One SQL Server Agent job of the log-shipping category (LS*) on an instance, with its schedule, as step 5
// reads it from msdb.dbo.sysjobs and sysschedules.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct LogShippingJobInfo
{
    QString jobId;
    QString name;
    bool enabled = false;
    // Empty when no schedule is attached.
    QString scheduleName;
    bool scheduleEnabled = false;

    bool operator==(const LogShippingJobInfo&) const = default;
};

using LogShippingJobInfos = QList<LogShippingJobInfo>;

} // namespace pchat
