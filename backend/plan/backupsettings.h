// Step 3 inputs: the Back Up Database dialog (Datenbank sichern).
#pragma once

#include <QString>

namespace pchat {

enum class BackupCompression
{
    ServerDefault,
    Compress,
    DoNotCompress
};

struct BackupSettings
{
    // UNC folder of the log-shipping share, e.g. \\FS01\PChatLogShip.
    QString shareFolder;
    QString fileName = QStringLiteral("mgc_failback.bak");
    QString backupSetName = QStringLiteral("mgc-Full Database Backup");
    QString description;
    bool overwriteMedia = true; // INIT; false appends (NOINIT)
    bool copyOnly = false;
    bool checksum = true;
    bool verify = true;
    BackupCompression compression = BackupCompression::ServerDefault;
    int statsPercent = 10;

    bool operator==(const BackupSettings&) const = default;
};

} // namespace pchat
