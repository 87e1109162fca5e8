// What FreeTDS does with TLS beyond the connection string: it verifies the server's certificate only when
// freetds.conf names a CA file ("ca file" in [global]), which no ODBC connection-string key can set.
#pragma once

#include "plan/instancesettings.h"

#include <QString>
#include <QStringList>

namespace pchat {

class FreeTdsConfig
{
public:
    // The configuration files FreeTDS reads, in its order: $FREETDSCONF, ~/.freetds.conf, the system's.
    static QStringList files();
    // The "ca file" of the [global] section of the first file that exists; empty when none is set.
    static QString caFile();
    // Parses freetds.conf text: the [global] section's "ca file" (keys ignore case and spaces around '=').
    static QString caFileIn(const QString& configText);
    // The connection is encrypted (Mandatory or Strict) through FreeTDS, and FreeTDS will not check whom it
    // talks to: no CA file. TrustServerCertificate does not matter: FreeTDS has no such key.
    static bool encryptsWithoutVerifying(const InstanceSettings& instance, const QString& caFile);
};

} // namespace pchat
