// What FreeTDS does with TLS beyond the connection string: it verifies the server's certificate only when
// freetds.conf names a CA file ("ca file" in [global]), which no ODBC connection-string key can set.
#pragma once

#include "backend/plan/instancesettings.h"

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

    // The CA file this computer's setting names (Settings dialog); empty when none.
    static QString savedCaFile();
    static void saveCaFile(const QString& path);
    // Lets FreeTDS check server certificates against the saved CA file without the operator editing
    // freetds.conf: writes a copy of the configuration FreeTDS would read, with "ca file" set in [global], to
    // directory and points FREETDSCONF at it. Without a saved CA file FREETDSCONF is as the program found it.
    // Call before connections are opened (FreeTDS reads the file at each login). Returns an error text.
    static QString apply(const QString& directory = privateDirectory());
    // Where the private copy goes: the program's local data folder.
    static QString privateDirectory();
    // configText with [global]'s "ca file" set to caFile; the section is added when the text has none.
    static QString withCaFile(const QString& configText, const QString& caFile);
};

} // namespace pchat
