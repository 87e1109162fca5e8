// The failback's steps in run order, numbered as the procedure numbers them (Preflight before step 1).
#pragma once

#include <QList>

namespace pchat {

enum class StepId
{
    Preflight = 0,
    ClearActiveServers = 1,
    RemoveMirroring = 2,
    BackupMgc = 3,
    RestorePrimary = 4,
    LogShipping = 5,
    SetActiveServers = 6,
    PoolNormal = 7,
};

// The failback's steps 1..7 in run order, as Procedure::failback() lists them (defined in run/procedure.cpp).
const QList<StepId>& procedureSteps();

} // namespace pchat
