#include "backupmgcstep.h"

#include "backend/sql/checksql.h"
#include "stepsession.h"

namespace pchat {

void BackupMgcStep::readBackupMgc(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(CheckSql::databases({m_plan.mgcDatabase}),
                     [this, inspection, then](const BatchResult& result) {
                         if (!result.succeeded()) {
                             failBatch(result,
                                       tr("Reading the state of %1 on %2 failed.")
                                           .arg(m_plan.mgcDatabase, m_plan.backupInstance.name),
                                       inspection);
                             return;
                         }
                         m_db = BackupMgcState::fromRows(result.statements.value(0));
                         if (!m_db.exists) {
                             failWith(BackupMgcState::missingOutcome(m_plan), inspection);
                             return;
                         }
                         then();
                     });
}

} // namespace pchat
