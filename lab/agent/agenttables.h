// The msdb tables of SQL Server Agent and log shipping (sysjobs, sysjobhistory, log_shipping_*) as query
// sources.
#pragma once

#include "lab/world/table.h"

#include <optional>

namespace pchatlab {

class ExecContext;

class AgentTables
{
public:
    static std::optional<Table> lookup(ExecContext& ctx, const QString& name);

private:
    static Table jobs(ExecContext& ctx);
    static Table schedules(ExecContext& ctx);
    static Table jobSchedules(ExecContext& ctx);
    static Table jobHistory(ExecContext& ctx);
    static Table primaryDatabases(ExecContext& ctx);
    static Table primarySecondaries(ExecContext& ctx);
    static Table secondary(ExecContext& ctx);
    static Table secondaryDatabases(ExecContext& ctx);
    static Table monitorPrimary(ExecContext& ctx);
    static Table monitorSecondary(ExecContext& ctx);
};

} // namespace pchatlab
