// The rows, columns and row count one statement of a batch produced.
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace pchat {

struct StatementResult
{
    QStringList columns;
    // Values as text (NULL as a null QVariant), so that every column type reads the same way.
    QList<QVariantList> rows;
    // Rows affected, -1 when the statement reports none.
    qint64 rowsAffected = -1;

    // The value of a column of a row, by column name (case-insensitive); null when absent.
    QVariant value(int row, const QString& column) const;
};

} // namespace pchat
