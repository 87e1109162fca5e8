#include "rowfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace pchat {

// QHeaderView::ResizeToContents measures every row again (shaping each wrapped cell's text) whenever the
// table is hidden or shown. QWizard hides and shows the whole window's contents on every page switch and
// every change of a page's completeness: the Preflight page's checks were measured twice per Next and on
// each check's result, milliseconds each time. Measured here, once per change that can alter a height.
RowFitter::RowFitter(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const auto watchModel = [this] {
        QAbstractItemModel* model = m_table->model();
        if (!model)
            return;
        connect(model, &QAbstractItemModel::dataChanged, this, &RowFitter::fitSoon, Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowFitter::fitSoon, Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::modelReset, this, &RowFitter::fitSoon, Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RowFitter::fitSoon, Qt::UniqueConnection);
    };
    watchModel();
    // A column that changes width (the window resized, a column shown or hidden) rewraps its cells.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &RowFitter::fitSoon);
    fitSoon();
}

void RowFitter::fitSoon()
{
    if (m_due)
        return;
    m_due = true;
    // Several changes of one pass (every cell of a result, every stretched column of a resize) are fitted
    // once: before the window paints them (its UpdateRequest), or on the next pass if nothing is painted.
    // The table may have moved to another window since the last fit (a page is built before the wizard
    // takes it); installing a filter again does not install it twice.
    m_table->window()->installEventFilter(this);
    QMetaObject::invokeMethod(this, &RowFitter::fitNow, Qt::QueuedConnection);
}

bool RowFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::UpdateRequest && watched == m_table->window())
        fitNow();
    return QObject::eventFilter(watched, event);
}

void RowFitter::fitNow()
{
    if (!m_due)
        return;
    m_due = false;
    m_table->resizeRowsToContents();
}

} // namespace pchat
