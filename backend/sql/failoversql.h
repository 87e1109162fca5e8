// T-SQL of the failover's steps 1, 2 and 4 on the backup instance: what log shipping knew and its removal,
// the log backups in a folder as the service account sees them, and the sessions that hold the database.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class FailoverSql
{
public:
    // Step 1, before the removal: one row per log_shipping_monitor_secondary row of the database:
    // primary_server, primary_database, last_copied_file, last_copied_date, last_restored_file,
    // last_restored_date, and from log_shipping_secondary backup_source_directory (the share) and
    // backup_destination_directory (the copy folder), NULL when that row is missing.
    static QString logShippingRecord(const QString& database);
    // Step 1: EXEC master.dbo.sp_delete_log_shipping_secondary_database @secondary_database = N'db';
    // Returns no rows; the database itself stays as it is (RESTORING or STANDBY).
    static QString removeLogShipping(const QString& database);
    // Step 1, verify: one row, secondary_database_rows and monitor_rows (the database's rows in
    // log_shipping_secondary_databases and log_shipping_monitor_secondary) and orphaned_secondary_rows
    // (log_shipping_secondary rows no secondary database uses any more). All 0 once log shipping is removed.
    static QString remainingLogShipping(const QString& database);
    // Step 1, before the removal: the names of the database's copy and restore jobs (msdb.dbo.sysjobs name),
    // so that the verification can look for them once msdb has forgotten which jobs they were.
    static QString secondaryJobs(const QString& database);
    // Step 1, verify: the names among these that msdb.dbo.sysjobs still lists; empty without names.
    static QString jobsNamed(const QStringList& names);
    // Step 2: EXEC master.sys.xp_dirtree N'folder', 1, 1; rows subdirectory (the name), depth, file (1 for a
    // file, 0 for a folder), as the SQL Server service account sees the folder.
    static QString listFolder(const QString& folder);
    // Step 4: EXEC sp_who2; as the procedure names it: SPID, Status, Login, HostName, BlkBy, DBName, Command,
    // CPUTime, DiskIO, LastBatch, ProgramName, SPID, REQUESTID for every session (filter DBName yourself).
    static QString whoIsConnected();
    // Step 4: the sessions in the database other than this one: session_id, login_name, host_name,
    // program_name, status, command, last_batch. sys.sysprocesses, not sys.dm_exec_sessions: its database_id
    // came with SQL Server 2012, and Lync 2013's back end may run 2008 R2.
    static QString sessionsInDatabase(const QString& database);
    // Step 4: KILL <sessionId>; empty for an id outside 1..32767 (negative ids are KILL's special forms, and
    // a session id is a smallint). Messages 6104 (own session), 6106 (no such session), 6107 (not a user
    // process).
    static QString killSession(int sessionId);
};

} // namespace pchat
