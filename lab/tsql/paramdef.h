// One parameter of a system procedure the lab implements: name, type, whether it must be given, default.
#pragma once

#include "lab/tsql/sqlvalue.h"

namespace pchatlab {

struct ParamDef
{
    QString name;
    SqlType type;
    bool required = true;
    bool output = false;
    SqlValue defaultValue;
};

} // namespace pchatlab
