// The scalar built-in functions of the T-SQL subset (metadata, security, string, date and NULL functions).
#pragma once

#include "lab/tsql/execcontext.h"

namespace pchatlab {

class BuiltinFunctions
{
public:
    // Throws SqlError 195 for an unknown function and 174 for a wrong argument count.
    static SqlValue call(ExecContext& ctx, const QString& name, const QVector<SqlValue>& args);

private:
    static SqlValue caughtError(ExecContext& ctx, const QString& name, const QVector<SqlValue>& args);
};

} // namespace pchatlab
