// The log backups of a database among the names xp_dirtree lists (failover step 2): the backup job names them
// <database>_<yyyyMMddHHmmss>.trn, the time in UTC.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pchat {

class LogBackupNames
{
public:
    // Whether the name is one of the database's log backups (case-insensitive, as Windows compares names).
    static bool isLogBackupOf(const QString& database, const QString& fileName);
    // The UTC time in the name; invalid when the name is not one of the database's log backups.
    static QDateTime backupTime(const QString& database, const QString& fileName);
    // The database's log backups in the share that the copy folder lacks, oldest first: what step 2 copies.
    static QStringList uncopied(const QString& database, const QStringList& shareNames,
                                const QStringList& copyFolderNames);
};

} // namespace pchat
