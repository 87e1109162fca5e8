// The backup mgc as the failover's steps 3 and 4 read it from sys.databases (CheckSql::databases): whether it
// exists, its state, whether it is in STANDBY; and the outcome when it is missing.
#pragma once

#include "backend/plan/plan.h"
#include "stepoutcome.h"

#include <QCoreApplication>
#include <QString>

namespace pchat {

struct StatementResult;

class BackupMgcState
{
    Q_DECLARE_TR_FUNCTIONS(BackupMgcState)

public:
    bool exists = false;
    QString state;
    bool standby = false;

    // Its restore sequence is open: RESTORING, or STANDBY (which sys.databases shows as ONLINE).
    bool restoring() const { return state == u"RESTORING" || standby; }
    // Recovered: ONLINE and not in STANDBY; no log backup can be restored any more.
    bool recovered() const { return exists && state == u"ONLINE" && !standby; }
    // The state for a finding: "RESTORING", or STANDBY explained.
    QString describe() const;

    // The first row of CheckSql::databases for the one database asked for.
    static BackupMgcState fromRows(const StatementResult& rows);
    // Failed: the plan's mgc does not exist on the backup instance, with what to check.
    static StepOutcome missingOutcome(const Plan& plan);
};

} // namespace pchat
