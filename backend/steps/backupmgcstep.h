// Base of the failover's steps 3 and 4, which work on the backup mgc: reads its state from sys.databases on a
// session of the step and ends the verb when that fails or the database is missing.
#pragma once

#include "backupmgcstate.h"
#include "sqlstep.h"

#include <functional>

namespace pchat {

class BackupMgcStep : public SqlStep
{
    Q_OBJECT

public:
    using SqlStep::SqlStep;

    // The backup mgc as last read.
    const BackupMgcState& database() const { return m_db; }

protected:
    // Reads the state into m_db, then calls then; a failure or a missing database ends the inspection or the
    // verb (inspection false) as Failed.
    void readBackupMgc(StepSession* session, bool inspection, std::function<void()> then);

    BackupMgcState m_db;
};

} // namespace pchat
