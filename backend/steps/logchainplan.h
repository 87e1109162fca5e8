// What LogBackupChain decided for the failover's step 3: the log backups to restore in order, what it skips
// and why, and the first gap in the chain.
#pragma once

#include "logbackupfile.h"

#include <QString>

namespace pchat {

struct LogChainPlan
{
    // False when the redo point was not an LSN (NULL: the database is online or its files' state is unknown);
    // then nothing is planned.
    bool redoPointKnown = false;
    // The backups to restore WITH NORECOVERY, in this order.
    LogBackupFiles toApply;
    // LastLSN <= the database's redo point: the database has them already.
    LogBackupFiles alreadyApplied;
    // Covered by a backup earlier in toApply (the same file in the share and the copy folder, or an overlap).
    LogBackupFiles duplicates;
    // BackupType other than 2 (a full or differential backup in the folder).
    LogBackupFiles notLogBackups;
    // FirstLSN or LastLSN not a number, or FirstLSN > LastLSN: the header cannot be trusted.
    LogBackupFiles invalid;
    // Backups that begin after the gap: they cannot be restored until the missing range is found.
    LogBackupFiles afterGap;
    // The LSN the database needs next once toApply is restored (the redo point when toApply is empty).
    QString nextLsn;
    // The first gap: no backup holds [gapFromLsn, gapToLsn). gapFromLsn is nextLsn, gapToLsn the FirstLSN of
    // the earliest backup after it (SQL Server's error 4305 names the same two numbers).
    bool hasGap = false;
    QString gapFromLsn;
    QString gapToLsn;

    bool operator==(const LogChainPlan&) const = default;
};

} // namespace pchat
