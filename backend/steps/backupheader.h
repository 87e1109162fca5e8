// Reads the rows of RESTORE HEADERONLY into backup sets: one reading for the restore and the log chain.
#pragma once

#include "backend/sql/statementresult.h"
#include "backupsetinfo.h"

namespace pchat {

class BackupHeader
{
public:
    // One BackupSetInfo per row, in the rows' order (the sets' positions in the file).
    static BackupSetInfos parse(const StatementResult& rows);
};

} // namespace pchat
