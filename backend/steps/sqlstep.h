// Base of the steps that talk to SQL Server: a fresh session per verb (the plan copied at call time), a
// second one for long statements, and the common ways a verb fails (connection refused, statement refused).
#pragma once

#include "failbackstep.h"

#include <functional>
#include <optional>
#include <QPointer>

namespace pchat {

struct BatchResult;
class ProgressProbe;
class StepSession;

class SqlStep : public FailbackStep
{
    Q_OBJECT

public:
    SqlStep(StepId id, QObject* parent = nullptr);
    ~SqlStep() override;

    // Cancels the statement the worker (or, without one, the session) runs; the step then reads the state
    // back.
    void cancel() override;
    ScriptLanguage scriptLanguage() const override { return ScriptLanguage::TSql; }

protected:
    // Why a run's end state is read: asked for (Verify), after the main statement, after a cancel, after a
    // lost connection.
    enum class Ending
    {
        Requested,
        AfterRun,
        AfterCancel,
        AfterConnectionLost,
    };
    // The ending a main statement's result leads to, with a lost connection's error in lostError; none for a
    // statement that failed, whose failure the step reports itself.
    static std::optional<Ending> endingOf(const BatchResult& result, SqlMessage& lostError);

    // Retires the previous session (its callbacks never run) and opens a new one on the instance; its batches
    // and messages are reported through commandStarted and message.
    StepSession* newSession(const InstanceSettings& instance);
    // The same for the worker that runs a BACKUP or RESTORE while the probe follows it.
    StepSession* newWorker(const InstanceSettings& instance);
    void retireSessions();
    // A session that neither newSession nor newWorker retires (a watcher keeps its own), reported alike.
    StepSession* makeSession(const InstanceSettings& instance);
    // A new session (newSession) on the instance, handed to onOpened once open; when the connection fails,
    // failOpen with the instance and inspection.
    void openSession(const InstanceSettings& instance, bool inspection,
                     std::function<void(StepSession* session)> onOpened);

    // The connection failed: during an inspection the status becomes Failed and inspected() follows, else the
    // step finishes Failed. Either way with the remedy for the instance.
    void failOpen(const SqlMessages& messages, const InstanceSettings& instance, bool inspection);
    // The server refused a batch: Failed with the decisive error and its remedy.
    void failBatch(const BatchResult& result, const QString& summary, bool inspection);
    // Failed (inspection) or finished as Failed with a summary and remedy of the step's own.
    void failWith(const StepOutcome& outcome, bool inspection, const StepFindings& findings = {});

    // Follows the worker's BACKUP or RESTORE from a connection of its own and re-emits its progress; readings
    // of another command (the probe's session sees only the worker's request) are ignored.
    void startProbe(const InstanceSettings& instance, const QString& commandPrefix, qint64 databaseBytes);
    void stopProbe();

    Plan m_plan;
    QPointer<StepSession> m_session;
    QPointer<StepSession> m_worker;
    bool m_cancelRequested = false;
    // The last percent the probe reported, for the outcome of a cancelled or broken run.
    double m_lastPercent = 0;

private:
    QPointer<ProgressProbe> m_probe;
};

} // namespace pchat
