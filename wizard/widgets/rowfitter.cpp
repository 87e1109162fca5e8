#include "rowfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace pchat {

// QHeaderView::ResizeToContents measures every row again (shaping each wrapped cell's text) whenever the
// table is hidden or shown. QWizard hides and shows the whole window's contents on every page switch (and
// did on every change of a page's completeness): the Preflight page's checks were measured twice per Next,
// milliseconds each time. Measured here, once per change that can alter a height.
RowFitter::RowFitter(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QAbstractItemModel* model = m_table->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &RowFitter::fitSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RowFitter::fitSoon);
    connect(model, &QAbstractItemModel::modelReset, this, &RowFitter::fitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RowFitter::fitSoon);
    // A column that changes width (the window resized, a column shown or hidden) rewraps its cells.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &RowFitter::fitSoon);
    // So does another font or style.
    m_table->installEventFilter(this);
    fitSoon();
}

void RowFitter::fitSoon()
{
    if (m_due)
        return;
    m_due = true;
    // Several changes of one pass (every cell of a result, every stretched column of a resize) are fitted
    // once: before the window paints them (its UpdateRequest), or on the next pass if nothing is painted.
    // The window is looked up each time: a page is built before the wizard takes it.
    m_window = m_table->window();
    m_window->installEventFilter(this);
    QMetaObject::invokeMethod(this, &RowFitter::fitNow, Qt::QueuedConnection);
}

bool RowFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fitSoon();
    else if (watched == m_window && event->type() == QEvent::UpdateRequest)
        fitNow();
    return QObject::eventFilter(watched, event);
}

void RowFitter::fitNow()
{
    if (!m_due)
        return;
    m_due = false;
    // Not left on the window: every paint of it would pass through here.
    if (m_window && m_window != m_table)
        m_window->removeEventFilter(this);
    m_window.clear();
    m_table->resizeRowsToContents();
}

} // namespace pchat
