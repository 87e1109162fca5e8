// Orders the log backups the failover's step 3 found and decides which to restore: a pure function of the
// headers and the database's redo point, so that the page, the export and the tests agree.
#pragma once

#include "logchainplan.h"

namespace pchat {

class LogBackupChain
{
public:
    // Orders the backups by FirstLSN, then LastLSN (a stable sort: among equal ranges the one earlier in
    // `files` is restored, so the caller lists its preferred folder first), skips what the database already
    // has, and restores each backup that holds the LSN the database needs next (FirstLSN <= next < LastLSN,
    // SQL Server's rule), up to the first gap. redoStartLsn is sys.master_files.redo_start_lsn as text.
    static LogChainPlan plan(const LogBackupFiles& files, const QString& redoStartLsn);
};

} // namespace pchat
