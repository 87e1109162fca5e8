// One log backup set found for the failover's step 3: the file it is in and its RESTORE HEADERONLY row.
#pragma once

#include "backupsetinfo.h"

#include <QList>
#include <QString>

namespace pchat {

struct LogBackupFile
{
    // The full path RESTORE LOG reads (in the share or in the copy folder).
    QString path;
    BackupSetInfo set;

    bool operator==(const LogBackupFile&) const = default;
};

using LogBackupFiles = QList<LogBackupFile>;

} // namespace pchat
