// The failback plan: every input of the procedure as one value, with the defaults the procedure names.
#pragma once

#include "backupsettings.h"
#include "failoversettings.h"
#include "instancesettings.h"
#include "logshippingsettings.h"
#include "lyncsettings.h"
#include "restoresettings.h"
#include "unattendedconfirmations.h"

#include <QDate>
#include <QString>

namespace pchat {

struct Plan
{
    // The instance that serves mgc since the failover (the log-shipping secondary before the disaster).
    InstanceSettings backupInstance;
    // The rebuilt instance in the primary data center.
    InstanceSettings primaryInstance;
    QString mgcDatabase = QStringLiteral("mgc");
    QString mgccompDatabase = QStringLiteral("mgccomp");
    BackupSettings backup;
    RestoreSettings restore;
    LogShippingSettings logShipping;
    LyncSettings lync;
    // Read by the failover only.
    FailoverSettings failover;
    // Only --unattended reads these; the wizard asks the operator instead.
    UnattendedConfirmations unattended;

    // Full path of the step 3 backup file: the share folder joined with the file name.
    QString backupFilePath() const;
    // Full path of the backup that initializes the log-shipping secondary.
    QString initializationBackupPath() const;
    // Install-CsMirrorDatabase's -SqlInstanceName: the instance part of backupInstance.name (empty for a
    // default instance).
    QString backupInstanceName() const;
    // The failover's active servers that the failback's list (lync.activeServers) places in the primary data
    // center: the procedure wants them in the data center of the new primary database.
    QStringList failoverServersInPrimaryDataCenter() const;
    // The plan with every password cleared, for anything that leaves memory.
    Plan withoutSecrets() const;
    // Fills empty job and schedule names the way SSMS derives them from the instance names, an empty backup
    // network path from the share folder, and schedule start dates of 0 with today (the caller's day, so that
    // the builders stay pure functions of the plan).
    void applyDerivedDefaults(const QDate& today);

    bool operator==(const Plan&) const = default;
};

// Joins a Windows folder and a file name with exactly one backslash.
QString joinWindowsPath(const QString& folder, const QString& fileName);

} // namespace pchat
