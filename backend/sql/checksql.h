// Read-only T-SQL that the Environment and Preflight checks run; nothing here changes a server.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class CheckSql
{
public:
    // server_name, machine_name, product_version, product_level, edition, is_sysadmin, login_name, spid
    static QString serverInfo();
    // name, database_id, state_desc, recovery_model_desc, user_access_desc, is_in_standby for the databases
    static QString databases(const QStringList& names);
    // servicename, status_desc, service_account, startup_type_desc from sys.dm_server_services
    static QString services();
    // EXEC master.dbo.xp_fileexist N'path' (File Exists, File is a Directory, Parent Directory Exists)
    static QString fileExists(const QString& path);
    // Size in MB of the database's data and log files (sys.master_files).
    static QString databaseSizeMb(const QString& database);
    // Free space of the volumes that hold the instance's default data and log paths.
    static QString volumeSpace();
    // One row: log_shipping_rows (the database's rows in msdb's log_shipping_secondary_databases) and
    // restores (its rows in msdb's restorehistory): whether a database is, or was, a log-shipping secondary.
    static QString logShippingHistory(const QString& database);
    // Default data and log paths of the instance.
    static QString defaultPaths();
};

} // namespace pchat
