// Step 5's wait for the first log: starts LSBackup on the primary, then LSCopy and LSRestore on the
// secondary, each once the previous job's history shows success, and follows each job to its end.
#pragma once

#include "backend/plan/plan.h"
#include "stepstatus.h"

#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace pchat {

class StepSession;

class FirstLogWatcher
{
    // The texts were written in LogShippingStep; their context stays, so that the translations still apply.
    Q_DECLARE_TR_FUNCTIONS(pchat::LogShippingStep)

public:
    struct Hooks
    {
        // A session whose commands the step reports and the audit trail admits.
        std::function<StepSession*(const InstanceSettings& instance)> makeSession;
        // One job: Running when started, then Done or Failed with the file it handled or the history's
        // message, and the real time it took.
        std::function<void(const QString& job, StepStatus status, const QString& detail, qint64 durationMs)>
            progress;
        // The end of the wait: ok with the file restored on the secondary, or the error and its remedy.
        std::function<void(bool ok, const QString& restoredFile, const QString& error, const QString& remedy)>
            shipped;
    };

    explicit FirstLogWatcher(Hooks hooks);
    FirstLogWatcher(const FirstLogWatcher&) = delete;
    FirstLogWatcher& operator=(const FirstLogWatcher&) = delete;

    // plan with its derived job names filled in. Never blocks; gives up after timeoutMs of real time.
    void start(const Plan& plan, int timeoutMs);
    bool isWaiting() const { return m_waiting; }
    // Stops the waiting (the jobs already started run on in SQL Server Agent); shipped reports it.
    void cancel();

private:
    void startJob(int index);
    void poll();
    void jobSucceeded(const QString& message);
    void fail(const QString& error, const QString& remedy);
    void end();
    QString jobName(int index) const;
    StepSession* sessionFor(int index) const;
    QString instanceName(int index) const;

    Hooks m_hooks;
    Plan m_plan;
    bool m_waiting = false;
    int m_index = 0; // 0 backup (primary), 1 copy, 2 restore (secondary)
    qint64 m_historyBaseline = 0;
    bool m_pollBusy = false;
    QPointer<StepSession> m_primary;
    QPointer<StepSession> m_secondary;
    QTimer m_pollTimer;
    QTimer m_deadline;
    QElapsedTimer m_jobClock;
    QString m_restoredFile;
};

} // namespace pchat
