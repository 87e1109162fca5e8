// A materialized result set: column definitions plus rows, as catalog views produce and queries consume.
#pragma once

#include "lab/tsql/resultsink.h"

namespace pchatlab {

struct Table
{
    QVector<ColumnInfo> columns;
    QVector<QVector<SqlValue>> rows;

    void addColumn(const QString& name, SqlType type) { columns.append({name, type}); }
    void addRow(QVector<SqlValue> row) { rows.append(std::move(row)); }
};

} // namespace pchatlab
