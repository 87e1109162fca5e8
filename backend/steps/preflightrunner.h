// Runs every Preflight check on sessions of its own (one per instance, a shell for the shell checks), one
// after another, without changing anything; reports each result as it comes. Nothing here waits.
#pragma once

#include "backend/sql/batchresult.h"
#include "commandgate.h"
#include "logbackupfile.h"
#include "preflightcheck.h"
#include "preflightfacts.h"
#include "preflightresult.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace pchat {

class ShellRunner;
class StepSession;
struct ShellResult;

class PreflightRunner : public QObject
{
    Q_OBJECT

public:
    explicit PreflightRunner(QObject* parent = nullptr);
    ~PreflightRunner() override;

    // Set by the audit trail: every query and shell command waits for it before it goes out (write-ahead).
    void setCommandGate(CommandGate gate) { m_gate = std::move(gate); }

    // The checks that run: the procedure's (Procedure::preflightChecks); the failback's unless set.
    void setChecks(PreflightCheck::Builder checks) { m_builder = checks; }
    // The checks start() runs for this plan.
    QList<PreflightCheck> checksFor(const Plan& plan) const;
    // Starts (or restarts: Re-check) every check of checksFor(plan), in that order.
    void start(const Plan& plan);
    // Stops the running check; no further checkFinished, allFinished follows.
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<PreflightCheck>& checks() const { return m_checks; }
    // One per check; checks not run yet have an empty id.
    const QList<PreflightResult>& results() const { return m_results; }
    // True when no check failed (warnings still need the operator's acknowledgement).
    bool passed() const;

Q_SIGNALS:
    void checkStarted(int index);
    // A query or shell command is about to be sent (the Messages pane, the audit trail).
    void commandStarted(const QString& target, const QString& text, pchat::ScriptLanguage language);
    void checkFinished(int index, const pchat::PreflightResult& result);
    void allFinished();

private:
    void admitCommand(QObject* context, std::function<void()> proceed,
                      std::function<void(const QString& reason)> refuse) const;
    CommandGate m_gate;
    enum class SessionState
    {
        Closed,
        Open,
        Failed,
    };
    struct Connection
    {
        QPointer<StepSession> session;
        SessionState state = SessionState::Closed;
        SqlMessages openError;
    };

    void runNext();
    void report(PreflightResult::Status status, const QString& found, const QString& remedy = {});
    // Records the current check's result (its id set, a pass without remedy) and moves on.
    void report(PreflightResult result);
    const InstanceSettings& instanceFor(ScriptTarget target) const;
    // Opens the target's session once; then(true) when open, then(false) when it failed (also later).
    void withSession(ScriptTarget target, std::function<void(bool open)> then);
    void runSql(const PreflightCheck& check);
    void runShell(const PreflightCheck& check);
    void evaluateSql(const PreflightCheck& check, const BatchResult& result);
    // The log chain check: the redo point and both listings came in result; each backup's header follows.
    void readLogChain(const BatchResult& result);
    void readHeaders(LogBackupFiles pending, LogBackupFiles read, const QString& redoLsn, int found);
    void evaluateShell(const PreflightCheck& check, const ShellResult& result);
    void retire();

    PreflightCheck::Builder m_builder;
    Plan m_plan;
    QList<PreflightCheck> m_checks;
    QList<PreflightResult> m_results;
    int m_index = -1;
    bool m_running = false;
    // Bumped on every start and cancel: callbacks of an earlier round are ignored.
    quint64 m_generation = 0;
    QHash<int, Connection> m_connections; // by ScriptTarget
    QPointer<ShellRunner> m_shell;

    PreflightFacts m_facts; // what earlier checks found, for later ones
};

} // namespace pchat
