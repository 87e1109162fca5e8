// The msdb history tables of an instance (backupset, backupmediafamily, restorehistory) as query sources.
#pragma once

#include "lab/world/table.h"

#include <optional>

namespace pchatlab {

class ExecContext;

class MsdbTables
{
public:
    static std::optional<Table> lookup(ExecContext& ctx, const QString& name);

private:
    static Table backupSet(ExecContext& ctx);
    static Table backupMediaFamily(ExecContext& ctx);
    static Table restoreHistory(ExecContext& ctx);
};

} // namespace pchatlab
