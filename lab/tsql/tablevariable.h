// A table variable (DECLARE @t TABLE (...)): its rows, and which columns refuse NULL.
#pragma once

#include "lab/world/table.h"

namespace pchatlab {

struct TableVariable
{
    // The name as declared, for messages (515).
    QString name;
    Table table;
    QVector<bool> notNull;
};

} // namespace pchatlab
