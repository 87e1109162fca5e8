// Runs SQL batches and RPC procedure calls of one session against the world, statement by statement.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/execcontext.h"
#include "lab/tsql/procedurecall.h"
#include "lab/tsql/statementrecorder.h"
#include "lab/tsql/transactionrequest.h"

namespace pchatlab {

class ProcedureLibrary;

class Interpreter
{
public:
    Interpreter(World& world, Instance& instance, Session& session, ResultSink& sink);
    ~Interpreter();

    // Both stop quietly (RequestCancelled is caught) when the session is cancelled; the caller sends the ATTN
    // DONE.
    void runBatch(const QString& sql);
    void runRpc(QVector<ProcedureCall>& calls);
    // A transaction-manager request: begin, commit or rollback, and maybe the next begin right after.
    void transactionRequest(const TransactionRequest& request);

    // Runs SQL text in a new variable frame with the given parameters (sp_executesql, EXEC('...')).
    void runNested(const QString& sql, const QHash<QString, Variable>& params,
                   QHash<QString, Variable>* after);
    ExecContext& context() { return m_ctx; }

private:
    enum class Flow
    {
        Normal,
        Break,
        Continue,
        Return
    };
    void runStatements(const QVector<StmtPtr>& stmts);
    Flow execute(const Stmt& s);
    Flow executeGuarded(const Stmt& s);
    // The statements of a block in order, until one breaks, continues or returns (inside TRY an error too).
    Flow runBody(const QVector<StmtPtr>& body);
    // BEGIN TRY ... END TRY BEGIN CATCH ... END CATCH
    Flow tryCatch(const Stmt& s);
    void select(const Stmt& s);
    void declare(const Stmt& s);
    void setVariable(const Stmt& s);
    void setOption(const Stmt& s);
    void use(const Stmt& s);
    void raiserror(const Stmt& s);
    void exec(const Stmt& s);
    void kill(const Stmt& s);
    void transaction(StmtKind kind);
    void waitFor(const Stmt& s);
    void doneForStatement(TdsDoneStatus status, TdsDoneCommand curCmd, quint64 rows);

    ExecContext m_ctx;
    StatementRecorder m_recorder;
    std::unique_ptr<ProcedureLibrary> m_procedures;
    bool m_noCount = false;
    int m_returnValue = 0;
    // BEGIN TRY blocks open around the running statement (a CATCH block is outside its own TRY).
    int m_tryDepth = 0;
};

} // namespace pchatlab
