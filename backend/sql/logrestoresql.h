// T-SQL of the failover's steps 3 and 4: log backups restored in sequence on the backup mgc, the redo point
// that tells which are applied, and the restore finished WITH RECOVERY.
#pragma once

#include <QString>

namespace pchat {

class LogRestoreSql
{
public:
    // Step 3: RESTORE LOG [db] FROM DISK = N'path' WITH FILE = n, NORECOVERY, STATS = n;
    // Messages 4035, 3211 (STATS) and 3014 on success; 4305 (too recent: a gap), 4326 (too early: applied
    // already) or 3117 (nothing to roll forward), each followed by 3013, on failure.
    static QString restoreLog(const QString& database, const QString& path, int position, int statsPercent);
    // Step 3: one row, redo_start_lsn numeric(25,0): the LSN from which the next log restore rolls forward
    // (sys.master_files, the lowest over the data files); NULL when the database is online or unknown.
    static QString redoStartLsn(const QString& database);
    // Steps 3 and 4: the newest log restore msdb records for the database (SQL Server writes the backup set
    // into the restoring instance's msdb, the log-shipping restore job's included): restore_date, first_lsn,
    // last_lsn, backup_finish_date, physical_device_name. No row when none was restored here.
    static QString lastLogRestore(const QString& database);
    // Step 4: RESTORE DATABASE [db] WITH RECOVERY; brings a RESTORING (or STANDBY) database online without a
    // backup file. Message 3014 on success; verify with CheckSql::databases (state_desc ONLINE).
    static QString recoverDatabase(const QString& database);
};

} // namespace pchat
