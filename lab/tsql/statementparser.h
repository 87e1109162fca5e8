// Parses a T-SQL batch into statements (the subset the lab models); syntax errors are SQL Server's 102/156.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/datastatementparser.h"
#include "lab/tsql/expressionparser.h"

namespace pchatlab {

class StatementParser
{
public:
    // Throws SqlError (102, 156, 105, 113, 243 ...) for the first syntax error, like SQL Server's compile
    // step.
    static QVector<StmtPtr> parseBatch(const QString& sql);
    // "@a int, @b nvarchar(10) OUTPUT" as sp_executesql and sp_prepare receive it; `outputs` gets the OUTPUT
    // flags.
    static QVector<VarDecl> parseParameterList(const QString& text, QVector<bool>* outputs);

private:
    explicit StatementParser(TokenStream& t)
        : m_t(t)
        , m_expr(t)
        , m_data(t, m_expr, [this] { return exec(); })
    {
    }
    StmtPtr statement(bool batchStart);
    StmtPtr statementAtLevel(bool batchStart);
    StmtPtr declare();
    // After BEGIN, at TRY.
    StmtPtr tryCatch(int line);
    // Statements up to END word (END TRY, END CATCH), which it consumes.
    QVector<StmtPtr> statementsUntilEnd(const char* word);
    StmtPtr set();
    StmtPtr exec();
    StmtPtr backupOrRestore(bool backup);
    StmtPtr alterDatabase();
    QVector<WithOption> withOptions();
    ExprPtr databaseName();

    TokenStream& m_t;
    ExpressionParser m_expr;
    DataStatementParser m_data;
};

} // namespace pchatlab
