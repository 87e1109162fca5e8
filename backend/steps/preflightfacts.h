// What earlier Preflight checks found and later ones use: versions and service accounts by instance, the
// backup instance's recovery model and size of mgc.
#pragma once

#include "scriptpart.h"

#include <QHash>
#include <QString>

namespace pchat {

struct PreflightFacts
{
    QHash<int, QString> versions;        // ProductVersion by ScriptTarget
    QHash<int, QString> serviceAccounts; // SQL Server service account by ScriptTarget
    QHash<int, QString> agentAccounts;   // SQL Server Agent service account by ScriptTarget
    QString backupRecoveryModel;
    qint64 backupDataMb = -1; // -1: not read
    qint64 backupLogMb = -1;

    static int key(ScriptTarget target) { return int(target); }
};

} // namespace pchat
