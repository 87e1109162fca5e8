// Parses the statements that write table variables: DECLARE @t TABLE, INSERT (VALUES, SELECT, EXEC) and
// DELETE; syntax errors are SQL Server's 102/156 like the rest of the parser.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/expressionparser.h"

#include <functional>

namespace pchatlab {

class DataStatementParser
{
public:
    // exec parses an EXEC statement at the current token (INSERT ... EXEC).
    DataStatementParser(TokenStream& tokens, ExpressionParser& expressions, std::function<StmtPtr()> exec)
        : m_t(tokens)
        , m_expr(expressions)
        , m_exec(std::move(exec))
    {
    }

    // After DECLARE @name [AS]: TABLE (column type [NULL | NOT NULL], ...).
    StmtPtr tableDeclaration(const QString& name, int line);
    // At INSERT.
    StmtPtr insert();
    // At DELETE.
    StmtPtr remove();

private:
    QStringList target();

    TokenStream& m_t;
    ExpressionParser& m_expr;
    std::function<StmtPtr()> m_exec;
};

} // namespace pchatlab
