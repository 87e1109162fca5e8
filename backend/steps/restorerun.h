// The restore sequence steps 4 and 5 share: [SET SINGLE_USER,] RESTORE, [SET MULTI_USER], sent one after
// another on the step's worker, remembering whether the database was left in SINGLE_USER so that a restore
// that never ran gives it back to its users. What each outcome means for the step is the step's own.
#pragma once

#include "backend/sql/progresssample.h"

#include <functional>
#include <QPointer>
#include <QStringList>

namespace pchat {

class StepSession;
struct BatchResult;

class RestoreRun
{
public:
    struct Hooks
    {
        // Asked before each batch: true stops the run before it (stopped without a result).
        std::function<bool()> cancelRequested;
        // The RESTORE is about to go out, and came back with whatever outcome (start and stop the probe).
        std::function<void()> restoreStarting;
        std::function<void(const BatchResult& result)> restoreEnded;
        // Every batch succeeded.
        std::function<void()> completed;
        // A batch did not succeed (result), or a cancel came before the next one (result null).
        std::function<void(const BatchResult* result, bool restoreBatch)> stopped;
    };

    // Sends batches (RestoreSql::restoreBatches) in order on worker, which is open.
    void start(StepSession* worker, const QString& database, const QStringList& batches, Hooks hooks);
    bool restoreStarted() const { return m_restoreStarted; }
    // SINGLE_USER was set and neither a RESTORE (a restored database takes the backup's access mode) nor
    // giveBack has undone it.
    bool singleUserSet() const { return m_singleUserSet; }
    // Sends SET MULTI_USER on session when singleUserSet() (whatever the answer), then calls then.
    void giveBack(StepSession* session, std::function<void()> then);

    // The probe's last reading when the RESTORE has come back: 100 percent, nothing left.
    static ProgressSample finishedSample(const BatchResult& result);

private:
    void sendNext();

    QPointer<StepSession> m_worker;
    QString m_database;
    QStringList m_batches;
    Hooks m_hooks;
    bool m_singleUserSet = false;
    bool m_restoreStarted = false;
};

} // namespace pchat
