#include "procedurescript.h"

#include "backend/run/procedure.h"
#include "backend/run/stepinfo.h"
#include "backend/shell/lynccommands.h"
#include "backend/shell/robocopycommand.h"
#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logchainscript.h"
#include "backend/sql/logrestoresql.h"
#include "backend/sql/logshippingsql.h"
#include "backend/sql/mirroringsql.h"
#include "backend/sql/restoresql.h"
#include "backend/steps/applylogsstep.h"
#include "backend/steps/failovercopybackupsstep.h"
#include "backend/steps/failoverinstallmirrorstep.h"
#include "backend/steps/preflightcheck.h"

namespace pchat {

namespace {

ScriptPart sqlPart(StepId step, const char* fileName, ScriptTarget target, const QString& title,
                   const QStringList& batches)
{
    ScriptPart part;
    part.step = step;
    part.procedureTitle = Procedure::of(step).title();
    part.stepNumber = StepInfo::number(step);
    part.stepTitle = StepInfo::title(step);
    part.fileName = QString::fromLatin1(fileName);
    part.target = target;
    part.language = ScriptLanguage::TSql;
    part.title = title;
    part.batches = batches;
    return part;
}

ScriptPart shellPart(StepId step, const char* fileName, const QString& title, const QStringList& commands)
{
    ScriptPart part = sqlPart(step, fileName, ScriptTarget::ManagementShell, title, commands);
    part.language = ScriptLanguage::PowerShell;
    return part;
}

QStringList preflightBackupInstance(const Plan& plan)
{
    const QStringList databases{plan.mgcDatabase, plan.mgccompDatabase};
    QStringList batches{CheckSql::serverInfo(),
                        CheckSql::databases(databases),
                        MirroringSql::mirroringState(databases),
                        CheckSql::services(),
                        CheckSql::fileExists(plan.backup.shareFolder),
                        CheckSql::fileExists(plan.backupFilePath())};
    // The secondary's Agent reads the log backups and writes the copies (the seed's IMPORTANT note).
    const LogShippingSettings& ls = plan.logShipping;
    if (!ls.backupNetworkPath.isEmpty() &&
        ls.backupNetworkPath.compare(plan.backup.shareFolder, Qt::CaseInsensitive))
        batches << CheckSql::fileExists(ls.backupNetworkPath);
    if (!ls.copyDestinationFolder.isEmpty())
        batches << CheckSql::fileExists(ls.copyDestinationFolder);
    // The size of the source tells whether the primary has room for the restore.
    batches << CheckSql::databaseSizeMb(plan.mgcDatabase);
    return batches;
}

QStringList preflightPrimaryInstance(const Plan& plan)
{
    QStringList batches{CheckSql::serverInfo(), CheckSql::databases({plan.mgcDatabase, plan.mgccompDatabase}),
                        RestoreSql::sessionsInDatabase(plan.mgcDatabase), CheckSql::services(),
                        CheckSql::fileExists(plan.backup.shareFolder)};
    const LogShippingSettings& ls = plan.logShipping;
    if (!ls.backupNetworkPath.isEmpty() &&
        ls.backupNetworkPath.compare(plan.backup.shareFolder, Qt::CaseInsensitive))
        batches << CheckSql::fileExists(ls.backupNetworkPath);
    if (!ls.backupLocalPath.isEmpty())
        batches << CheckSql::fileExists(ls.backupLocalPath);
    batches << CheckSql::databaseSizeMb(plan.mgcDatabase) << CheckSql::volumeSpace()
            << CheckSql::defaultPaths();
    return batches;
}

} // namespace

QList<ScriptPart> ProcedureScript::parts(const Plan& plan, const Procedure& procedure)
{
    QList<ScriptPart> parts;
    for (const ProcedureStep& step : procedure.steps())
        // A procedure without a Preflight builder of its own writes the failback's checks.
        parts << (step.id == StepId::Preflight && procedure.scripts().preflightParts
                      ? procedure.scripts().preflightParts(plan, procedure)
                      : partsForStep(plan, step.id));
    return parts;
}

QList<ScriptPart> ProcedureScript::failbackPreflightParts(const Plan& plan, const Procedure&)
{
    return partsForStep(plan, StepId::Preflight);
}

// The failover's part texts are the checks' own (PreflightCheck), so that the file runs what the page runs.
QList<ScriptPart> ProcedureScript::failoverPreflightParts(const Plan& plan, const Procedure& procedure)
{
    QStringList backup;
    QStringList primary;
    for (const PreflightCheck& check : procedure.preflightChecks()(plan)) {
        if (check.target == ScriptTarget::BackupInstance)
            backup << check.text;
        else if (check.target == ScriptTarget::PrimaryInstance)
            primary << check.text;
    }
    QList<ScriptPart> parts{
        sqlPart(
            StepId::Preflight, "00-preflight-backup-instance.sql", ScriptTarget::BackupInstance,
            tr("Check the backup instance before the failover: version, permissions, services, the share, "
               "the copy folder, mgc as a log-shipping secondary, its redo point and the log backups in "
               "the copy folder and the share (then read each one's header with RESTORE HEADERONLY)"),
            backup),
        sqlPart(StepId::Preflight, "00-preflight-primary-instance.sql", ScriptTarget::PrimaryInstance,
                tr("Check that the primary instance does not answer: the primary data center is down, so "
                   "connecting is expected to fail"),
                primary),
        shellPart(
            StepId::Preflight, "00-preflight-shell.ps1",
            tr("Check the Persistent Chat pools and that the pool is not failed over yet"),
            {LyncCommands::getPersistentChatServices(), LyncCommands::getPoolState(plan.lync.poolIdentity)}),
    };
    for (ScriptPart& part : parts)
        part.procedureTitle = procedure.title();
    return parts;
}

QList<ScriptPart> ProcedureScript::partsForStep(const Plan& plan, StepId step)
{
    const QString mgc = plan.mgcDatabase;
    const LyncSettings& lync = plan.lync;
    const LogShippingSettings& ls = plan.logShipping;
    QList<ScriptPart> parts;
    switch (step) {
    case StepId::Preflight: {
        parts << sqlPart(
            StepId::Preflight, "00-preflight-backup-instance.sql", ScriptTarget::BackupInstance,
            tr("Check the backup instance: version, permissions, databases, mirroring, services, the "
               "share and the copy folder"),
            preflightBackupInstance(plan));
        parts << sqlPart(
            StepId::Preflight, "00-preflight-primary-instance.sql", ScriptTarget::PrimaryInstance,
            tr("Check the primary instance: version, permissions, databases, sessions, services, the share "
               "and the free space"),
            preflightPrimaryInstance(plan));
        parts << shellPart(StepId::Preflight, "00-preflight-shell.ps1",
                           tr("Check the Persistent Chat pools and their state"),
                           {LyncCommands::getPersistentChatServices(), LyncCommands::getPoolState()});
        break;
    }
    case StepId::ClearActiveServers: {
        parts << shellPart(
            StepId::ClearActiveServers, "01-clear-active-servers.ps1",
            tr("Remove every server from the Active Server list, so that no Persistent Chat server "
               "connects to the databases during the failback"),
            {LyncCommands::clearActiveServers(lync.activeServerCollection)});
        break;
    }
    case StepId::RemoveMirroring: {
        parts << sqlPart(
            StepId::RemoveMirroring, "02-remove-mirroring.sql", ScriptTarget::BackupInstance,
            tr("Remove mirroring from mgc, then from mgccomp (Tasks > Mirror > Remove Mirroring)"),
            {MirroringSql::removeMirroring(mgc), MirroringSql::removeMirroring(plan.mgccompDatabase)});
        break;
    }
    case StepId::BackupMgc: {
        QStringList backupBatches{BackupSql::backupDatabase(mgc, plan.backupFilePath(), plan.backup)};
        if (plan.backup.verify)
            backupBatches << BackupSql::verifyBackup(mgc, plan.backupFilePath());
        parts << sqlPart(StepId::BackupMgc, "03-backup-mgc.sql", ScriptTarget::BackupInstance,
                         plan.backup.verify
                             ? tr("Full backup of mgc to the share location established for log "
                                  "shipping, then verify the backup")
                             : tr("Full backup of mgc to the share location established for log "
                                  "shipping"),
                         backupBatches);
        break;
    }
    case StepId::RestorePrimary: {
        QStringList restoreBatches{
            BackupSql::headerOnly(plan.backupFilePath()),
            BackupSql::fileListOnly(plan.backupFilePath(), plan.restore.backupSetPosition)};
        restoreBatches << RestoreSql::restoreBatches(mgc, plan.backupFilePath(), plan.restore,
                                                     RecoveryState::Recovery);
        parts << sqlPart(
            StepId::RestorePrimary, "04-restore-mgc.sql", ScriptTarget::PrimaryInstance,
            tr("List the backup sets and files, then restore mgc: overwrite the existing database and "
               "leave it ready to use"),
            restoreBatches);
        break;
    }
    case StepId::LogShipping: {
        if (ls.initialization == SecondaryInitialization::GenerateFullBackup) {
            parts << sqlPart(
                StepId::LogShipping, "05a-log-shipping-initialize-backup.sql", ScriptTarget::PrimaryInstance,
                tr("Initialize the secondary database: full backup of the primary mgc to the backup folder"),
                {LogShippingSql::initializationBackup(plan)});
        }
        if (ls.initialization != SecondaryInitialization::AlreadyInitialized) {
            parts << sqlPart(
                StepId::LogShipping, "05b-log-shipping-initialize-restore.sql", ScriptTarget::BackupInstance,
                ls.restoreMode == LogRestoreMode::Standby
                    ? tr("Initialize the secondary database: restore the full backup in standby mode")
                    : tr("Initialize the secondary database: restore the full backup without recovery"),
                LogShippingSql::initializationRestore(plan));
        }
        parts << sqlPart(
            StepId::LogShipping, "05c-log-shipping-primary.sql", ScriptTarget::PrimaryInstance,
            tr("Enable mgc as the primary database in a log shipping configuration, with its backup job "
               "and schedule"),
            {LogShippingSql::primaryConfiguration(plan)});
        parts << sqlPart(StepId::LogShipping, "05d-log-shipping-secondary.sql", ScriptTarget::BackupInstance,
                         tr("Add the secondary database with its copy and restore jobs and schedules"),
                         {LogShippingSql::secondaryConfiguration(plan)});
        break;
    }
    case StepId::SetActiveServers: {
        parts << shellPart(
            StepId::SetActiveServers, "06-set-active-servers.ps1",
            tr("Put the Persistent Chat servers of the primary data center on the Active Server list"),
            {LyncCommands::addActiveServers(lync)});
        break;
    }
    case StepId::FailoverRemoveLogShipping: {
        parts << sqlPart(
            StepId::FailoverRemoveLogShipping, "01-remove-log-shipping.sql", ScriptTarget::BackupInstance,
            tr("Record what log shipping knew (last copied and restored file, the folders and jobs), then "
               "remove mgc as the log shipping secondary with its copy and restore jobs"),
            {FailoverSql::logShippingRecord(mgc), FailoverSql::secondaryJobs(mgc),
             FailoverSql::removeLogShipping(mgc), FailoverSql::remainingLogShipping(mgc)});
        break;
    }
    case StepId::FailoverCopyBackups: {
        // A DBA copies with robocopy on a computer whose account reads the share and writes the copy folder;
        // /XC /XN /XO copies only the files the copy folder lacks, which is what the copy job left undone.
        const QString robocopy = RobocopyCommand::copyMissing(FailoverCopyBackupsStep::shareFolder(plan),
                                                              FailoverCopyBackupsStep::copyFolder(plan), mgc);
        QString title;
        if (plan.failover.restoreFromShare)
            title = tr("List the log backups on the share and in the copy folder as the backup instance's "
                       "service account sees them; nothing needs copying: step 3 restores those not copied "
                       "from the share");
        else if (robocopy.isEmpty())
            title = tr("List the log backups on the share and in the copy folder as the backup "
                       "instance's service account sees them; copy those missing with robocopy");
        else
            title = tr("List the log backups on the share and in the copy folder as the backup instance's "
                       "service account sees them; then copy those missing in PowerShell, as an account that "
                       "reads the share and writes the copy folder: %1")
                        .arg(robocopy);
        parts << sqlPart(StepId::FailoverCopyBackups, "02-list-uncopied-log-backups.sql",
                         ScriptTarget::BackupInstance, title,
                         {FailoverSql::listFolder(FailoverCopyBackupsStep::shareFolder(plan)),
                          FailoverSql::listFolder(FailoverCopyBackupsStep::copyFolder(plan)),
                          CheckSql::services()});
        break;
    }
    case StepId::FailoverApplyLogs: {
        // The files are known only on the server, so the script finds, orders and checks them itself, as
        // the step does: the same folders, the header's LSNs against the redo point.
        const QStringList folders = ApplyLogsStep::folders(plan, plan.failover.restoreFromShare);
        parts << sqlPart(
            StepId::FailoverApplyLogs, "03-apply-log-backups.sql", ScriptTarget::BackupInstance,
            folders.size() > 1
                ? tr("Read the state and redo point of mgc, then restore every log backup it lacks WITH "
                     "NORECOVERY: the last batch lists the copy folder and the share, reads each file's "
                     "header (RESTORE HEADERONLY), skips what mgc has, stops at a gap with the missing LSN "
                     "range and at the first failed RESTORE LOG with SQL Server's messages")
                : tr("Read the state and redo point of mgc, then restore every log backup it lacks WITH "
                     "NORECOVERY: the last batch lists the copy folder, reads each file's header (RESTORE "
                     "HEADERONLY), skips what mgc has, stops at a gap with the missing LSN range and at the "
                     "first failed RESTORE LOG with SQL Server's messages"),
            {CheckSql::databases({mgc}), LogRestoreSql::redoStartLsn(mgc), LogRestoreSql::lastLogRestore(mgc),
             LogChainScript::applyLogBackups(mgc, folders, ApplyLogsStep::statsPercent)});
        break;
    }
    case StepId::FailoverBringOnline: {
        parts << sqlPart(StepId::FailoverBringOnline, "04-bring-mgc-online.sql", ScriptTarget::BackupInstance,
                         tr("List the sessions in mgc and the last log backup restored (the recovery point); "
                            "end each session with KILL <session id>, then recover mgc and check that it is "
                            "ONLINE"),
                         {FailoverSql::sessionsInDatabase(mgc), LogRestoreSql::lastLogRestore(mgc),
                          LogRestoreSql::recoverDatabase(mgc), CheckSql::databases({mgc})});
        break;
    }
    case StepId::PoolNormal: {
        parts << shellPart(StepId::PoolNormal, "07-set-pool-state-normal.ps1",
                           tr("Return the pool to its normal state, then show the state"),
                           {LyncCommands::setPoolStateNormal(lync.poolIdentity),
                            LyncCommands::getPoolState(lync.poolIdentity)});
        break;
    }
    case StepId::FailoverPoolState: {
        parts << shellPart(StepId::FailoverPoolState, "05-set-pool-state-failedover.ps1",
                           tr("Fail the pool over to the backup databases, then show the state"),
                           {LyncCommands::setPoolStateFailedOver(lync.poolIdentity),
                            LyncCommands::getPoolState(lync.poolIdentity)});
        break;
    }
    case StepId::FailoverInstallMirror: {
        parts << shellPart(
            StepId::FailoverInstallMirror, "06-install-mirror.ps1",
            tr("Mirror mgc and mgccomp of the new primary to the backup's mirror instance, then show the "
               "mirror state"),
            {FailoverInstallMirrorStep::installCommand(plan, ChatDatabaseType::PersistentChat),
             FailoverInstallMirrorStep::installCommand(plan, ChatDatabaseType::PersistentChatCompliance),
             FailoverInstallMirrorStep::stateCommand(plan)});
        break;
    }
    case StepId::FailoverSetActiveServers: {
        parts << shellPart(
            StepId::FailoverSetActiveServers, "07-set-active-servers.ps1",
            tr("Make the Persistent Chat servers of the backup data center the active servers"),
            {LyncCommands::replaceActiveServers(lync.activeServerCollection, plan.failover.activeServers)});
        break;
    }
    }
    return parts;
}

} // namespace pchat
