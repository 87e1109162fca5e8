// What one instance's msdb and catalog say about mgc's log shipping, as step 5 reads it.
#pragma once

#include "logshippingjobinfo.h"
#include "sessioninfo.h"

#include <QString>
#include <QStringList>

namespace pchat {

struct LogShippingSide
{
    bool databaseExists = false;
    QString databaseState;
    QString recoveryModel;
    bool standby = false;
    qint64 databaseBytes = 0;
    QString agentState;
    bool configured = false;
    QString primaryServer;        // secondary: the primary it is registered for
    QStringList secondaryEntries; // primary: "server|database"
    QStringList jobIds;           // backup job, or copy and restore jobs
    QString lastFile;             // last_backup_file or last_restored_file
    QString lastCopiedFile;
    LogShippingJobInfos jobs;
    SessionInfos sessions;

    // The database waits for logs: RESTORING, or readable in STANDBY.
    bool isRestoring() const { return databaseState == u"RESTORING" || standby; }
};

} // namespace pchat
