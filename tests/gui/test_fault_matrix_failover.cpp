// The fault matrix's rows for the failover: the wizard of Procedure::failover() on the lab's scenario
// normal-with-log-shipping after the trainer's disaster, each fault at the failover steps it can hit. The
// cells assert what the failback's rows do (MatrixWalk): error with remedy, step not done, values kept, audit
// verified, retry done once the fault is cleared.
#include "matrixwalk.h"

#include <gtest/gtest.h>

namespace {

const QString backupInstance = QStringLiteral("PCSQL02\\PCHAT");
const QString sqlAccount = QStringLiteral("CONTOSO\\svc-pchat-sql");

QString failoverRow(const QString& fault)
{
    return QStringLiteral("failover-") + fault;
}

// The fault switched on before Run at each of the steps.
QList<Cell> before(const QString& fault, std::initializer_list<int> steps)
{
    QList<Cell> cells;
    for (const int step : steps)
        cells.append({step, Phase::Before, fault});
    return cells;
}

} // namespace

TEST(FailoverFaultMatrix, LoginFails)
{
    // Wrong password: SQL Server refuses the login (18456) on the backup instance. Step 6 logs in after
    // Install-CsMirrorDatabase, to read sys.database_mirroring on both instances.
    const QString fault = QStringLiteral("login-fails");
    MatrixWalk::runRow(failoverRow(fault), {before(fault, {0, 1, 2, 3, 4, 6})}, MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, InstanceUnreachable)
{
    // The backup instance cannot be reached (a connection dropped mid-run is the row restore-drop-at: the
    // log backups restore too fast to cut the network while one runs).
    const QString fault = QStringLiteral("instance-unreachable:") + backupInstance;
    MatrixWalk::runRow(failoverRow(QStringLiteral("instance-unreachable")),
                       {before(fault, {0, 1, 2, 3, 4, 6})}, MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, ShareNotReadable)
{
    // The backup instance's service account reads the share: Preflight and step 2 list it, and step 3
    // restores from it. xp_dirtree lists nothing for a folder the account cannot read, so step 3 probes an
    // empty listing (it ended Done with the copied backups only, short of the recovery point).
    const QString fault = QStringLiteral("share-not-readable:") + sqlAccount;
    MatrixWalk::runRow(failoverRow(QStringLiteral("share-not-readable")), {before(fault, {0, 2, 3})},
                       MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, RestoreDropAt)
{
    // The connection of a RESTORE LOG drops half-way.
    const QString fault = QStringLiteral("restore-drop-at:50");
    MatrixWalk::runRow(failoverRow(QStringLiteral("restore-drop-at")), {{{3, Phase::During, fault}}},
                       MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, LogBackupMissing)
{
    // A gap in the log chain on the share: Preflight finds it; step 3 stops at it with 4305.
    const QString fault = QStringLiteral("log-backup-missing");
    MatrixWalk::runRow(failoverRow(fault), {before(fault, {0, 3})}, MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, DbInUse)
{
    // A session that the page did not list when it inspected holds the backup mgc: RESTORE WITH RECOVERY
    // gets 3101.
    const QString fault = QStringLiteral("db-in-use:") + backupInstance + QStringLiteral(":mgc");
    MatrixWalk::runRow(failoverRow(QStringLiteral("db-in-use")), {before(fault, {4})},
                       MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, ShellCmdletFails)
{
    const QString fault = QStringLiteral("shell-cmdlet-fails");
    // After: Set-CsPersistentChatState succeeds, reading the state back with Get- fails.
    MatrixWalk::runRow(failoverRow(fault),
                       {before(fault, {5, 6, 7}),
                        {{5, Phase::After, QStringLiteral("shell-cmdlet-fails:Get-CsPersistentChatState")}}},
                       MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, ShellHangs)
{
    // A cmdlet that never answers (a Central Management Store that accepts and hangs): the wizard stops the
    // shell at the plan's timeout. After: Set-CsPersistentChatState took effect, reading it back hangs.
    const QString fault = QStringLiteral("shell-hangs");
    MatrixWalk::runRow(failoverRow(fault),
                       {before(fault, {0, 5, 6, 7}),
                        {{5, Phase::After, QStringLiteral("shell-hangs:Get-CsPersistentChatState")}}},
                       MatrixProcedure::Failover, RowPlan{.shellTimeoutSeconds = 5});
}

TEST(FailoverFaultMatrix, ShellProgramMissing)
{
    // The plan's shell program is not on this computer (any more): the shell does not start.
    const QString fault = MatrixWalk::shellProgramMissing;
    MatrixWalk::runRow(failoverRow(fault), {before(fault, {0, 5, 6, 7})}, MatrixProcedure::Failover);
}

TEST(FailoverFaultMatrix, MirrorInstallFails)
{
    const QString fault = QStringLiteral("mirror-install-fails:PCSQL02M\\PCHAT");
    MatrixWalk::runRow(failoverRow(QStringLiteral("mirror-install-fails")), {before(fault, {6})},
                       MatrixProcedure::Failover);
}
