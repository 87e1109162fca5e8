// Reads RESTORE HEADERONLY's rows into backup sets: the failback's restore and the failover's log restores
// list the same columns.
#pragma once

#include "backupsetinfo.h"

namespace pchat {

struct StatementResult;

class BackupHeader
{
public:
    static BackupSetInfos fromRows(const StatementResult& rows);
};

} // namespace pchat
