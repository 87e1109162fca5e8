// The failover's recovery point: the newest log backup restored into the backup mgc, as msdb records it
// (LogRestoreSql::lastLogRestore). Steps 3 and 4 state it; the report repeats it.
#pragma once

#include "logbackupfile.h"

#include <QCoreApplication>

namespace pchat {

struct StatementResult;

class RecoveryPoint
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPoint)

public:
    // The row of LogRestoreSql::lastLogRestore as a log backup file (path, FirstLSN, LastLSN, finish time);
    // an empty path when there is no row.
    static LogBackupFile fromRows(const StatementResult& rows);
    // "E:\PChatLSCopy\mgc_20261204150000.trn, taken until 04.12.26 16:00 (LSN 2100...)", or that it is
    // unknown.
    static QString describe(const LogBackupFile& last, const QString& database);
};

} // namespace pchat
