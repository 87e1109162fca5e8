// One backup set of a backup file as RESTORE HEADERONLY lists it (Specify Backup's list of backup sets).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pchat {

struct BackupSetInfo
{
    QString name;
    QString description;
    // 1 database, 2 log, 5 differential (RESTORE HEADERONLY's BackupType).
    int type = 0;
    QString typeDescription;
    QString databaseName;
    QString serverName;
    // The value for RESTORE ... WITH FILE = n.
    int position = 0;
    QDateTime startDate;
    QDateTime finishDate;
    qint64 sizeBytes = 0;
    // LSNs are numeric(25,0): kept as the server's text.
    QString firstLsn;
    QString lastLsn;
    QString recoveryModel;
    bool copyOnly = false;
    bool hasChecksums = false;

    bool isFullDatabaseBackup() const { return type == 1; }
    bool operator==(const BackupSetInfo&) const = default;
};

using BackupSetInfos = QList<BackupSetInfo>;

} // namespace pchat
