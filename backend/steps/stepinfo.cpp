#include "stepinfo.h"

namespace pchat {

QString StepInfo::title(StepId step)
{
    switch (step) {
    case StepId::Preflight:
        return tr("Preflight checks");
    case StepId::ClearActiveServers:
        return tr("Clear the Active Server list");
    case StepId::RemoveMirroring:
        return tr("Remove mirroring from mgc and mgccomp");
    case StepId::BackupMgc:
        return tr("Back up mgc to the log-shipping share");
    case StepId::RestorePrimary:
        return tr("Restore the primary mgc");
    case StepId::LogShipping:
        return tr("Configure log shipping for the primary mgc");
    case StepId::SetActiveServers:
        return tr("Set the active servers");
    case StepId::PoolNormal:
        return tr("Return the pool to Normal");
    }
    return {};
}

QString StepInfo::where(StepId step)
{
    switch (step) {
    case StepId::Preflight:
        return tr("Both SQL Server instances and the Lync Server Management Shell");
    case StepId::ClearActiveServers:
    case StepId::SetActiveServers:
    case StepId::PoolNormal:
        return tr("Lync Server Management Shell");
    case StepId::RemoveMirroring:
    case StepId::BackupMgc:
        return tr("Backup SQL Server instance");
    case StepId::RestorePrimary:
        return tr("Primary SQL Server instance");
    case StepId::LogShipping:
        return tr("Primary and backup SQL Server instances");
    }
    return {};
}

} // namespace pchat
