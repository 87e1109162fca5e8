// T-SQL of step 3 (Back Up Database as SSMS scripts it) and of reading a backup file and the backup history.
#pragma once

#include "backend/plan/backupsettings.h"

#include <QString>

namespace pchat {

class BackupSql
{
public:
    // BACKUP DATABASE [db] TO DISK = N'path' WITH [COPY_ONLY,] [DESCRIPTION,] NOFORMAT, INIT|NOINIT, NAME,
    // SKIP, NOREWIND, NOUNLOAD, [COMPRESSION|NO_COMPRESSION,] [CHECKSUM,] STATS = n
    static QString backupDatabase(const QString& database, const QString& path,
                                  const BackupSettings& settings);
    // SSMS's "Verify backup when finished": the newest backup set's position from msdb, then RESTORE
    // VERIFYONLY.
    static QString verifyBackup(const QString& database, const QString& path);
    static QString headerOnly(const QString& path);
    static QString fileListOnly(const QString& path, int position);
    // The newest msdb.dbo.backupset row of the database with its media family's physical device name.
    static QString latestBackupSet(const QString& database);
};

} // namespace pchat
