// The model of one database on a simulated instance: files, state, recovery model, mirroring and log chain.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVector>

namespace pchatlab {

struct DatabaseFile
{
    int fileId = 1;
    QString logicalName;
    QString physicalName;
    bool isLog = false;
    qint64 sizeBytes = 0;
};

struct Database
{
    int id = 0;
    QString name;
    QString state = QStringLiteral("ONLINE"); // ONLINE, RESTORING, RECOVERING, OFFLINE, SUSPECT
    QString recoveryModel = QStringLiteral("FULL");
    QString userAccess = QStringLiteral("MULTI_USER");
    bool standby = false;
    bool isSystem = false;
    QDateTime createDate;
    qint64 usedBytes = 0; // what a full backup reads
    QVector<DatabaseFile> files;

    // Mirroring; role empty = not mirrored (all sys.database_mirroring columns NULL).
    QString mirroringRole;
    QString mirroringState;
    QString partnerName;
    QString partnerInstance;
    QString witnessName;
    QUuid mirroringGuid;

    // Log chain: LSNs grow with activity; a log backup covers [lastLogBackupLsn, currentLsn).
    qint64 currentLsn = 21000000010000001;
    qint64 lastLogBackupLsn = 0; // 0 = no full backup yet (BACKUP LOG gives 4214)
    qint64 lastFullBackupLsn = 0;
    qint64 restoredLsn = 0; // for a RESTORING database: where the next log restore must start

    int singleUserSpid = 0;
    // The database the last full restore came from (as its backup names it); empty for one created here.
    QString restoredFrom;
    bool isMirrored() const { return !mirroringRole.isEmpty(); }
    qint64 pages() const { return usedBytes / 8192; }
};

} // namespace pchatlab
