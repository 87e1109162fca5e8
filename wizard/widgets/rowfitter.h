// Keeps a table's row heights fitted to their wrapped contents, recomputed when the contents or the column
// widths change, not on every show and hide as QHeaderView::ResizeToContents does.
#pragma once

#include <QObject>

class QTableView;

namespace pchat {

class RowFitter : public QObject
{
    Q_OBJECT

public:
    // Fits the rows of table (which owns the fitter) from now on.
    explicit RowFitter(QTableView* table);

    // Fits the rows now if a change is waiting (tests; the fitter does it on the next pass otherwise).
    void fitNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitSoon();

    QTableView* m_table;
    bool m_due = false;
};

} // namespace pchat
