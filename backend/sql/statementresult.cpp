#include "statementresult.h"

namespace pchat {

QVariant StatementResult::value(int row, const QString& column) const
{
    const qsizetype index = columns.indexOf(column, 0);
    qsizetype found = index;
    if (found < 0) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).compare(column, Qt::CaseInsensitive) == 0) {
                found = i;
                break;
            }
        }
    }
    if (found < 0 || row < 0 || row >= rows.size() || found >= rows.at(row).size())
        return {};
    return rows.at(row).at(found);
}

} // namespace pchat
