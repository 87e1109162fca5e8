// Fits a table's rows to their wrapped contents when contents or column widths change, not on each show and
// hide.
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

class QTableView;

namespace pchat {

class RowFitter : public QObject
{
    Q_OBJECT

public:
    // Fits the rows of table (which owns the fitter) from now on, following the model the table has now.
    explicit RowFitter(QTableView* table);

    // Fits the rows now if a change is waiting (tests; the fitter does it on the next pass otherwise).
    void fitNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitSoon();

    QTableView* m_table;
    // The window whose next paint fits the rows, while a fit is due.
    QPointer<QWidget> m_window;
    bool m_due = false;
};

} // namespace pchat
