#include "checksql.h"

#include "sqlquote.h"

namespace pchat {

QString CheckSql::serverInfo()
{
    // SERVERPROPERTY returns sql_variant, which ODBC drivers read poorly: cast to nvarchar.
    return QStringLiteral(
        "SELECT CAST(SERVERPROPERTY('ServerName') AS nvarchar(128)) AS server_name,\n"
        "       CAST(SERVERPROPERTY('MachineName') AS nvarchar(128)) AS machine_name,\n"
        "       CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS product_version,\n"
        "       CAST(SERVERPROPERTY('ProductLevel') AS nvarchar(128)) AS product_level,\n"
        "       CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition,\n"
        "       IS_SRVROLEMEMBER('sysadmin') AS is_sysadmin,\n"
        "       SUSER_SNAME() AS login_name,\n"
        "       @@SPID AS spid;");
}

QString CheckSql::databases(const QStringList& names)
{
    QStringList literals;
    for (const QString& name : names)
        literals << SqlQuote::literal(name);
    const QString condition = literals.isEmpty()
                                  ? QStringLiteral("1 = 0")
                                  : QStringLiteral("d.name IN (%1)").arg(literals.join(QStringLiteral(", ")));
    return QStringLiteral(
               "SELECT d.name, d.database_id, d.state_desc, d.recovery_model_desc, d.user_access_desc, "
               "d.is_in_standby\n"
               "FROM sys.databases AS d\n"
               "WHERE %1\n"
               "ORDER BY d.name;")
        .arg(condition);
}

QString CheckSql::services()
{
    return QStringLiteral("SELECT servicename, status_desc, service_account, startup_type_desc\n"
                          "FROM sys.dm_server_services;");
}

QString CheckSql::fileExists(const QString& path)
{
    return QStringLiteral("EXEC master.dbo.xp_fileexist %1;").arg(SqlQuote::literal(path));
}

QString CheckSql::databaseSizeMb(const QString& database)
{
    return QStringLiteral(
               "SELECT f.name, f.type_desc, f.physical_name, CAST(f.size AS bigint) * 8 / 1024 AS size_mb\n"
               "FROM sys.master_files AS f\n"
               "WHERE f.database_id = DB_ID(%1);")
        .arg(SqlQuote::literal(database));
}

QString CheckSql::volumeSpace()
{
    return QStringLiteral("SELECT DISTINCT vs.volume_mount_point, vs.total_bytes / 1048576 AS total_mb, "
                          "vs.available_bytes / 1048576 AS available_mb\n"
                          "FROM sys.master_files AS f\n"
                          "CROSS APPLY sys.dm_os_volume_stats(f.database_id, f.file_id) AS vs;");
}

QString CheckSql::logShippingHistory(const QString& database)
{
    // Log shipping initializes a secondary with a restore, so a database that never was one has no restore
    // history here; an ONLINE secondary with one was brought online (RESTORE ... WITH RECOVERY).
    return QStringLiteral("SELECT (SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary_databases AS d\n"
                          "        WHERE d.secondary_database = %1) AS log_shipping_rows,\n"
                          "       (SELECT COUNT(*) FROM msdb.dbo.restorehistory AS h\n"
                          "        WHERE h.destination_database_name = %1) AS restores;")
        .arg(SqlQuote::literal(database));
}

QString CheckSql::defaultPaths()
{
    return QStringLiteral("SELECT CAST(SERVERPROPERTY('InstanceDefaultDataPath') AS nvarchar(260)) AS "
                          "default_data_path,\n"
                          "       CAST(SERVERPROPERTY('InstanceDefaultLogPath') AS nvarchar(260)) AS "
                          "default_log_path;");
}

} // namespace pchat
