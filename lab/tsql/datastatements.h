// Runs the statements that write table variables: DECLARE @t TABLE, INSERT (VALUES, SELECT, EXEC) and DELETE.
// The lab has no user tables: any other target gets SQL Server's error for an object it cannot write.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/execcontext.h"

#include <functional>

namespace pchatlab {

class DataStatements
{
public:
    // execute runs the EXEC statement of INSERT ... EXEC with the interpreter.
    DataStatements(ExecContext& ctx, std::function<void(const Stmt&)> execute)
        : m_ctx(ctx)
        , m_execute(std::move(execute))
    {
    }

    void declareTable(const Stmt& s);
    // Both return the rows affected.
    quint64 insert(const Stmt& s);
    quint64 remove(const Stmt& s);

private:
    TableVariable& target(const QStringList& parts);
    QVector<QVector<SqlValue>> executeForRows(const Stmt& exec, qsizetype width);

    ExecContext& m_ctx;
    std::function<void(const Stmt&)> m_execute;
};

} // namespace pchatlab
