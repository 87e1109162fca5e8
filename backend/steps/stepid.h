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
    // The failover (TechNet JJ204772), numbered 1..7 in its own procedure.
    FailoverRemoveLogShipping = 8,
    FailoverCopyBackups = 9,
    FailoverApplyLogs = 10,
    FailoverBringOnline = 11,
    FailoverPoolState = 12,
    FailoverInstallMirror = 13,
    FailoverSetActiveServers = 14,
};

} // namespace pchat
