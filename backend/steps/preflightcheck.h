// The checks the Preflight page runs before anything changes: what each verifies, where, and its exact text.
#pragma once

#include "backend/plan/plan.h"
#include "scriptpart.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pchat {


struct PreflightCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)

public:
    // How the Preflight runner evaluates the check's result (one kind per check).
    enum class Kind
    {
        Connection,      // the instance answers and the login is sysadmin
        Version,         // primary ProductVersion >= the backup's
        BackupDatabases, // mgc and mgccomp ONLINE, recovery model of mgc FULL
        Mirroring,       // mirroring roles: PRINCIPAL passes, not mirrored warns
        PrimaryDatabase, // mgc present on the primary, its recovery model
        Sessions,        // open sessions in mgc on the primary
        Agent,           // SQL Server Agent running, the service accounts
        Share,           // xp_fileexist: the share is a directory the service account sees
        CopyFolder,      // xp_fileexist: the copy folder exists on the backup server
        BackupFile,      // xp_fileexist: the backup file does not exist yet
        DatabaseSize,    // size of mgc on the backup instance
        FreeSpace,       // the primary's volumes against that size
        ShellModule,     // the shell starts, the module loads, pools are listed
        PoolState,       // the plan's pool is FailedOver
        // The failover's (FailoverPreflightEvaluator):
        PrimaryDown,       // the primary instance does not answer, as a failover expects
        SecondaryMgc,      // mgc on the backup instance RESTORING or STANDBY, and whether it was log-shipped
        LogChain,          // the log backups in the copy folder and the share continue mgc's chain
        PoolNotFailedOver, // the plan's pool is Normal (not failed over yet)
    };

    // Stable key for tests, logs and the audit trail, e.g. "backup.sysadmin".
    QString id;
    // What the check verifies, in the user's language.
    QString title;
    ScriptTarget target = ScriptTarget::BackupInstance;
    // The read-only T-SQL or PowerShell it runs.
    QString text;
    Kind kind = Kind::Connection;

    // Makes a procedure's checks from the plan; the procedure's description names its own.
    using Builder = QList<PreflightCheck> (*)(const Plan& plan);

    // Every check of the failback's Preflight in the order the page shows them.
    static QList<PreflightCheck> failback(const Plan& plan);
    // The failover's: the primary data center is expected to be down, and mgc's log chain is checked.
    static QList<PreflightCheck> failover(const Plan& plan);
};

} // namespace pchat
