// One backup set inside a simulated backup file, with the fields RESTORE HEADERONLY and msdb report.
#pragma once

#include "lab/world/database.h"

namespace pchatlab {

struct BackupSet
{
    int position = 1;
    QString name;
    QString description;
    int type = 1; // 1 database, 2 log, 5 differential (RESTORE HEADERONLY BackupType)
    QString databaseName;
    QString serverName;
    QString machineName;
    QString userName;
    qint64 backupSize = 0;
    qint64 compressedSize = 0;
    qint64 firstLsn = 0;
    qint64 lastLsn = 0;
    qint64 checkpointLsn = 0;
    qint64 databaseBackupLsn = 0;
    QDateTime start;
    QDateTime finish;
    QString recoveryModel;
    bool copyOnly = false;
    bool checksums = false;
    bool compressed = false;
    QUuid guid;
    QUuid familyGuid;
    int softwareMajor = 11;
    int softwareMinor = 0;
    int softwareBuild = 0;
    qint64 pages = 0;
    QVector<DatabaseFile> files;
};

struct SimFile
{
    QString host; // empty for UNC paths
    QString path; // as first written
    QVector<BackupSet> sets;
    bool damaged = false; // an interrupted backup leaves an unusable file
    QDateTime modified;
};

} // namespace pchatlab
