#include "restoresql.h"

#include "sqlquote.h"

namespace pchat {

QString RestoreSql::setSingleUser(const QString& database)
{
    return QStringLiteral("ALTER DATABASE %1 SET SINGLE_USER WITH ROLLBACK IMMEDIATE;")
        .arg(SqlQuote::identifier(database));
}

QString RestoreSql::setMultiUser(const QString& database)
{
    return QStringLiteral("ALTER DATABASE %1 SET MULTI_USER;").arg(SqlQuote::identifier(database));
}

QString RestoreSql::restoreDatabase(const QString& database, const QString& path,
                                    const RestoreSettings& settings, RecoveryState recovery,
                                    const QString& standbyFile)
{
    QStringList options;
    options << QStringLiteral("FILE = %1").arg(settings.backupSetPosition);
    for (const FileRelocation& relocation : settings.relocations) {
        options << QStringLiteral("MOVE %1 TO %2")
                       .arg(SqlQuote::literal(relocation.logicalName),
                            SqlQuote::literal(relocation.physicalName));
    }
    options << QStringLiteral("NOUNLOAD") << QStringLiteral("REPLACE");
    switch (recovery) {
    case RecoveryState::Recovery:
        options << QStringLiteral("RECOVERY");
        break;
    case RecoveryState::NoRecovery:
        options << QStringLiteral("NORECOVERY");
        break;
    case RecoveryState::Standby:
        options << QStringLiteral("STANDBY = %1").arg(SqlQuote::literal(standbyFile));
        break;
    }
    options << QStringLiteral("STATS = %1").arg(settings.statsPercent);
    return QStringLiteral("RESTORE DATABASE %1 FROM DISK = %2\nWITH %3;")
        .arg(SqlQuote::identifier(database), SqlQuote::literal(path), options.join(QStringLiteral(", ")));
}

QStringList RestoreSql::restoreBatches(const QString& database, const QString& path,
                                       const RestoreSettings& settings, RecoveryState recovery,
                                       const QString& standbyFile)
{
    QStringList batches;
    if (settings.closeExistingConnections)
        batches << setSingleUser(database);
    batches << restoreDatabase(database, path, settings, recovery, standbyFile);
    // A database left restoring cannot be altered; it takes the backup's access mode when it is recovered.
    if (settings.closeExistingConnections && recovery == RecoveryState::Recovery)
        batches << setMultiUser(database);
    return batches;
}

bool RestoreSql::isRestoreBatch(const QString& batch)
{
    return batch.startsWith(QLatin1String("RESTORE"), Qt::CaseInsensitive);
}

QString RestoreSql::sessionsInDatabase(const QString& database)
{
    return QStringLiteral("SELECT s.session_id, s.login_name, s.host_name, s.program_name\n"
                          "FROM sys.dm_exec_sessions AS s\n"
                          "WHERE s.database_id = DB_ID(%1) AND s.is_user_process = 1 AND s.session_id <> "
                          "@@SPID;")
        .arg(SqlQuote::literal(database));
}

QString RestoreSql::latestRestore(const QString& database)
{
    return QStringLiteral("SELECT TOP (1) r.restore_history_id, r.restore_date, r.destination_database_name, "
                          "r.user_name,\n"
                          "       r.backup_set_id, r.restore_type, r.[replace], r.[recovery]\n"
                          "FROM msdb.dbo.restorehistory AS r\n"
                          "WHERE r.destination_database_name = %1\n"
                          "ORDER BY r.restore_history_id DESC;")
        .arg(SqlQuote::literal(database));
}

} // namespace pchat
