#include "runinfo.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace pchat {

RunInfo RunInfo::current()
{
    RunInfo info;
    info.operatorName =
        qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")));
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    if (!domain.isEmpty() && !info.operatorName.isEmpty())
        info.operatorName = domain + u'\\' + info.operatorName;
    info.host = QSysInfo::machineHostName();
    info.version = QCoreApplication::applicationVersion();
    return info;
}

} // namespace pchat
