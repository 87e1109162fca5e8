#include "failoversql.h"

#include "sqlquote.h"

namespace pchat {

QString FailoverSql::logShippingRecord(const QString& database)
{
    // The monitor row is kept on the secondary itself, so it is there even when the primary data center is
    // gone; the copy job updates last_copied_*, the restore job last_restored_*.
    return QStringLiteral(
               "SELECT m.primary_server, m.primary_database, m.last_copied_file, m.last_copied_date,\n"
               "       m.last_restored_file, m.last_restored_date, s.backup_source_directory, "
               "s.backup_destination_directory\n"
               "FROM msdb.dbo.log_shipping_monitor_secondary AS m\n"
               "LEFT JOIN msdb.dbo.log_shipping_secondary AS s ON s.secondary_id = m.secondary_id\n"
               "WHERE m.secondary_database = %1;")
        .arg(SqlQuote::literal(database));
}

QString FailoverSql::removeLogShipping(const QString& database)
{
    // Named parameter and master.dbo: the procedure's page types "exec
    // sp_delete_log_shipping_secondary_database mgc" in a master query window; this is the same call from any
    // database context.
    return QStringLiteral(
               "EXEC master.dbo.sp_delete_log_shipping_secondary_database @secondary_database = %1;")
        .arg(SqlQuote::literal(database));
}

QString FailoverSql::remainingLogShipping(const QString& database)
{
    // After the removal the database's secondary_id is gone, so the secondary-primary row (which
    // sp_delete_log_shipping_secondary_primary removes with the copy and restore jobs) is found as one that
    // no secondary database uses: an anti-join, which needs no correlated subquery.
    return QStringLiteral(
               "SELECT (SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary_databases AS d\n"
               "        WHERE d.secondary_database = %1) AS secondary_database_rows,\n"
               "       (SELECT COUNT(*) FROM msdb.dbo.log_shipping_monitor_secondary AS m\n"
               "        WHERE m.secondary_database = %1) AS monitor_rows,\n"
               "       (SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary AS s\n"
               "        LEFT JOIN msdb.dbo.log_shipping_secondary_databases AS d2 ON d2.secondary_id = "
               "s.secondary_id\n"
               "        WHERE d2.secondary_id IS NULL) AS orphaned_secondary_rows;")
        .arg(SqlQuote::literal(database));
}

QString FailoverSql::secondaryJobs(const QString& database)
{
    // sp_delete_log_shipping_secondary_database deletes the jobs with the last secondary database of a
    // primary; their names are read before, since afterwards nothing in msdb ties them to the database.
    return QStringLiteral("SELECT j.name\n"
                          "FROM msdb.dbo.log_shipping_secondary_databases AS d\n"
                          "JOIN msdb.dbo.log_shipping_secondary AS s ON s.secondary_id = d.secondary_id\n"
                          "JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.copy_job_id OR j.job_id = "
                          "s.restore_job_id\n"
                          "WHERE d.secondary_database = %1;")
        .arg(SqlQuote::literal(database));
}

QString FailoverSql::jobsNamed(const QStringList& names)
{
    if (names.isEmpty())
        return {};
    QStringList literals;
    for (const QString& name : names)
        literals << SqlQuote::literal(name);
    return QStringLiteral("SELECT name FROM msdb.dbo.sysjobs WHERE name IN (%1);")
        .arg(literals.join(QLatin1String(", ")));
}

QString FailoverSql::listFolder(const QString& folder)
{
    // xp_dirtree is undocumented but present from SQL Server 2000 to 2022 and used by dbatools for exactly
    // this; sys.dm_os_enumerate_filesystem (with sizes and times) exists only from SQL Server 2017, and the
    // back ends of Lync 2013 and Skype for Business 2015 run SQL Server 2008 R2 to 2014; xp_cmdshell is off
    // by default and would run a shell. It returns names only: sizes and times come from RESTORE HEADERONLY
    // (BackupSize, BackupFinishDate) and the backup job's <database>_<yyyyMMddHHmmss>.trn names. It also
    // returns no rows, not an error, for a folder it cannot read: check the folder with
    // CheckSql::fileExists first.
    return QStringLiteral("EXEC master.sys.xp_dirtree %1, 1, 1;").arg(SqlQuote::literal(folder));
}

QString FailoverSql::whoIsConnected()
{
    // Undocumented, but what the procedure tells the operator to run, and it exists on every version; the
    // wizard lists the sessions with FailoverSql::sessionsInDatabase.
    return QStringLiteral("EXEC sp_who2;");
}

QString FailoverSql::sessionsInDatabase(const QString& database)
{
    // ecid = 0: one row per session, not per parallel worker. spid > 50: SQL Server's own background tasks
    // (KILL refuses them with 6107) have the low ids on every version the wizard meets.
    return QStringLiteral(
               "SELECT p.spid AS session_id, RTRIM(p.loginame) AS login_name, RTRIM(p.hostname) AS "
               "host_name,\n"
               "       RTRIM(p.program_name) AS program_name, RTRIM(p.status) AS status, "
               "RTRIM(p.cmd) AS command, p.last_batch\n"
               "FROM sys.sysprocesses AS p\n"
               "WHERE p.dbid = DB_ID(%1) AND p.ecid = 0 AND p.spid > 50 AND p.spid <> @@SPID\n"
               "ORDER BY p.spid;")
        .arg(SqlQuote::literal(database));
}

QString FailoverSql::killSession(int sessionId)
{
    // KILL takes no variable: the id is printed from an int, so no text from anywhere reaches the server.
    if (sessionId < 1 || sessionId > 32767)
        return {};
    return QStringLiteral("KILL %1;").arg(sessionId);
}

} // namespace pchat
