#include "resulttable.h"

namespace pchat::test {

StatementResult resultTable(const QStringList& columns, const QList<QVariantList>& rows)
{
    StatementResult result;
    result.columns = columns;
    result.rows = rows;
    return result;
}

} // namespace pchat::test
