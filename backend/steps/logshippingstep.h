// Step 5: log shipping of mgc from the primary (plan.primaryInstance) to the backup instance as SSMS's
// Transaction Log Shipping page configures it: initialization backup and restore, the primary and the
// secondary configuration scripts, each a sub-step with live state; verified in msdb on both sides.
// Afterwards the page can start the LSBackup, LSCopy and LSRestore jobs and follow the first log backup until
// it is restored.
// This class sequences the sub-steps; reading and judging both sides is LogShippingState's, the restore
// sequence RestoreRun's (shared with step 4), the wait for the first log FirstLogWatcher's.
#pragma once

#include "firstlogwatcher.h"
#include "logshippingstate.h"
#include "logshippingsubstep.h"
#include "restorerun.h"
#include "sqlstep.h"

#include <functional>
#include <QStringList>

namespace pchat {

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
    bool isWaitingForFirstLog() const { return m_watcher.isWaiting(); }

    // The parts of the run with their live state (empty before the first run).
    const LogShippingSubSteps& subSteps() const { return m_subSteps; }

    // The state as last read (inspect, run or verify).
    bool isPrimaryConfigured() const { return m_state.primary().configured; }
    bool isSecondaryConfigured() const { return m_state.secondary().configured; }
    // Both sides with their msdb rows, the primary's secondary entry and enabled, scheduled jobs.
    bool isFullyConfigured() const;
    QString primaryRecoveryModel() const { return m_state.primary().recoveryModel; }
    QString primaryDatabaseState() const { return m_state.primary().databaseState; }
    // Running, Stopped ... from sys.dm_server_services; empty when it could not be read.
    QString primaryAgentState() const { return m_state.primary().agentState; }
    QString secondaryAgentState() const { return m_state.secondary().agentState; }
    const LogShippingJobInfos& primaryJobs() const { return m_state.primary().jobs; }
    const LogShippingJobInfos& secondaryJobs() const { return m_state.secondary().jobs; }
    // The secondary's mgc (the database that served during the failover, overwritten by initialization).
    bool secondaryDatabaseExists() const { return m_state.secondary().databaseExists; }
    QString secondaryDatabaseState() const { return m_state.secondary().databaseState; }
    bool secondaryInStandby() const { return m_state.secondary().standby; }
    const SessionInfos& secondarySessions() const { return m_state.secondary().sessions; }
    QString lastBackupFile() const { return m_state.primary().lastFile; }
    QString lastRestoredFile() const { return m_state.secondary().lastFile; }

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

    // Reads both instances, the primary first; a connection failure fails the verb.
    void readBoth(bool inspection, std::function<void()> then);
    void inspectionDone();

    void setSubStep(int index, StepStatus status, const QString& detail);
    void afterPreRead();
    void startInitBackup();
    void startInitRestore();
    void runInitRestore(StepSession* worker);
    void restoreInterrupted(const BatchResult& result);
    void startPrimaryConfiguration();
    void startSecondaryConfiguration();
    void configurationEnded(int index, const BatchResult& result, const InstanceSettings& instance);
    void finishCancelled(const QString& summary);
    void startVerify(Ending ending);

    LogShippingState m_state;
    LogShippingSubSteps m_subSteps;
    // The run: what it did and skipped (for the outcome), and its initialization restore.
    QStringList m_done;
    QStringList m_skipped;
    RestoreRun m_restore;
    FirstLogWatcher m_watcher;
};

} // namespace pchat
