// Step 4 inputs: the Restore Database dialog (Datenbank wiederherstellen).
#pragma once

#include "filerelocation.h"

#include <QList>

namespace pchat {

struct RestoreSettings
{
    int backupSetPosition = 1; // FILE = n, chosen from RESTORE HEADERONLY
    QList<FileRelocation> relocations;
    bool closeExistingConnections = true; // SINGLE_USER WITH ROLLBACK IMMEDIATE before, MULTI_USER after
    int statsPercent = 5;

    bool operator==(const RestoreSettings&) const = default;
};

} // namespace pchat
