// Step 5 inputs: SSMS's Transaction Log Shipping page with its backup and secondary settings.
#pragma once

#include "agentschedule.h"
#include "backupsettings.h"

#include <QString>

namespace pchat {

enum class SecondaryInitialization
{
    GenerateFullBackup,
    RestoreExistingBackup,
    AlreadyInitialized
};

enum class LogRestoreMode
{
    NoRecovery,
    Standby
};

struct LogShippingSettings
{
    QString backupNetworkPath; // \\FS01\PChatLogShip
    QString backupLocalPath;   // only when the folder is on the primary
    int backupRetentionMinutes = 4320;
    int backupAlertMinutes = 60;
    bool backupAlertEnabled = true;
    QString backupJobName = QStringLiteral("LSBackup_mgc");
    AgentSchedule backupSchedule;
    BackupCompression compression = BackupCompression::ServerDefault;

    SecondaryInitialization initialization = SecondaryInitialization::GenerateFullBackup;
    // Full backup made for initialization (GenerateFullBackup) or the existing one to restore.
    QString initializationBackupFile = QStringLiteral("mgc_logshipping_init.bak");

    QString copyDestinationFolder; // E:\PChatLSCopy on the secondary
    int copyRetentionMinutes = 4320;
    QString copyJobName;
    AgentSchedule copySchedule;

    LogRestoreMode restoreMode = LogRestoreMode::NoRecovery;
    bool disconnectUsers = false;
    int restoreDelayMinutes = 0;
    int restoreAlertMinutes = 45;
    bool restoreAlertEnabled = true;
    QString restoreJobName;
    AgentSchedule restoreSchedule;
    int historyRetentionMinutes = 5760;

    bool operator==(const LogShippingSettings&) const = default;
};

} // namespace pchat
