// T-SQL of step 5: log shipping configured as SSMS's "Script Configuration" writes it, and its state queries.
#pragma once

#include "backend/plan/plan.h"

#include <QString>
#include <QStringList>

namespace pchat {

class LogShippingSql
{
public:
    // On the primary: sp_add_log_shipping_primary_database, the backup schedule attached and the job enabled,
    // sp_add_log_shipping_alert_job, sp_add_log_shipping_primary_secondary.
    static QString primaryConfiguration(const Plan& plan);
    // On the secondary: sp_add_log_shipping_secondary_primary with the copy and restore schedules,
    // sp_add_log_shipping_secondary_database, the copy and restore jobs enabled.
    static QString secondaryConfiguration(const Plan& plan);
    // Initialization, GenerateFullBackup: full backup of the primary mgc to the share (on the primary).
    static QString initializationBackup(const Plan& plan);
    // Initialization: restore that backup on the secondary WITH NORECOVERY or STANDBY (on the secondary).
    static QStringList initializationRestore(const Plan& plan);
    // State: the primary's msdb.dbo.log_shipping_primary_databases row for the database.
    static QString primaryState(const QString& database);
    // State: the secondary's msdb.dbo.log_shipping_secondary joined with _secondary_databases for the
    // database.
    static QString secondaryState(const QString& database);
    // Jobs of the log-shipping category (LS*) with enabled flag and schedule.
    static QString logShippingJobs();
    // State: the primary's msdb.dbo.log_shipping_primary_secondaries rows (secondary server and database) of
    // the database.
    static QString primarySecondaries(const QString& database);
    // EXEC msdb.dbo.sp_start_job for a job by name (the wizard's "wait for the first log shipped").
    static QString startJob(const QString& jobName);
    // The highest sysjobhistory instance_id of a job (0 without history): what "newer than now" means.
    static QString lastJobHistoryId(const QString& jobName);
    // The job's sysjobhistory rows newer than an instance_id, oldest first: step rows and the job outcome
    // (step_id 0) with run_status, duration and message.
    static QString jobHistorySince(const QString& jobName, qint64 instanceId);
};

} // namespace pchat
