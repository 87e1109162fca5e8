// A Windows service's state as sys.dm_server_services reports it ("Running", "Stopped", …), shown in the
// user's language as the Services console names it.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pchat {

class ServiceState
{
    Q_DECLARE_TR_FUNCTIONS(ServiceState)

public:
    static bool isRunning(const QString& statusDesc);
    // The state for a finding; a value SQL Server does not document is shown as it came.
    static QString display(const QString& statusDesc);
};

} // namespace pchat
