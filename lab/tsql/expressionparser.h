// Parses T-SQL expressions, data types and SELECT queries from a token stream into the syntax tree.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/tokenstream.h"

namespace pchatlab {

class ExpressionParser
{
public:
    explicit ExpressionParser(TokenStream& tokens)
        : m_t(tokens)
    {
    }

    ExprPtr expression();
    SqlType dataType();
    std::shared_ptr<SelectQuery> select(); // after the SELECT keyword was consumed

private:
    ExprPtr orExpr();
    ExprPtr andExpr();
    ExprPtr notExpr();
    ExprPtr predicate();
    ExprPtr additive();
    ExprPtr multiplicative();
    ExprPtr unary();
    ExprPtr primary();
    ExprPtr functionCall(const QString& name);
    ExprPtr caseExpr();
    SelectItem selectItem();
    TableRef tableRef();
    static ExprPtr binary(const QString& op, ExprPtr a, ExprPtr b);
    // Measures a node with children (ParseDepthGuard::measure) and returns it.
    static ExprPtr sealed(ExprPtr e);

    TokenStream& m_t;
};

} // namespace pchatlab
