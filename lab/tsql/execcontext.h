// State shared by the parts of the interpreter while one request runs: world, session, output, variables,
// lock.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/resultsink.h"
#include "lab/tsql/tablevariable.h"

#include <mutex>
#include <QHash>
#include <utility>

namespace pchatlab {

class World;
struct Instance;
struct Session;

struct Variable
{
    SqlType type;
    SqlValue value;
};

// Thrown when an attention, a disconnect or KILL stops the request.
struct RequestCancelled
{
};

class ExecContext
{
public:
    ExecContext(World& world, Instance& instance, Session& session, ResultSink& sink);

    World& world() { return m_world; }
    Instance& instance() { return m_instance; }
    Session& session() { return m_session; }
    ResultSink& sink() { return *m_sink; }
    // Puts another sink in front (INSERT ... EXEC, BEGIN TRY); returns the one it replaces.
    ResultSink* setSink(ResultSink* sink) { return std::exchange(m_sink, sink); }

    // Variables of the innermost batch or procedure frame.
    QHash<QString, Variable>& variables() { return m_frames.back(); }
    Variable* variable(const QString& name);
    // Table variables (DECLARE @t TABLE) of the innermost frame; nullptr when not declared there.
    TableVariable* tableVariable(const QString& name);
    QHash<QString, TableVariable>& tableVariables() { return m_tableFrames.back(); }
    void pushFrame()
    {
        m_frames.append(QHash<QString, Variable>());
        m_tableFrames.append(QHash<QString, TableVariable>());
    }
    void popFrame()
    {
        m_frames.removeLast();
        m_tableFrames.removeLast();
    }
    // Statements inside a procedure or an RPC report DONEINPROC instead of DONE.
    int depth() const { return m_frames.size() - 1 + m_rpcDepth; }
    void setRpc(bool rpc) { m_rpcDepth = rpc ? 1 : 0; }
    DoneKind statementDone() const { return depth() > 0 ? DoneKind::DoneInProc : DoneKind::Done; }

    int lastError() const { return m_lastError; }
    void setLastError(int error) { m_lastError = error; }
    qint64 rowCount() const { return m_rowCount; }
    void setRowCount(qint64 n) { m_rowCount = n; }

    // The errors of the CATCH blocks running, innermost last: what ERROR_NUMBER() and its kin read.
    const SqlError* caughtError() const { return m_caught.isEmpty() ? nullptr : &m_caught.last(); }
    void pushCaught(const SqlError& error) { m_caught.append(error); }
    void popCaught() { m_caught.removeLast(); }
    // True while an INSERT ... EXEC collects rows: SQL Server refuses to nest them (8164).
    bool insertExecRunning() const { return m_insertExec; }
    void setInsertExecRunning(bool running) { m_insertExec = running; }

    // The world lock is held while statements run; long operations release it while they wait.
    void lock();
    void unlock();
    // Waits `ms` of real time without the world lock, checking for cancellation every few milliseconds.
    void sleep(qint64 ms);
    void checkCancel() const;
    void sendMessage(int number, const QStringList& args, int state = -1);

    // Runs a nested batch (sp_executesql, EXEC('...')); set by the interpreter.
    std::function<void(const QString& sql, const QHash<QString, Variable>& params)> runNested;
    std::function<QVector<QVector<SqlValue>>(const SelectQuery& q, QVector<ColumnInfo>* columns)> runQuery;

private:
    World& m_world;
    Instance& m_instance;
    Session& m_session;
    ResultSink* m_sink;
    QVector<QHash<QString, Variable>> m_frames{{}};
    QVector<QHash<QString, TableVariable>> m_tableFrames{{}};
    QVector<SqlError> m_caught;
    bool m_insertExec = false;
    int m_rpcDepth = 0;
    int m_lastError = 0;
    qint64 m_rowCount = 0;
    std::unique_lock<std::mutex> m_lock;
};

} // namespace pchatlab
