// RowFitter: a table's rows fit their wrapped text after every change of contents, column width or font, and
// hiding and showing the table (what QWizard does on every page switch) measures nothing again.
#include "eventually.h"
#include "wizard/widgets/rowfitter.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>

using pchat::RowFitter;

namespace {

class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        ++m_calls;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    int calls() const { return m_calls; }

private:
    mutable int m_calls = 0;
};

const QString longText = QStringLiteral(
    "Der SQL Server-Agent auf PCSQL01\\PCHAT ist nicht gestartet: Protokollversand braucht den Agent auf "
    "beiden Instanzen, starten Sie ihn im SQL Server-Konfigurations-Manager und prüfen Sie erneut.");

} // namespace

TEST(RowFitter, RowsFollowTheirTextAndTheColumnWidthButNotHideAndShow)
{
    QTableWidget table(2, 2);
    auto* delegate = new CountingDelegate(&table);
    table.setItemDelegate(delegate);
    table.setWordWrap(true);
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* fitter = new RowFitter(&table);
    table.setItem(0, 0, new QTableWidgetItem(QStringLiteral("short")));
    table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("short")));
    table.resize(400, 300);
    table.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&table));
    const int oneLine = table.rowHeight(0);

    table.item(0, 0)->setText(longText);
    QApplication::processEvents();
    const int wrapped = table.rowHeight(0);
    EXPECT_GT(wrapped, oneLine * 2);
    EXPECT_EQ(table.rowHeight(1), oneLine);

    // Wider columns need fewer lines.
    table.resize(1400, 300);
    PCHAT_TRY_VERIFY(table.rowHeight(0) < wrapped, 2000);
    EXPECT_GT(table.rowHeight(0), oneLine);

    // A larger font makes every row taller.
    QFont large = table.font();
    large.setPointSize(large.pointSize() * 2);
    table.setFont(large);
    PCHAT_TRY_VERIFY(table.rowHeight(1) > oneLine, 2000);

    fitter->fitNow();
    QApplication::processEvents();
    const int measured = delegate->calls();
    table.hide();
    table.show();
    QApplication::processEvents();
    EXPECT_EQ(delegate->calls(), measured);
}
