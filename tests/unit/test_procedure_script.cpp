// The procedure as parts in run order, their file names and targets, and the text a file or the Script dialog
// shows.
#include "backend/run/procedure.h"
#include "backend/shell/lynccommands.h"
#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logshippingsql.h"
#include "backend/sql/mirroringsql.h"
#include "backend/sql/restoresql.h"
#include "backend/run/procedurescript.h"
#include "backend/run/stepinfo.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pchat;
using namespace pchat::test;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST(StepInfo, TitlesAndPlaces)
{
    const QStringList titles{text("Preflight checks"),
                             text("Clear the Active Server list"),
                             text("Remove mirroring from mgc and mgccomp"),
                             text("Back up mgc to the log-shipping share"),
                             text("Restore the primary mgc"),
                             text("Configure log shipping for the primary mgc"),
                             text("Set the active servers"),
                             text("Return the pool to Normal")};
    for (int i = 0; i <= 7; ++i)
        EXPECT_EQ(StepInfo::title(static_cast<StepId>(i)), titles.at(i));
    EXPECT_EQ(StepInfo::where(StepId::ClearActiveServers), text("Lync Server Management Shell"));
    EXPECT_EQ(StepInfo::where(StepId::RemoveMirroring), text("Backup SQL Server instance"));
    EXPECT_EQ(StepInfo::where(StepId::BackupMgc), text("Backup SQL Server instance"));
    EXPECT_EQ(StepInfo::where(StepId::RestorePrimary), text("Primary SQL Server instance"));
    EXPECT_EQ(StepInfo::where(StepId::LogShipping), text("Primary and backup SQL Server instances"));
    EXPECT_EQ(StepInfo::where(StepId::SetActiveServers), text("Lync Server Management Shell"));
    EXPECT_EQ(StepInfo::where(StepId::PoolNormal), text("Lync Server Management Shell"));
    EXPECT_FALSE(StepInfo::where(StepId::Preflight).isEmpty());
}

TEST(ProcedureScript, PartsInRunOrderWithTheirTargets)
{
    const QList<ScriptPart> parts = ProcedureScript::parts(referencePlan(), Procedure::failback());
    const QList<std::tuple<QString, StepId, ScriptTarget, ScriptLanguage>> expected{
        {text("00-preflight-backup-instance.sql"), StepId::Preflight, ScriptTarget::BackupInstance,
         ScriptLanguage::TSql},
        {text("00-preflight-primary-instance.sql"), StepId::Preflight, ScriptTarget::PrimaryInstance,
         ScriptLanguage::TSql},
        {text("00-preflight-shell.ps1"), StepId::Preflight, ScriptTarget::ManagementShell,
         ScriptLanguage::PowerShell},
        {text("01-clear-active-servers.ps1"), StepId::ClearActiveServers, ScriptTarget::ManagementShell,
         ScriptLanguage::PowerShell},
        {text("02-remove-mirroring.sql"), StepId::RemoveMirroring, ScriptTarget::BackupInstance,
         ScriptLanguage::TSql},
        {text("03-backup-mgc.sql"), StepId::BackupMgc, ScriptTarget::BackupInstance, ScriptLanguage::TSql},
        {text("04-restore-mgc.sql"), StepId::RestorePrimary, ScriptTarget::PrimaryInstance,
         ScriptLanguage::TSql},
        {text("05a-log-shipping-initialize-backup.sql"), StepId::LogShipping, ScriptTarget::PrimaryInstance,
         ScriptLanguage::TSql},
        {text("05b-log-shipping-initialize-restore.sql"), StepId::LogShipping, ScriptTarget::BackupInstance,
         ScriptLanguage::TSql},
        {text("05c-log-shipping-primary.sql"), StepId::LogShipping, ScriptTarget::PrimaryInstance,
         ScriptLanguage::TSql},
        {text("05d-log-shipping-secondary.sql"), StepId::LogShipping, ScriptTarget::BackupInstance,
         ScriptLanguage::TSql},
        {text("06-set-active-servers.ps1"), StepId::SetActiveServers, ScriptTarget::ManagementShell,
         ScriptLanguage::PowerShell},
        {text("07-set-pool-state-normal.ps1"), StepId::PoolNormal, ScriptTarget::ManagementShell,
         ScriptLanguage::PowerShell},
    };
    ASSERT_EQ(parts.size(), expected.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto& [fileName, step, target, language] = expected.at(i);
        EXPECT_EQ(parts.at(i).fileName, fileName);
        EXPECT_EQ(parts.at(i).step, step) << fileName.toStdString();
        EXPECT_EQ(parts.at(i).target, target) << fileName.toStdString();
        EXPECT_EQ(parts.at(i).language, language) << fileName.toStdString();
        EXPECT_FALSE(parts.at(i).title.isEmpty());
        EXPECT_FALSE(parts.at(i).batches.isEmpty());
    }
}

TEST(ProcedureScript, BatchesOfEachPartComeFromTheBuilders)
{
    const Plan plan = referencePlan();
    const QList<ScriptPart> parts = ProcedureScript::parts(plan, Procedure::failback());
    const QStringList databases{QStringLiteral("mgc"), QStringLiteral("mgccomp")};
    EXPECT_EQ(parts.at(0).batches,
              (QStringList{CheckSql::serverInfo(), CheckSql::databases(databases),
                           MirroringSql::mirroringState(databases), CheckSql::services(),
                           CheckSql::fileExists(QStringLiteral("\\\\FS01\\PChatLogShip")),
                           CheckSql::fileExists(QStringLiteral("\\\\FS01\\PChatLogShip\\mgc_failback.bak")),
                           CheckSql::fileExists(QStringLiteral("E:\\PChatLSCopy")),
                           CheckSql::databaseSizeMb(QStringLiteral("mgc"))}));
    EXPECT_EQ(parts.at(1).batches,
              (QStringList{CheckSql::serverInfo(), CheckSql::databases(databases),
                           RestoreSql::sessionsInDatabase(QStringLiteral("mgc")), CheckSql::services(),
                           CheckSql::fileExists(QStringLiteral("\\\\FS01\\PChatLogShip")),
                           CheckSql::databaseSizeMb(QStringLiteral("mgc")), CheckSql::volumeSpace(),
                           CheckSql::defaultPaths()}));
    EXPECT_EQ(parts.at(2).batches,
              (QStringList{LyncCommands::getPersistentChatServices(), LyncCommands::getPoolState()}));
    EXPECT_EQ(parts.at(3).batches,
              QStringList{LyncCommands::clearActiveServers(QStringLiteral("PChatServerCollection"))});
    EXPECT_EQ(parts.at(4).batches, (QStringList{MirroringSql::removeMirroring(QStringLiteral("mgc")),
                                                MirroringSql::removeMirroring(QStringLiteral("mgccomp"))}));
    EXPECT_EQ(
        parts.at(5).batches,
        (QStringList{BackupSql::backupDatabase(QStringLiteral("mgc"), plan.backupFilePath(), plan.backup),
                     BackupSql::verifyBackup(QStringLiteral("mgc"), plan.backupFilePath())}));
    QStringList restore{BackupSql::headerOnly(plan.backupFilePath()),
                        BackupSql::fileListOnly(plan.backupFilePath(), 1)};
    restore << RestoreSql::restoreBatches(QStringLiteral("mgc"), plan.backupFilePath(), plan.restore,
                                          RecoveryState::Recovery);
    EXPECT_EQ(parts.at(6).batches, restore);
    EXPECT_EQ(parts.at(7).batches, QStringList{LogShippingSql::initializationBackup(plan)});
    EXPECT_EQ(parts.at(8).batches, LogShippingSql::initializationRestore(plan));
    EXPECT_EQ(parts.at(9).batches, QStringList{LogShippingSql::primaryConfiguration(plan)});
    EXPECT_EQ(parts.at(10).batches, QStringList{LogShippingSql::secondaryConfiguration(plan)});
    EXPECT_EQ(parts.at(11).batches,
              QStringList{LyncCommands::addActiveServers(
                  QStringLiteral("PChatServerCollection"),
                  {QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com")})});
    EXPECT_EQ(parts.at(12).batches,
              (QStringList{
                  LyncCommands::setPoolStateNormal(QStringLiteral("PersistentChatServer:pchat.contoso.com")),
                  LyncCommands::getPoolState(QStringLiteral("PersistentChatServer:pchat.contoso.com"))}));
}

TEST(ProcedureScript, OptionalPartsFollowThePlan)
{
    Plan plan = referencePlan();
    plan.backup.verify = false;
    plan.logShipping.initialization = SecondaryInitialization::RestoreExistingBackup;
    QStringList names;
    for (const ScriptPart& part : ProcedureScript::parts(plan, Procedure::failback()))
        names << part.fileName;
    EXPECT_FALSE(names.contains(QStringLiteral("05a-log-shipping-initialize-backup.sql")));
    EXPECT_TRUE(names.contains(QStringLiteral("05b-log-shipping-initialize-restore.sql")));
    EXPECT_EQ(ProcedureScript::partsForStep(plan, StepId::BackupMgc).at(0).batches.size(), 1);

    plan.logShipping.initialization = SecondaryInitialization::AlreadyInitialized;
    const QList<ScriptPart> logShipping = ProcedureScript::partsForStep(plan, StepId::LogShipping);
    ASSERT_EQ(logShipping.size(), 2);
    EXPECT_EQ(logShipping.at(0).fileName, QStringLiteral("05c-log-shipping-primary.sql"));
    EXPECT_EQ(logShipping.at(1).fileName, QStringLiteral("05d-log-shipping-secondary.sql"));
    EXPECT_EQ(ProcedureScript::partsForStep(plan, StepId::Preflight).size(), 3);
}

TEST(ScriptPart, TSqlTextWithHeader)
{
    const Plan plan = referencePlan();
    const ScriptPart part = ProcedureScript::partsForStep(plan, StepId::RemoveMirroring).at(0);
    EXPECT_EQ(part.text(plan), text(R"(-- pchat-failback 0.1.0: Persistent Chat failback
-- Step 2: Remove mirroring from mgc and mgccomp
-- Remove mirroring from mgc, then from mgccomp (Tasks > Mirror > Remove Mirroring)
-- Run on: PCSQL02\PCHAT (backup instance), connect to 127.0.0.1,14333
-- Review this script before you run it: it was generated from the plan.
-- Run it in SSMS, or with sqlcmd -x (no variable substitution) and -f 65001 (UTF-8).

ALTER DATABASE [mgc] SET PARTNER OFF;
GO

ALTER DATABASE [mgccomp] SET PARTNER OFF;
GO
)"));
}

TEST(ScriptPart, PowerShellTextWithHeader)
{
    Plan plan = referencePlan();
    plan.lync.module = ShellModule::SkypeForBusiness;
    const ScriptPart part = ProcedureScript::partsForStep(plan, StepId::PoolNormal).at(0);
    EXPECT_EQ(part.text(plan), text(R"(# pchat-failback 0.1.0: Persistent Chat failback
# Step 7: Return the pool to Normal
# Return the pool to its normal state, then show the state
# Run on: Lync Server Management Shell (Import-Module SkypeForBusiness)
# Review this script before you run it: it was generated from the plan.

Import-Module SkypeForBusiness
Set-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com' -PoolState Normal
Get-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com'
)"));
}

TEST(ScriptPart, HeaderNamesTheInstanceOnlyAndNeverAPassword)
{
    Plan plan = referencePlan();
    plan.primaryInstance.address.clear();
    plan.primaryInstance.password = QStringLiteral("Secret-1");
    plan.backupInstance.password = QStringLiteral("Secret-2");
    for (const ScriptPart& part : ProcedureScript::parts(plan, Procedure::failback())) {
        const QString script = part.text(plan);
        EXPECT_FALSE(script.contains(QStringLiteral("Secret-"))) << part.fileName.toStdString();
        if (part.target == ScriptTarget::PrimaryInstance) {
            EXPECT_TRUE(script.contains(QStringLiteral("-- Run on: PCSQL01\\PCHAT (primary instance)\n")));
        }
    }
    EXPECT_EQ(ScriptPart::targetDescription(ScriptTarget::BackupInstance, plan),
              text("PCSQL02\\PCHAT (backup instance)"));
    EXPECT_EQ(ScriptPart::targetDescription(ScriptTarget::ManagementShell, plan),
              text("Lync Server Management Shell (Import-Module Lync)"));
}

TEST(ProcedureScript, FailoverSteps1And2AreRowsAndPartsOfTheFailover)
{
    const Procedure* failover = Procedure::byName(QStringLiteral("failover"));
    ASSERT_EQ(failover, &Procedure::failover());
    EXPECT_EQ(Procedure::all().indexOf(failover), 1);
    ASSERT_NE(failover->step(1), nullptr);
    EXPECT_EQ(failover->step(0)->id, StepId::Preflight);
    EXPECT_EQ(failover->step(1)->id, StepId::FailoverRemoveLogShipping);
    EXPECT_EQ(failover->step(2)->id, StepId::FailoverCopyBackups);
    EXPECT_EQ(&Procedure::of(StepId::FailoverCopyBackups), failover);
    EXPECT_EQ(StepInfo::number(StepId::FailoverCopyBackups), 2);
    EXPECT_EQ(StepInfo::title(StepId::FailoverRemoveLogShipping),
              text("Remove log shipping from the backup mgc"));
    EXPECT_EQ(StepInfo::title(StepId::FailoverCopyBackups), text("Copy the uncopied log backups"));
    EXPECT_EQ(failover->pageKey(2), QStringLiteral("step2"));

    const Plan plan = referencePlan();
    const QList<ScriptPart> removal = ProcedureScript::partsForStep(plan, StepId::FailoverRemoveLogShipping);
    ASSERT_EQ(removal.size(), 1);
    EXPECT_EQ(removal.first().target, ScriptTarget::BackupInstance);
    EXPECT_TRUE(removal.first().batches.contains(FailoverSql::removeLogShipping(plan.mgcDatabase)));
    EXPECT_LT(removal.first().batches.indexOf(FailoverSql::logShippingRecord(plan.mgcDatabase)),
              removal.first().batches.indexOf(FailoverSql::removeLogShipping(plan.mgcDatabase)));
    const QList<ScriptPart> copy = ProcedureScript::partsForStep(plan, StepId::FailoverCopyBackups);
    ASSERT_EQ(copy.size(), 1);
    EXPECT_EQ(copy.first().batches.value(0), FailoverSql::listFolder(plan.logShipping.backupNetworkPath));
    EXPECT_EQ(copy.first().batches.value(1), FailoverSql::listFolder(plan.logShipping.copyDestinationFolder));
    // Without a network path of its own, log shipping's share is the backup share.
    Plan withoutPath = plan;
    withoutPath.logShipping.backupNetworkPath.clear();
    EXPECT_EQ(
        ProcedureScript::partsForStep(withoutPath, StepId::FailoverCopyBackups).first().batches.value(0),
        FailoverSql::listFolder(plan.backup.shareFolder));
}
