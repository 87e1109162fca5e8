// SQL Server Agent and log-shipping state of one instance: jobs, schedules, history and the msdb log-shipping
// rows.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVector>

namespace pchatlab {

enum class JobKind
{
    Other,
    LogShippingBackup,
    LogShippingCopy,
    LogShippingRestore,
    LogShippingAlert
};

struct AgentSchedule
{
    int id = 0;
    QUuid uid;
    QString name;
    bool enabled = true;
    int freqType = 4;
    int freqInterval = 1;
    int freqSubdayType = 4; // 1 once, 2 seconds, 4 minutes, 8 hours
    int freqSubdayInterval = 15;
    int activeStartDate = 20260101;
    int activeEndDate = 99991231;
    int activeStartTime = 0;
    int activeEndTime = 235959;
    QDateTime created;
    qint64 intervalSeconds() const;
};

struct AgentJob
{
    QUuid id;
    QString name;
    bool enabled = false;
    QString description;
    QString category = QStringLiteral("[Uncategorized (Local)]");
    JobKind kind = JobKind::Other;
    QUuid logShippingId; // primary_id or secondary_id the job works for
    QVector<int> scheduleIds;
    QDateTime created;
    QDateTime lastRun;   // simulated time
    int lastOutcome = 5; // 0 failed, 1 succeeded, 5 unknown
    QDateTime nextRun;   // simulated time, invalid = not scheduled
};

struct JobHistoryEntry
{
    int instanceId = 0;
    QUuid jobId;
    int stepId = 0;
    QString stepName;
    int messageId = 0;
    int severity = 0;
    QString message;
    int runStatus = 1; // 0 failed, 1 succeeded
    QDateTime run;     // simulated time
    int durationSeconds = 0;
};

struct LogShippingPrimary
{
    QUuid primaryId;
    QString database;
    QString backupDirectory;
    QString backupShare;
    int backupRetentionMinutes = 4320;
    QUuid backupJobId;
    int backupThreshold = 60;
    int thresholdAlert = 14420;
    bool thresholdAlertEnabled = false;
    int historyRetentionMinutes = 5760;
    int backupCompression = 2;
    QString lastBackupFile;
    QDateTime lastBackupDate;
    QVector<std::pair<QString, QString>> secondaries; // server, database
};

struct LogShippingSecondary
{
    QUuid secondaryId;
    QString primaryServer;
    QString primaryDatabase;
    QString backupSourceDirectory;
    QString backupDestinationDirectory;
    int fileRetentionMinutes = 4320;
    QUuid copyJobId;
    QUuid restoreJobId;
    QString lastCopiedFile;
    QDateTime lastCopiedDate;
};

struct LogShippingSecondaryDatabase
{
    QString database;
    QUuid secondaryId;
    int restoreDelay = 0;
    bool restoreAll = true;
    int restoreMode = 0; // 0 NORECOVERY, 1 STANDBY
    bool disconnectUsers = false;
    int restoreThreshold = 45;
    int thresholdAlert = 14421;
    bool thresholdAlertEnabled = false;
    int historyRetentionMinutes = 5760;
    QString lastRestoredFile;
    QDateTime lastRestoredDate;
    // Minutes from the backup of the last restored file to its restore; -1 (NULL) before the first.
    int lastRestoredLatency = -1;
};

struct AgentState
{
    QVector<AgentJob> jobs;
    QVector<AgentSchedule> schedules;
    QVector<JobHistoryEntry> history;
    QVector<LogShippingPrimary> primaries;
    QVector<LogShippingSecondary> secondaries;
    QVector<LogShippingSecondaryDatabase> secondaryDatabases;
    int nextScheduleId = 1;
    int nextHistoryId = 1;

    AgentJob* job(const QUuid& id);
    AgentJob* job(const QString& name);
    AgentSchedule* schedule(int id);
    AgentSchedule* schedule(const QString& name);
    LogShippingPrimary* primary(const QString& database);
    LogShippingSecondary* secondary(const QString& primaryServer, const QString& primaryDatabase);
    LogShippingSecondary* secondary(const QUuid& id);
    LogShippingSecondaryDatabase* secondaryDatabase(const QString& database);
    void removeJob(const QUuid& id);
};

} // namespace pchatlab
