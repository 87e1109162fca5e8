// Evaluates expressions: operators with T-SQL NULL logic, variables, @@globals and the built-in functions.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/execcontext.h"
#include "lab/tsql/rowscope.h"

namespace pchatlab {

class ExpressionEvaluator
{
public:
    explicit ExpressionEvaluator(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }

    // `group` is set when aggregates are computed over the rows of a query.
    SqlValue evaluate(const Expr& e, const RowScope* row = nullptr,
                      const QVector<const RowScope*>* group = nullptr);
    // True only for a non-NULL true value (WHERE / IF semantics).
    bool isTrue(const Expr& e, const RowScope* row = nullptr);
    // Best-effort static type, used for the column metadata of empty results.
    SqlType staticType(const Expr& e, const RowScope* row);
    static bool containsAggregate(const Expr& e);
    static bool like(const QString& value, const QString& pattern, QChar escape = QChar());

private:
    SqlValue binary(const Expr& e, const RowScope* row, const QVector<const RowScope*>* group);
    SqlValue function(const Expr& e, const RowScope* row, const QVector<const RowScope*>* group);
    SqlValue aggregate(const Expr& e, const QVector<const RowScope*>& group);
    SqlValue globalVariable(const QString& name);
    SqlValue serverProperty(const QString& name);
    SqlValue cast(const Expr& e, const RowScope* row, const QVector<const RowScope*>* group);
    QString versionString() const;

    ExecContext& m_ctx;
};

} // namespace pchatlab
