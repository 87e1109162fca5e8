// Writes what a session runs to the lab's executed log: each statement with the names and values it acts on,
// evaluated as the interpreter sees them, so that tests and the trainer can check what reached the server.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/procedurecall.h"

namespace pchatlab {

class ExecContext;

class StatementRecorder
{
public:
    explicit StatementRecorder(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }

    void record(const QString& kind, const QString& text, const QString& object, const QStringList& args);
    void statement(const Stmt& s);
    void call(const ProcedureCall& call);

private:
    QString evaluatedText(const ExprPtr& expr);

    ExecContext& m_ctx;
};

} // namespace pchatlab
