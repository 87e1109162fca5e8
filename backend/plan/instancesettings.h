// One SQL Server instance as the wizard connects to it and as the procedures name it.
#pragma once

#include <QString>

namespace pchat {

enum class Authentication
{
    Windows,
    SqlLogin
};

// Encrypt as Microsoft's ODBC Driver 18 spells it; for FreeTDS Optional means Encryption=request.
enum class Encryption
{
    Optional,
    Mandatory,
    Strict
};

struct InstanceSettings
{
    // The instance's own name (@@SERVERNAME), e.g. PCSQL02\PCHAT. Log shipping stores this name.
    QString name;
    // Where to connect when it differs from the name: host,port or host\instance. Empty: connect to name.
    QString address;
    Authentication authentication = Authentication::Windows;
    QString login;
    // Held in memory only: never written to a plan file, a log, a script or the audit trail.
    QString password;
    QString odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    Encryption encryption = Encryption::Mandatory;
    bool trustServerCertificate = false;
    int loginTimeoutSeconds = 15;

    QString connectAddress() const { return address.isEmpty() ? name : address; }
    bool operator==(const InstanceSettings&) const = default;
};

} // namespace pchat
