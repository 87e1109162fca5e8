// T-SQL of step 5: log shipping configured as SSMS's "Script Configuration" writes it, and its state queries.
#pragma once

#include "plan/plan.h"

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
};

} // namespace pchat
