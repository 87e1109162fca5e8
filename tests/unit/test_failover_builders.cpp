// Expected text of every builder of the failover procedure for the reference values (mgc on the backup
// instance, the reference plan's share and copy folder).
#include "backend/run/procedure.h"
#include "backend/shell/lynccommands.h"
#include "backend/shell/robocopycommand.h"
#include "backend/sql/checksql.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logrestoresql.h"
#include "backend/sql/mirroringsql.h"
#include "backend/run/procedurescript.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pchat;
using namespace pchat::test;

TEST(FailoverSql, Step1ReadsWhatLogShippingKnew)
{
    EXPECT_EQ(
        FailoverSql::logShippingRecord(QStringLiteral("mgc")),
        QStringLiteral(R"(SELECT m.primary_server, m.primary_database, m.last_copied_file, m.last_copied_date,
       m.last_restored_file, m.last_restored_date, s.backup_source_directory, s.backup_destination_directory
FROM msdb.dbo.log_shipping_monitor_secondary AS m
LEFT JOIN msdb.dbo.log_shipping_secondary AS s ON s.secondary_id = m.secondary_id
WHERE m.secondary_database = N'mgc';)"));
}

TEST(FailoverSql, Step1RemovesLogShippingAndVerifies)
{
    EXPECT_EQ(FailoverSql::removeLogShipping(QStringLiteral("mgc")),
              QStringLiteral(
                  "EXEC master.dbo.sp_delete_log_shipping_secondary_database @secondary_database = N'mgc';"));
    EXPECT_EQ(FailoverSql::remainingLogShipping(QStringLiteral("mgc")),
              QStringLiteral(R"(SELECT (SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary_databases AS d
        WHERE d.secondary_database = N'mgc') AS secondary_database_rows,
       (SELECT COUNT(*) FROM msdb.dbo.log_shipping_monitor_secondary AS m
        WHERE m.secondary_database = N'mgc') AS monitor_rows,
       (SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary AS s
        LEFT JOIN msdb.dbo.log_shipping_secondary_databases AS d2 ON d2.secondary_id = s.secondary_id
        WHERE d2.secondary_id IS NULL) AS orphaned_secondary_rows;)"));
}

TEST(FailoverSql, Step1NamesTheJobsBeforeAndLooksForThemAfter)
{
    EXPECT_EQ(FailoverSql::secondaryJobs(QStringLiteral("mgc")), QStringLiteral(R"(SELECT j.name
FROM msdb.dbo.log_shipping_secondary_databases AS d
JOIN msdb.dbo.log_shipping_secondary AS s ON s.secondary_id = d.secondary_id
JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.copy_job_id OR j.job_id = s.restore_job_id
WHERE d.secondary_database = N'mgc';)"));
    EXPECT_EQ(FailoverSql::jobsNamed(
                  {QStringLiteral("LSCopy_PCSQL01_mgc"), QStringLiteral("LSRestore_PCSQL01_mgc")}),
              QStringLiteral("SELECT name FROM msdb.dbo.sysjobs WHERE name IN (N'LSCopy_PCSQL01_mgc', "
                             "N'LSRestore_PCSQL01_mgc');"));
    // Without names there is nothing to look for (IN () is not T-SQL).
    EXPECT_TRUE(FailoverSql::jobsNamed({}).isEmpty());
}

TEST(FailoverSql, Step2ListsAFolderAsTheServiceAccountSeesIt)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(FailoverSql::listFolder(plan.logShipping.backupNetworkPath),
              QStringLiteral(R"(EXEC master.sys.xp_dirtree N'\\FS01\PChatLogShip', 1, 1;)"));
    EXPECT_EQ(FailoverSql::listFolder(QStringLiteral("E:\\LS Copy\\")),
              QStringLiteral(R"(EXEC master.sys.xp_dirtree N'E:\LS Copy\', 1, 1;)"));
    // The folder check that must come first (xp_dirtree lists an unreadable folder as empty).
    EXPECT_EQ(CheckSql::fileExists(QStringLiteral("E:\\LSCopy")),
              QStringLiteral(R"(EXEC master.dbo.xp_fileexist N'E:\LSCopy';)"));
}

TEST(RobocopyCommand, CopiesTheNamedFilesForPowerShell)
{
    EXPECT_EQ(
        RobocopyCommand::copyFiles(
            QStringLiteral("\\\\FS01\\PChatLogShip"), QStringLiteral("E:\\LSCopy"),
            {QStringLiteral("mgc_20261204101500.trn"), QStringLiteral("mgc_20261204103000.trn")}),
        QStringLiteral(
            R"(robocopy '\\FS01\PChatLogShip' 'E:\LSCopy' 'mgc_20261204101500.trn' 'mgc_20261204103000.trn' /COPY:DAT /R:2 /W:5 /NP)"));
    EXPECT_EQ(
        RobocopyCommand::copyFiles(QStringLiteral("\\\\FS01\\Log Ship\\"), QStringLiteral("E:\\"),
                                   {QStringLiteral("O'Brien_1.trn")}),
        QStringLiteral(R"(robocopy '\\FS01\Log Ship' 'E:\.' 'O''Brien_1.trn' /COPY:DAT /R:2 /W:5 /NP)"));
}

TEST(RobocopyCommand, RefusesWhatNoWindowsPathHolds)
{
    const QString share = QStringLiteral("\\\\FS01\\PChatLogShip");
    const QString copy = QStringLiteral("E:\\LSCopy");
    const QString file = QStringLiteral("mgc_20261204101500.trn");
    EXPECT_EQ(RobocopyCommand::copyFiles(share, copy, {}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, copy, {QStringLiteral("a\" /PURGE \"b")}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, copy, {QStringLiteral("sub\\x.trn")}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, copy, {QStringLiteral("*.*")}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, copy, {QStringLiteral("a\nb.trn")}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, copy, {QString()}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(QStringLiteral("/MIR"), copy, {file}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, QStringLiteral("E:\\x\" /PURGE"), {file}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(share, QStringLiteral("\\"), {file}), QString());
    EXPECT_EQ(RobocopyCommand::copyFiles(QString(), copy, {file}), QString());
}

TEST(RobocopyCommand, FolderArguments)
{
    EXPECT_EQ(RobocopyCommand::folderArgument(QStringLiteral("E:\\LSCopy\\\\")),
              QStringLiteral("E:\\LSCopy"));
    EXPECT_EQ(RobocopyCommand::folderArgument(QStringLiteral("E:\\")), QStringLiteral("E:\\."));
    EXPECT_EQ(RobocopyCommand::folderArgument(QStringLiteral("E:")), QStringLiteral("E:\\."));
    EXPECT_EQ(RobocopyCommand::folderArgument(QStringLiteral("\\\\FS01\\S\\")),
              QStringLiteral("\\\\FS01\\S"));
}

TEST(LogRestoreSql, Step3RestoresEachLogBackupWithNoRecovery)
{
    EXPECT_EQ(LogRestoreSql::restoreLog(QStringLiteral("mgc"),
                                        QStringLiteral("E:\\LSCopy\\mgc_20261204101500.trn"), 1, 10),
              QStringLiteral(R"(RESTORE LOG [mgc] FROM DISK = N'E:\LSCopy\mgc_20261204101500.trn'
WITH FILE = 1, NORECOVERY, STATS = 10;)"));
    EXPECT_EQ(
        LogRestoreSql::restoreLog(QStringLiteral("m]gc"), QStringLiteral("\\\\FS01\\S\\it's.trn"), 2, 5),
        QStringLiteral(R"(RESTORE LOG [m]]gc] FROM DISK = N'\\FS01\S\it''s.trn'
WITH FILE = 2, NORECOVERY, STATS = 5;)"));
}

TEST(LogRestoreSql, Step3ReadsTheRedoPoint)
{
    EXPECT_EQ(LogRestoreSql::redoStartLsn(QStringLiteral("mgc")),
              QStringLiteral(R"(SELECT MIN(f.redo_start_lsn) AS redo_start_lsn
FROM sys.master_files AS f
WHERE f.database_id = DB_ID(N'mgc') AND f.type_desc = N'ROWS';)"));
}

TEST(LogRestoreSql, Step3And4ReadTheLastLogRestoreFromMsdb)
{
    EXPECT_EQ(LogRestoreSql::lastLogRestore(QStringLiteral("m'gc")),
              QStringLiteral(R"(SELECT TOP (1) r.restore_date, b.first_lsn, b.last_lsn, b.backup_finish_date, m.physical_device_name
FROM msdb.dbo.restorehistory AS r
JOIN msdb.dbo.backupset AS b ON b.backup_set_id = r.backup_set_id
LEFT JOIN msdb.dbo.backupmediafamily AS m ON m.media_set_id = b.media_set_id
WHERE r.destination_database_name = N'm''gc' AND r.restore_type = N'L'
ORDER BY r.restore_history_id DESC;)"));
}

TEST(FailoverSql, Step4ListsTheSessionsInTheDatabaseFromSysprocesses)
{
    EXPECT_EQ(FailoverSql::sessionsInDatabase(QStringLiteral("mgc")),
              QStringLiteral(R"(SELECT p.spid AS session_id, RTRIM(p.loginame) AS login_name, RTRIM(p.hostname) AS host_name,
       RTRIM(p.program_name) AS program_name, RTRIM(p.status) AS status, RTRIM(p.cmd) AS command, p.last_batch
FROM sys.sysprocesses AS p
WHERE p.dbid = DB_ID(N'mgc') AND p.ecid = 0 AND p.spid > 50 AND p.spid <> @@SPID
ORDER BY p.spid;)"));
}

TEST(FailoverSql, Step4EndsSessionsAndRecovers)
{
    EXPECT_EQ(FailoverSql::whoIsConnected(), QStringLiteral("EXEC sp_who2;"));
    EXPECT_EQ(FailoverSql::killSession(57), QStringLiteral("KILL 57;"));
    EXPECT_EQ(FailoverSql::killSession(1), QStringLiteral("KILL 1;"));
    EXPECT_EQ(FailoverSql::killSession(32767), QStringLiteral("KILL 32767;"));
    EXPECT_EQ(FailoverSql::killSession(0), QString());
    EXPECT_EQ(FailoverSql::killSession(-2), QString()); // KILL -2 would end orphaned DTC transactions
    EXPECT_EQ(FailoverSql::killSession(32768), QString());
    EXPECT_EQ(LogRestoreSql::recoverDatabase(QStringLiteral("mgc")),
              QStringLiteral("RESTORE DATABASE [mgc] WITH RECOVERY;"));
    // The state check that follows is the preflight's database query.
    EXPECT_EQ(
        CheckSql::databases({QStringLiteral("mgc")}),
        QStringLiteral(
            R"(SELECT d.name, d.database_id, d.state_desc, d.recovery_model_desc, d.user_access_desc, d.is_in_standby
FROM sys.databases AS d
WHERE d.name IN (N'mgc')
ORDER BY d.name;)"));
}

TEST(LyncCommands, Step5FailsThePoolOver)
{
    const Plan plan = referencePlan();
    EXPECT_EQ(LyncCommands::setPoolStateFailedOver(plan.lync.poolIdentity),
              QStringLiteral(
                  "Set-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com' -PoolState "
                  "FailedOver"));
    EXPECT_EQ(
        LyncCommands::setPoolStateFailedOver(QStringLiteral("service:atl-cs-001.litwareinc.com")),
        QStringLiteral("Set-CsPersistentChatState -Identity 'service:atl-cs-001.litwareinc.com' -PoolState "
                       "FailedOver"));
}

TEST(LyncCommands, Step6MirrorsEachDatabaseType)
{
    EXPECT_EQ(
        LyncCommands::installMirrorDatabase(
            ChatDatabaseType::PersistentChat, QStringLiteral("\\\\FS02\\MirrorShare"),
            QStringLiteral("pcsql02.contoso.com"), QStringLiteral("PCHAT"), false),
        QStringLiteral(
            R"(Install-CsMirrorDatabase -DatabaseType PersistentChat -FileShare '\\FS02\MirrorShare' -SqlServerFqdn 'pcsql02.contoso.com' -SqlInstanceName 'PCHAT' -Confirm:$false)"));
    EXPECT_EQ(
        LyncCommands::installMirrorDatabase(ChatDatabaseType::PersistentChatCompliance,
                                            QStringLiteral("\\\\FS02\\MirrorShare"),
                                            QStringLiteral("pcsql02.contoso.com"), QString(), true),
        QStringLiteral(
            R"(Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance -FileShare '\\FS02\MirrorShare' -SqlServerFqdn 'pcsql02.contoso.com' -DropExistingDatabasesOnMirror -Confirm:$false)"));
    EXPECT_EQ(LyncCommands::getDatabaseMirrorState(QStringLiteral("pchat.contoso.com")),
              QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn 'pchat.contoso.com'"));
    EXPECT_EQ(LyncCommands::getDatabaseMirrorState(QStringLiteral("pchat.contoso.com"),
                                                   ChatDatabaseType::PersistentChatCompliance),
              QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn 'pchat.contoso.com' -DatabaseType "
                             "PersistentChatCompliance"));
    // Verified in sys.database_mirroring on both instances with the failback's query.
    EXPECT_TRUE(MirroringSql::mirroringState({QStringLiteral("mgc"), QStringLiteral("mgccomp")})
                    .endsWith(QStringLiteral("WHERE m.database_id IN (DB_ID(N'mgc'), DB_ID(N'mgccomp'));")));
}

TEST(LyncCommands, Step7SetsTheBackupDataCentersServers)
{
    // The failback's builders, for the servers of the other data center.
    EXPECT_EQ(LyncCommands::clearActiveServers(QStringLiteral("PChatServerCollection")),
              QStringLiteral(
                  "Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers $Null"));
    EXPECT_EQ(
        LyncCommands::addActiveServers(QStringLiteral("PChatServerCollection"),
                                       {QStringLiteral("PCHAT11.dc2.contoso.com")}),
        QStringLiteral("Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers "
                       "@{Add='PCHAT11.dc2.contoso.com'}"));
}

TEST(LyncCommands, Step7ReplacesTheActiveServers)
{
    EXPECT_EQ(
        LyncCommands::replaceActiveServers(
            QStringLiteral("PChatServerCollection"),
            {QStringLiteral("PCHAT03.contoso.com"), QStringLiteral("o'x.com")}),
        QStringLiteral("Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers "
                       "@{Replace='PCHAT03.contoso.com','o''x.com'}"));
    EXPECT_EQ(
        LyncCommands::replaceActiveServers(QStringLiteral("global"), {}),
        QStringLiteral("Set-CsPersistentChatActiveServer -Identity 'global' -ActiveServers @{Replace=@()}"));
}

TEST(ProcedureScript, FailoverSteps5To7SendThePlansValues)
{
    const Plan plan = referencePlan();
    const QList<ScriptPart> pool = ProcedureScript::partsForStep(plan, StepId::FailoverPoolState);
    ASSERT_EQ(pool.size(), 1);
    EXPECT_EQ(pool.constFirst().batches,
              (QStringList{QStringLiteral("Set-CsPersistentChatState -Identity "
                                          "'PersistentChatServer:pchat.contoso.com' -PoolState FailedOver"),
                           QStringLiteral("Get-CsPersistentChatState -Identity "
                                          "'PersistentChatServer:pchat.contoso.com'")}));
    const QList<ScriptPart> mirror = ProcedureScript::partsForStep(plan, StepId::FailoverInstallMirror);
    ASSERT_EQ(mirror.size(), 1);
    EXPECT_EQ(mirror.constFirst().language, ScriptLanguage::PowerShell);
    EXPECT_EQ(mirror.constFirst().batches,
              (QStringList{QStringLiteral("Install-CsMirrorDatabase -DatabaseType PersistentChat -FileShare "
                                          "'\\\\FS01\\PChatLogShip' -SqlServerFqdn 'PCSQL02.contoso.com' "
                                          "-SqlInstanceName 'PCHAT' -Confirm:$false"),
                           QStringLiteral("Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance "
                                          "-FileShare '\\\\FS01\\PChatLogShip' -SqlServerFqdn "
                                          "'PCSQL02.contoso.com' -SqlInstanceName 'PCHAT' -Confirm:$false"),
                           QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn 'pchat.contoso.com'")}));
    const QList<ScriptPart> servers = ProcedureScript::partsForStep(plan, StepId::FailoverSetActiveServers);
    ASSERT_EQ(servers.size(), 1);
    EXPECT_EQ(servers.constFirst().batches,
              QStringList{LyncCommands::replaceActiveServers(QStringLiteral("PChatServerCollection"),
                                                             plan.failover.activeServers)});
}

TEST(Procedure, FailoverListsItsShellSteps)
{
    const Procedure& failover = Procedure::failover();
    EXPECT_EQ(failover.name(), QStringLiteral("failover"));
    EXPECT_EQ(Procedure::byName(QStringLiteral("failover")), &failover);
    ASSERT_NE(failover.find(StepId::FailoverInstallMirror), nullptr);
    EXPECT_EQ(failover.find(StepId::FailoverInstallMirror)->number(), 6);
    EXPECT_EQ(&Procedure::of(StepId::FailoverSetActiveServers), &failover);
    EXPECT_EQ(failover.steps().constFirst().id, StepId::Preflight);
}
