// One message or error a SQL Server sent, as the ODBC driver reported it.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct SqlMessage
{
    // SQL Server's message number (3211, 3101, 18456 ...); 0 for errors raised by the driver itself.
    int number = 0;
    // SQL Server's class; -1 when the driver does not report it (FreeTDS reports no severity field).
    int severity = -1;
    // The message's state; -1 when the driver does not report it (FreeTDS through unixODBC does not).
    int state = -1;
    QString sqlState;
    // The server's text without the driver's "[vendor][driver]" prefixes.
    QString text;
    // True for errors, false for informational messages (SQLSTATE class 01, severity <= 10).
    bool isError = false;

    bool operator==(const SqlMessage&) const = default;
};

using SqlMessages = QList<SqlMessage>;

} // namespace pchat
