// T-SQL of step 4: restore the primary mgc from the step 3 file (overwrite, leave ready to use) and check it.
#pragma once

#include "backend/plan/restoresettings.h"

#include <QString>
#include <QStringList>

namespace pchat {

enum class RecoveryState
{
    Recovery,
    NoRecovery,
    Standby
};

class RestoreSql
{
public:
    // ALTER DATABASE [db] SET SINGLE_USER WITH ROLLBACK IMMEDIATE (SSMS: Close existing connections).
    static QString setSingleUser(const QString& database);
    static QString setMultiUser(const QString& database);
    // RESTORE DATABASE [db] FROM DISK = N'path' WITH FILE = n, [MOVE ...,] NOUNLOAD, REPLACE,
    // RECOVERY|NORECOVERY| STANDBY = N'standbyFile', STATS = n
    static QString restoreDatabase(const QString& database, const QString& path,
                                   const RestoreSettings& settings, RecoveryState recovery,
                                   const QString& standbyFile = {});
    // The batches Run sends, in order: [SET SINGLE_USER,] RESTORE, [SET MULTI_USER] (MULTI_USER only with
    // RECOVERY).
    static QStringList restoreBatches(const QString& database, const QString& path,
                                      const RestoreSettings& settings, RecoveryState recovery,
                                      const QString& standbyFile = {});
    // Whether a batch of restoreBatches is the RESTORE itself (the one a progress probe follows), not the
    // access-mode change around it.
    static bool isRestoreBatch(const QString& batch);
    // User sessions other than this one that use the database: session_id, login_name, host_name,
    // program_name (failback step 4). System sessions are left out: KILL refuses them
    // (6107) and SINGLE_USER does not wait for them. sys.dm_exec_sessions.database_id exists from SQL Server
    // 2012; on 2008 R2 only FailoverSql::whoIsConnected (sp_who2) lists them.
    static QString sessionsInDatabase(const QString& database);
    // The newest msdb.dbo.restorehistory row for the database.
    static QString latestRestore(const QString& database);
};

} // namespace pchat
