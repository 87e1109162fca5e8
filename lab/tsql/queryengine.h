// Runs SELECT queries over the catalog: FROM with joins, WHERE, aggregates, DISTINCT, ORDER BY, TOP and
// assignment.
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/execcontext.h"
#include "lab/world/table.h"

namespace pchatlab {

class QueryEngine
{
public:
    explicit QueryEngine(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }

    // Returns the result; for SELECT @v = ... the variables are assigned and no columns are returned.
    Table run(const SelectQuery& q);

private:
    struct Source
    {
        QString alias;
        Table table;
    };
    Table sourceTable(const TableRef& ref);

    ExecContext& m_ctx;
};

} // namespace pchatlab
