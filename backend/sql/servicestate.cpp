#include "servicestate.h"

namespace pchat {

bool ServiceState::isRunning(const QString& statusDesc)
{
    return statusDesc.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0;
}

QString ServiceState::display(const QString& statusDesc)
{
    // The values of status_desc that sys.dm_server_services documents.
    const QString value = statusDesc.trimmed().toLower();
    if (value == QLatin1String("running"))
        return tr("Running");
    if (value == QLatin1String("stopped"))
        return tr("Stopped");
    if (value == QLatin1String("paused"))
        return tr("Paused");
    if (value == QLatin1String("start pending"))
        return tr("Starting");
    if (value == QLatin1String("stop pending"))
        return tr("Stopping");
    if (value == QLatin1String("continue pending"))
        return tr("Continuing");
    if (value == QLatin1String("pause pending"))
        return tr("Pausing");
    return statusDesc;
}

} // namespace pchat
