#include "readonlytable.h"

#include <QHeaderView>

namespace pchat {

ReadOnlyTable::ReadOnlyTable(int rows, int columns, const QString& objectName, QWidget* parent)
    : QTableWidget(rows, columns, parent)
{
    if (!objectName.isEmpty())
        setObjectName(objectName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->setVisible(false);
}

} // namespace pchat
