// Builds the catalog views and DMVs of an instance (sys.databases, sys.dm_exec_requests, ...) on demand.
#pragma once

#include "lab/world/table.h"

#include <optional>

namespace pchatlab {

class ExecContext;

class CatalogViews
{
public:
    // Resolves a one- to four-part name against the session's database; nothing when the object does not
    // exist (the caller raises 208).
    static std::optional<Table> lookup(ExecContext& ctx, const QStringList& parts);
    // Table-valued functions (sys.dm_os_volume_stats): the rows for these arguments; without arguments only
    // the columns. Nothing when the function does not exist.
    static std::optional<Table> function(ExecContext& ctx, const QStringList& parts,
                                         const QVector<SqlValue>& args);

private:
    static Table databases(ExecContext& ctx);
    static Table masterFiles(ExecContext& ctx, int onlyDatabase);
    static Table databaseMirroring(ExecContext& ctx);
    static Table requests(ExecContext& ctx);
    static Table sessions(ExecContext& ctx);
    static Table serverServices(ExecContext& ctx);
    static Table sysprocesses(ExecContext& ctx);
    static Table serverPrincipals(ExecContext& ctx);
    static Table volumeStats(ExecContext& ctx, const QVector<SqlValue>& args);
};

} // namespace pchatlab
