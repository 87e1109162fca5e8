#include "backupmgcstate.h"

#include "backend/sql/statementresult.h"
#include "resultvalues.h"

namespace pchat {

QString BackupMgcState::describe() const
{
    return standby ? tr("STANDBY (read-only between log restores)") : state;
}

BackupMgcState BackupMgcState::fromRows(const StatementResult& rows)
{
    BackupMgcState read;
    read.exists = !rows.rows.isEmpty();
    read.state = ResultValues::text(rows.value(0, QStringLiteral("state_desc")));
    read.standby = ResultValues::flag(rows.value(0, QStringLiteral("is_in_standby")));
    return read;
}

StepOutcome BackupMgcState::missingOutcome(const Plan& plan)
{
    return {StepStatus::Failed,
            tr("%1 does not exist on %2.").arg(plan.mgcDatabase, plan.backupInstance.name),
            {},
            tr("Check the database name in the plan and that %1 is the backup instance that log shipping "
               "restored to.")
                .arg(plan.backupInstance.name)};
}

} // namespace pchat
