// One procedure invocation: the arguments as sent (positional or named, OUTPUT flags) and what comes back.
#pragma once

#include "lab/tsql/sqlvalue.h"

#include <optional>
#include <QVector>

namespace pchatlab {

struct ProcArgument
{
    QString name; // "@x" or empty when positional
    SqlValue value;
    bool output = false;
    bool isDefault = false;
};

struct ProcedureCall
{
    QString name; // as written (may be multi-part, e.g. master.dbo.xp_fileexist)
    QVector<ProcArgument> args;
    // Filled by the procedure: new values for OUTPUT arguments (same index as args).
    QVector<std::optional<SqlValue>> outputs;
    int returnCode = 0;
};

} // namespace pchatlab
