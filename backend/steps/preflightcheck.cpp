#include "preflightcheck.h"

#include "shell/lynccommands.h"
#include "sql/checksql.h"
#include "sql/mirroringsql.h"
#include "sql/restoresql.h"

namespace pchat {

QList<PreflightCheck> PreflightCheck::all(const Plan& plan)
{
    const QStringList bothDatabases{plan.mgcDatabase, plan.mgccompDatabase};
    const ScriptTarget backup = ScriptTarget::BackupInstance;
    const ScriptTarget primary = ScriptTarget::PrimaryInstance;
    const ScriptTarget shell = ScriptTarget::ManagementShell;
    return {
        {QStringLiteral("backup.connection"), tr("The backup instance answers and the login is sysadmin"),
         backup, CheckSql::serverInfo()},
        {QStringLiteral("primary.connection"), tr("The primary instance answers and the login is sysadmin"),
         primary, CheckSql::serverInfo()},
        {QStringLiteral("primary.version"),
         tr("The primary runs at least the SQL Server version of the backup instance"), primary,
         CheckSql::serverInfo()},
        {QStringLiteral("backup.databases"),
         tr("%1 and %2 are ONLINE on the backup instance, recovery model FULL")
             .arg(plan.mgcDatabase, plan.mgccompDatabase),
         backup, CheckSql::databases(bothDatabases)},
        {QStringLiteral("backup.mirroring"),
         tr("Mirroring roles of %1 and %2 on the backup instance")
             .arg(plan.mgcDatabase, plan.mgccompDatabase),
         backup, MirroringSql::mirroringState(bothDatabases)},
        {QStringLiteral("primary.database"),
         tr("%1 exists on the primary (reinstalled by Topology Builder), recovery model FULL")
             .arg(plan.mgcDatabase),
         primary, CheckSql::databases({plan.mgcDatabase})},
        {QStringLiteral("primary.sessions"), tr("Open sessions in %1 on the primary").arg(plan.mgcDatabase),
         primary, RestoreSql::sessionsInDatabase(plan.mgcDatabase)},
        {QStringLiteral("backup.agent"),
         tr("SQL Server Agent runs on the backup instance; its service account"), backup,
         CheckSql::services()},
        {QStringLiteral("primary.agent"),
         tr("SQL Server Agent runs on the primary instance; its service account"), primary,
         CheckSql::services()},
        {QStringLiteral("backup.share"), tr("The backup instance's service account reaches the share"),
         backup, CheckSql::fileExists(plan.backup.shareFolder)},
        {QStringLiteral("primary.share"), tr("The primary instance's service account reaches the share"),
         primary, CheckSql::fileExists(plan.backup.shareFolder)},
        {QStringLiteral("backup.copyFolder"), tr("The copy folder exists on the backup server"), backup,
         CheckSql::fileExists(plan.logShipping.copyDestinationFolder)},
        {QStringLiteral("backup.backupFile"),
         tr("The backup file does not exist yet (if it does, INIT overwrites its backup sets)"), backup,
         CheckSql::fileExists(plan.backupFilePath())},
        {QStringLiteral("backup.size"), tr("Size of %1 on the backup instance").arg(plan.mgcDatabase), backup,
         CheckSql::databaseSizeMb(plan.mgcDatabase)},
        {QStringLiteral("primary.space"),
         tr("Free space on the primary's data and log volumes for the restore"), primary,
         CheckSql::volumeSpace()},
        {QStringLiteral("shell.module"), tr("The management shell starts and the module loads"), shell,
         LyncCommands::importModule(plan.lync.module)},
        {QStringLiteral("shell.pool"), tr("The pool is in the FailedOver state"), shell,
         LyncCommands::getPoolState(plan.lync.poolIdentity)},
    };
}

} // namespace pchat
