// Names every step of every procedure (Preflight shared); the step's number is its procedure's
// (run/procedure.h).
#pragma once

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

} // namespace pchat
