#include "logrestoresql.h"

#include "sqlquote.h"

namespace pchat {

QString LogRestoreSql::restoreLog(const QString& database, const QString& path, int position,
                                  int statsPercent)
{
    // FILE = n as SSMS's "Restore Transaction Log" writes it: a log-shipping file holds one backup set, but
    // the header rows name each set's position, and the chain is planned per set.
    return QStringLiteral("RESTORE LOG %1 FROM DISK = %2\nWITH FILE = %3, NORECOVERY, STATS = %4;")
        .arg(SqlQuote::identifier(database), SqlQuote::literal(path), QString::number(position),
             QString::number(statsPercent));
}

QString LogRestoreSql::redoStartLsn(const QString& database)
{
    // sys.master_files, not sys.database_files: a restoring database cannot be opened, and SQL Server's
    // "redo LSN" page says to read an offline database's files there. redo_start_lsn is where the next roll
    // forward continues, and SQL Server restores a log backup when FirstLSN <= it < LastLSN.
    // sys.database_recovery_status has no such column (last_log_backup_lsn is about backups taken here), and
    // msdb's restorehistory misses restores done elsewhere. The lowest over the data files (ROWS), because
    // each of them rolls forward from its own point and the restore must start at the earliest.
    return QStringLiteral("SELECT MIN(f.redo_start_lsn) AS redo_start_lsn\n"
                          "FROM sys.master_files AS f\n"
                          "WHERE f.database_id = DB_ID(%1) AND f.type_desc = N'ROWS';")
        .arg(SqlQuote::literal(database));
}

QString LogRestoreSql::lastLogRestore(const QString& database)
{
    return QStringLiteral("SELECT TOP (1) r.restore_date, b.first_lsn, b.last_lsn, b.backup_finish_date, "
                          "m.physical_device_name\n"
                          "FROM msdb.dbo.restorehistory AS r\n"
                          "JOIN msdb.dbo.backupset AS b ON b.backup_set_id = r.backup_set_id\n"
                          "LEFT JOIN msdb.dbo.backupmediafamily AS m ON m.media_set_id = b.media_set_id\n"
                          "WHERE r.destination_database_name = %1 AND r.restore_type = N'L'\n"
                          "ORDER BY r.restore_history_id DESC;")
        .arg(SqlQuote::literal(database));
}

QString LogRestoreSql::recoverDatabase(const QString& database)
{
    return QStringLiteral("RESTORE DATABASE %1 WITH RECOVERY;").arg(SqlQuote::identifier(database));
}

} // namespace pchat
