#include "backupsql.h"

#include "sqlquote.h"

#include <QStringList>

namespace pchat {

QString BackupSql::backupDatabase(const QString& database, const QString& path,
                                  const BackupSettings& settings)
{
    QStringList options;
    if (settings.copyOnly)
        options << QStringLiteral("COPY_ONLY");
    if (!settings.description.isEmpty())
        options << QStringLiteral("DESCRIPTION = %1").arg(SqlQuote::literal(settings.description));
    options << QStringLiteral("NOFORMAT");
    options << (settings.overwriteMedia ? QStringLiteral("INIT") : QStringLiteral("NOINIT"));
    options << QStringLiteral("NAME = %1").arg(SqlQuote::literal(settings.backupSetName));
    options << QStringLiteral("SKIP") << QStringLiteral("NOREWIND") << QStringLiteral("NOUNLOAD");
    switch (settings.compression) {
    case BackupCompression::Compress:
        options << QStringLiteral("COMPRESSION");
        break;
    case BackupCompression::DoNotCompress:
        options << QStringLiteral("NO_COMPRESSION");
        break;
    case BackupCompression::ServerDefault:
        break; // the server's "backup compression default" decides
    }
    if (settings.checksum)
        options << QStringLiteral("CHECKSUM");
    options << QStringLiteral("STATS = %1").arg(settings.statsPercent);
    return QStringLiteral("BACKUP DATABASE %1 TO DISK = %2\nWITH %3;")
        .arg(SqlQuote::identifier(database), SqlQuote::literal(path), options.join(QStringLiteral(", ")));
}

QString BackupSql::verifyBackup(const QString& database, const QString& path)
{
    const QString name = SqlQuote::literal(database);
    // RAISERROR reads its message as a printf-style format, so a % in the name must be doubled first.
    QString message =
        QStringLiteral("Verify failed. Backup information for database '%1' not found.").arg(database);
    message.replace(u'%', QStringLiteral("%%"));
    return QStringLiteral("DECLARE @backupSetId AS int;\n"
                          "SELECT @backupSetId = position FROM msdb..backupset WHERE database_name = %1 "
                          "AND backup_set_id = (SELECT MAX(backup_set_id) FROM msdb..backupset "
                          "WHERE database_name = %1);\n"
                          "IF @backupSetId IS NULL BEGIN RAISERROR(%2, 16, 1) END;\n"
                          "RESTORE VERIFYONLY FROM DISK = %3 WITH FILE = @backupSetId, NOUNLOAD, NOREWIND;")
        .arg(name, SqlQuote::literal(message), SqlQuote::literal(path));
}

QString BackupSql::headerOnly(const QString& path)
{
    return QStringLiteral("RESTORE HEADERONLY FROM DISK = %1;").arg(SqlQuote::literal(path));
}

QString BackupSql::fileListOnly(const QString& path, int position)
{
    return QStringLiteral("RESTORE FILELISTONLY FROM DISK = %1 WITH FILE = %2;")
        .arg(SqlQuote::literal(path), QString::number(position));
}

QString BackupSql::latestBackupSet(const QString& database)
{
    return QStringLiteral("SELECT TOP (1) b.backup_set_id, b.database_name, b.name, b.description, b.type, "
                          "b.position,\n"
                          "       b.backup_start_date, b.backup_finish_date, b.backup_size, b.is_copy_only, "
                          "b.has_backup_checksums,\n"
                          "       f.physical_device_name\n"
                          "FROM msdb.dbo.backupset AS b\n"
                          "INNER JOIN msdb.dbo.backupmediafamily AS f ON f.media_set_id = b.media_set_id\n"
                          "WHERE b.database_name = %1\n"
                          "ORDER BY b.backup_set_id DESC;")
        .arg(SqlQuote::literal(database));
}

} // namespace pchat
