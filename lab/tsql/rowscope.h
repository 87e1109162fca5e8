// Resolves column references while an expression is evaluated against the current row(s) of a query.
#pragma once

#include "lab/tsql/sqlvalue.h"

#include <QStringList>

namespace pchatlab {

class RowScope
{
public:
    virtual ~RowScope() = default;
    // False when no column matches; throws SqlError 209 when the name is ambiguous.
    virtual bool lookup(const QStringList& parts, SqlValue* value, SqlType* type) const = 0;
};

} // namespace pchatlab
