#include "preflightcheck.h"

#include "backend/shell/lynccommands.h"
#include "backend/sql/checksql.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logrestoresql.h"
#include "backend/sql/mirroringsql.h"
#include "backend/sql/restoresql.h"

namespace pchat {

namespace {

// Before step 1 of the failover: the primary data center is gone, so everything is read on the backup
// instance (the log-shipping secondary) and in the management shell of the backup data center.
QList<PreflightCheck> failoverChecks(const Plan& plan)
{
    using Kind = PreflightCheck::Kind;
    const ScriptTarget backup = ScriptTarget::BackupInstance;
    const ScriptTarget shell = ScriptTarget::ManagementShell;
    const QString& mgc = plan.mgcDatabase;
    const QString& copyFolder = plan.logShipping.copyDestinationFolder;
    return {
        {QStringLiteral("backup.connection"),
         PreflightCheck::tr("The backup instance answers and the login is sysadmin"), backup,
         CheckSql::serverInfo(), Kind::Connection},
        {QStringLiteral("primary.down"),
         PreflightCheck::tr("The primary instance does not answer (the primary data center is down)"),
         ScriptTarget::PrimaryInstance, CheckSql::serverInfo(), Kind::PrimaryDown},
        {QStringLiteral("backup.agent"),
         PreflightCheck::tr("SQL Server Agent runs on the backup instance; its service account"), backup,
         CheckSql::services(), Kind::Agent},
        {QStringLiteral("backup.share"),
         PreflightCheck::tr("The backup instance's service account reaches the share"), backup,
         CheckSql::fileExists(plan.backup.shareFolder), Kind::Share},
        {QStringLiteral("backup.copyFolder"),
         PreflightCheck::tr("The copy folder exists on the backup server"), backup,
         CheckSql::fileExists(copyFolder), Kind::CopyFolder},
        {QStringLiteral("backup.secondary"),
         PreflightCheck::tr("%1 on the backup instance is a log-shipping secondary (RESTORING or STANDBY)")
             .arg(mgc),
         backup,
         CheckSql::databases({mgc, plan.mgccompDatabase}) + QLatin1Char('\n') +
             CheckSql::logShippingHistory(mgc),
         Kind::SecondaryMgc},
        // The whole text: the redo point, both listings and msdb's newest log restore (where the chain of a
        // STANDBY database continues: it has no redo point), then RESTORE HEADERONLY of each log backup
        // found.
        {QStringLiteral("backup.logChain"),
         PreflightCheck::tr("The log backups in the copy folder and the share continue the chain of %1")
             .arg(mgc),
         backup,
         LogRestoreSql::redoStartLsn(mgc) + QLatin1Char('\n') + FailoverSql::listFolder(copyFolder) +
             QLatin1Char('\n') + FailoverSql::listFolder(plan.backup.shareFolder) + QLatin1Char('\n') +
             LogRestoreSql::lastLogRestore(mgc),
         Kind::LogChain},
        {QStringLiteral("shell.module"),
         PreflightCheck::tr("The management shell starts and the module loads"), shell,
         LyncCommands::importModule(plan.lync.module) + QLatin1Char('\n') +
             LyncCommands::getPersistentChatServices(),
         Kind::ShellModule},
        {QStringLiteral("shell.pool"), PreflightCheck::tr("The pool is not failed over yet"), shell,
         LyncCommands::getPoolState(plan.lync.poolIdentity), Kind::PoolNotFailedOver},
    };
}

} // namespace

QList<PreflightCheck> PreflightCheck::failover(const Plan& plan)
{
    return failoverChecks(plan);
}

QList<PreflightCheck> PreflightCheck::failback(const Plan& plan)
{
    const QStringList bothDatabases{plan.mgcDatabase, plan.mgccompDatabase};
    const ScriptTarget backup = ScriptTarget::BackupInstance;
    const ScriptTarget primary = ScriptTarget::PrimaryInstance;
    const ScriptTarget shell = ScriptTarget::ManagementShell;
    return {
        {QStringLiteral("backup.connection"), tr("The backup instance answers and the login is sysadmin"),
         backup, CheckSql::serverInfo(), Kind::Connection},
        {QStringLiteral("primary.connection"), tr("The primary instance answers and the login is sysadmin"),
         primary, CheckSql::serverInfo(), Kind::Connection},
        {QStringLiteral("primary.version"),
         tr("The primary runs at least the SQL Server version of the backup instance"), primary,
         CheckSql::serverInfo(), Kind::Version},
        {QStringLiteral("backup.databases"),
         tr("%1 and %2 are ONLINE on the backup instance, recovery model FULL")
             .arg(plan.mgcDatabase, plan.mgccompDatabase),
         backup, CheckSql::databases(bothDatabases), Kind::BackupDatabases},
        {QStringLiteral("backup.mirroring"),
         tr("Mirroring roles of %1 and %2 on the backup instance")
             .arg(plan.mgcDatabase, plan.mgccompDatabase),
         backup, MirroringSql::mirroringState(bothDatabases), Kind::Mirroring},
        {QStringLiteral("primary.database"),
         tr("%1 exists on the primary (reinstalled by Topology Builder), recovery model FULL")
             .arg(plan.mgcDatabase),
         primary, CheckSql::databases({plan.mgcDatabase}), Kind::PrimaryDatabase},
        {QStringLiteral("primary.sessions"), tr("Open sessions in %1 on the primary").arg(plan.mgcDatabase),
         primary, RestoreSql::sessionsInDatabase(plan.mgcDatabase), Kind::Sessions},
        {QStringLiteral("backup.agent"),
         tr("SQL Server Agent runs on the backup instance; its service account"), backup,
         CheckSql::services(), Kind::Agent},
        {QStringLiteral("primary.agent"),
         tr("SQL Server Agent runs on the primary instance; its service account"), primary,
         CheckSql::services(), Kind::Agent},
        {QStringLiteral("backup.share"), tr("The backup instance's service account reaches the share"),
         backup, CheckSql::fileExists(plan.backup.shareFolder), Kind::Share},
        {QStringLiteral("primary.share"), tr("The primary instance's service account reaches the share"),
         primary, CheckSql::fileExists(plan.backup.shareFolder), Kind::Share},
        {QStringLiteral("backup.copyFolder"), tr("The copy folder exists on the backup server"), backup,
         CheckSql::fileExists(plan.logShipping.copyDestinationFolder), Kind::CopyFolder},
        {QStringLiteral("backup.backupFile"),
         tr("The backup file does not exist yet (if it does, INIT overwrites its backup sets)"), backup,
         CheckSql::fileExists(plan.backupFilePath()), Kind::BackupFile},
        {QStringLiteral("backup.size"), tr("Size of %1 on the backup instance").arg(plan.mgcDatabase), backup,
         CheckSql::databaseSizeMb(plan.mgcDatabase), Kind::DatabaseSize},
        {QStringLiteral("primary.space"),
         tr("Free space on the primary's data and log volumes for the restore"), primary,
         CheckSql::volumeSpace(), Kind::FreeSpace},
        {QStringLiteral("shell.module"), tr("The management shell starts and the module loads"), shell,
         LyncCommands::importModule(plan.lync.module) + QLatin1Char('\n') +
             LyncCommands::getPersistentChatServices(),
         Kind::ShellModule},
        {QStringLiteral("shell.pool"), tr("The pool is in the FailedOver state"), shell,
         LyncCommands::getPoolState(plan.lync.poolIdentity), Kind::PoolState},
    };
}

} // namespace pchat
