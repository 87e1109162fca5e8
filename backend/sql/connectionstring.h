// Builds the ODBC connection string for an instance, for Microsoft's ODBC Driver 17/18 and for FreeTDS.
#pragma once

#include "backend/plan/instancesettings.h"

#include <QString>

namespace pchat {

class ConnectionString
{
public:
    // The full string, password included: hand it to the driver only, never to a log.
    static QString build(const InstanceSettings& instance,
                         const QString& database = QStringLiteral("master"));
    // The same string with the password replaced by ***, for logs and error messages.
    static QString redacted(const InstanceSettings& instance,
                            const QString& database = QStringLiteral("master"));
    // A value as ODBC needs it: in braces (with } doubled) when it holds ; { } = or spaces at its ends.
    static QString quoteValue(const QString& value);
    static bool isFreeTds(const QString& driver);

private:
    static QString build(const InstanceSettings& instance, const QString& database, const QString& password);
};

} // namespace pchat
