// A table that only shows what a step read, as SSMS's result grids do: no editing, no selection, no row
// numbers.
#pragma once

#include <QTableWidget>

namespace pchat {

class ReadOnlyTable : public QTableWidget
{
public:
    ReadOnlyTable(int rows, int columns, const QString& objectName = {}, QWidget* parent = nullptr);
};

} // namespace pchat
