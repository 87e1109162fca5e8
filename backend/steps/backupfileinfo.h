// One database file of a backup set as RESTORE FILELISTONLY lists it (a row of the file relocation grid).
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct BackupFileInfo
{
    QString logicalName;
    // Where the file lived on the server that made the backup.
    QString physicalName;
    // 'D' data, 'L' log (also 'F' full-text, 'S' filestream).
    QChar type;
    qint64 sizeBytes = 0;

    bool isLog() const { return type == QLatin1Char('L'); }
    bool operator==(const BackupFileInfo&) const = default;
};

using BackupFileInfos = QList<BackupFileInfo>;

} // namespace pchat
