// Parses T-SQL expressions, data types and SELECT queries from a token stream into the syntax tree.
#pragma once

#include "ast.h"
#include "tokenstream.h"

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
    // The height of the tree (measured once per node); error 191 beyond maxHeight. "a + b + c ..." grows the
    // tree in a loop, not by recursion, so the nesting levels of the token stream do not bound it.
    static int measure(Expr& e);
    static int measure(const SelectQuery& q);
    static constexpr int maxHeight = 256;

    TokenStream& m_t;
};

} // namespace pchatlab
