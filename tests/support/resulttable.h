// A statement's result as the tests write it: the columns, then one row of values per entry.
#pragma once

#include "backend/sql/statementresult.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace pchat::test {

// A null QVariant in a row stands for NULL.
StatementResult resultTable(const QStringList& columns, const QList<QVariantList>& rows = {});

} // namespace pchat::test
