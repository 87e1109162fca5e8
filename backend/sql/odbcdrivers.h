// Lists the ODBC drivers the driver manager knows, for the Environment page's driver choice.
#pragma once

#include <QStringList>

namespace pchat {

class OdbcDrivers
{
public:
    // Driver names as SQLDrivers reports them (odbcinst.ini on Linux, the registry on Windows).
    static QStringList installed();
};

} // namespace pchat
