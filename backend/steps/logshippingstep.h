// Step 5: log shipping of mgc from the primary (plan.primaryInstance) to the backup instance as SSMS's
// Transaction Log Shipping page configures it: initialization backup and restore, the primary and the
// secondary configuration scripts, each a sub-step with live state; verified in msdb on both sides.
// Afterwards the page can start the LSBackup, LSCopy and LSRestore jobs and follow the first log backup until
// it is restored.
#pragma once

#include "logshippingjobinfo.h"
#include "logshippingsubstep.h"
#include "sessioninfo.h"
#include "sqlstep.h"

#include <functional>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace pchat {

struct StatementResult;

class LogShippingStep : public SqlStep
{
    Q_OBJECT

public:
    explicit LogShippingStep(QObject* parent = nullptr);
    ~LogShippingStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;
    // Cancels the running backup or restore (or configuration batch); during waitForFirstLogShipped it stops
    // the waiting (the jobs already started run on in SQL Server Agent).
    void cancel() override;

    // Starts the LSBackup job on the primary, then LSCopy and LSRestore on the secondary, each once the
    // previous job's history shows success; reports each job through firstLogProgress and ends with
    // firstLogShipped. Never blocks; gives up after timeoutMs of real time.
    void waitForFirstLogShipped(const Plan& plan, int timeoutMs = 120000);
    bool isWaitingForFirstLog() const { return m_waiting; }

    // The parts of the run with their live state (empty before the first run).
    const LogShippingSubSteps& subSteps() const { return m_subSteps; }

    // The state as last read (inspect, run or verify).
    bool isPrimaryConfigured() const { return m_primary.configured; }
    bool isSecondaryConfigured() const { return m_secondary.configured; }
    // Both sides with their msdb rows, the primary's secondary entry and enabled, scheduled jobs.
    bool isFullyConfigured() const;
    QString primaryRecoveryModel() const { return m_primary.recoveryModel; }
    QString primaryDatabaseState() const { return m_primary.databaseState; }
    // Running, Stopped ... from sys.dm_server_services; empty when it could not be read.
    QString primaryAgentState() const { return m_primary.agentState; }
    QString secondaryAgentState() const { return m_secondary.agentState; }
    const LogShippingJobInfos& primaryJobs() const { return m_primary.jobs; }
    const LogShippingJobInfos& secondaryJobs() const { return m_secondary.jobs; }
    // The secondary's mgc (the database that served during the failover, overwritten by initialization).
    bool secondaryDatabaseExists() const { return m_secondary.databaseExists; }
    QString secondaryDatabaseState() const { return m_secondary.databaseState; }
    bool secondaryInStandby() const { return m_secondary.standby; }
    const SessionInfos& secondarySessions() const { return m_secondary.sessions; }
    QString lastBackupFile() const { return m_primary.lastFile; }
    QString lastRestoredFile() const { return m_secondary.lastFile; }

Q_SIGNALS:
    void subStepsChanged();
    // One job of waitForFirstLogShipped: Running when started, then Done or Failed with the file it handled
    // or the job history's message, and the real time it took.
    void firstLogProgress(const QString& jobName, pchat::StepStatus status, const QString& detail,
                          qint64 durationMs);
    void firstLogShipped(bool ok, const QString& lastRestoredFile, const QString& error,
                         const QString& remedy);

private:
    enum class Ending
    {
        Requested,
        AfterRun,
    };
    enum SubStepIndex
    {
        InitBackup = 0,
        InitRestore = 1,
        PrimaryConfiguration = 2,
        SecondaryConfiguration = 3,
    };

    // What one instance's msdb and catalog say about mgc's log shipping.
    struct Side
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
    };
    struct Read
    {
        QString batch;
        QString failure;
        std::function<void(const StatementResult&)> take;
        // A failure leaves the value unknown instead of failing the verb (permissions on a DMV ...).
        bool optional = false;
    };

    QList<Read> primaryReads();
    QList<Read> secondaryReads();
    void runReads(StepSession* session, QList<Read> reads, bool inspection, std::function<void()> then);
    // Reads both instances, the primary first; a connection failure fails the verb.
    void readBoth(bool inspection, std::function<void()> then);
    bool primaryComplete() const;
    bool secondaryComplete() const;
    bool jobReady(const LogShippingJobInfos& jobs, const QString& jobId) const;
    QStringList missingParts() const;
    void inspectionDone();
    StepFindings inspectionFindings() const;

    void setSubStep(int index, StepStatus status, const QString& detail);
    void afterPreRead();
    void startInitBackup();
    void startInitRestore();
    void runNextRestoreBatch();
    void restoreInterrupted(const BatchResult& result);
    void startPrimaryConfiguration();
    void startSecondaryConfiguration();
    void configurationEnded(int index, const BatchResult& result, const InstanceSettings& instance);
    void finishCancelled(const QString& summary);
    void startVerify(Ending ending);

    StepSession* makeWaitSession(const InstanceSettings& instance);
    void startWaitJob(int index);
    void pollWaitJob();
    void waitJobSucceeded(const QString& message);
    void failWait(const QString& error, const QString& remedy);
    void endWait();
    QString waitJobName(int index) const;
    StepSession* waitSession(int index) const;
    QString waitInstanceName(int index) const;

    Side m_primary;
    Side m_secondary;
    LogShippingSubSteps m_subSteps;
    // The run: what it did and skipped (for the outcome), the restore batches still to send.
    QStringList m_done;
    QStringList m_skipped;
    QStringList m_restoreBatches;
    bool m_singleUserSet = false;
    bool m_restoreStarted = false;

    // waitForFirstLogShipped
    Plan m_waitPlan;
    bool m_waiting = false;
    int m_waitIndex = 0;
    qint64 m_historyBaseline = 0;
    bool m_pollBusy = false;
    QPointer<StepSession> m_waitPrimary;
    QPointer<StepSession> m_waitSecondary;
    QTimer m_pollTimer;
    QTimer m_deadline;
    QElapsedTimer m_jobClock;
    QString m_restoredFile;
};

} // namespace pchat
