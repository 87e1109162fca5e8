#include "preflightpage.h"

#include "steps/preflightcheck.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {
enum Column
{
    CheckColumn,
    WhereColumn,
    StatusColumn,
    FoundColumn,
    RemedyColumn,
    ColumnCount
};
}

PreflightPage::PreflightPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::Preflight, plan, parent)
    , m_intro(new QLabel)
    , m_checks(new QTableWidget(0, ColumnCount))
    , m_queryLabel(new QLabel)
    , m_query(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("preflightPage"));
    m_intro->setWordWrap(true);
    m_checks->setObjectName(QStringLiteral("preflightChecks"));
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checks->verticalHeader()->setVisible(false);
    // Rows follow their wrapped titles whenever the columns change width.
    m_checks->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_checks->setWordWrap(true);
    m_query->setObjectName(QStringLiteral("preflightQuery"));
    m_query->setReadOnly(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setMaximumHeight(130);
    m_queryLabel->setBuddy(m_query);
    connect(m_checks, &QTableWidget::itemSelectionChanged, this, &PreflightPage::showSelectedCheck);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_checks, 1);
    formLayout()->addWidget(m_queryLabel);
    formLayout()->addWidget(m_query);
    retranslateUi();
}

QString PreflightPage::runUnavailableReason() const
{
    return tr(
        "The checks run once the wizard connects to the instances and the shell (a later version). Select a "
        "check to see exactly what it will run.");
}

void PreflightPage::planChanged()
{
    const QList<PreflightCheck> checks = PreflightCheck::all(plan());
    const int selected = m_checks->currentRow();
    m_checks->setRowCount(checks.size());
    for (int row = 0; row < checks.size(); ++row) {
        const PreflightCheck& check = checks.at(row);
        auto* title = new QTableWidgetItem(check.title);
        title->setData(Qt::UserRole, check.text);
        title->setData(Qt::UserRole + 1, check.id);
        m_checks->setItem(row, CheckColumn, title);
        m_checks->setItem(row, WhereColumn,
                          new QTableWidgetItem(ScriptPart::targetDescription(check.target, plan())));
        m_checks->setItem(row, StatusColumn, new QTableWidgetItem(tr("Not run")));
        m_checks->setItem(row, FoundColumn, new QTableWidgetItem);
        m_checks->setItem(row, RemedyColumn, new QTableWidgetItem);
    }
    m_checks->selectRow(selected >= 0 ? selected : 0);
    showSelectedCheck();
}

void PreflightPage::showSelectedCheck()
{
    const QTableWidgetItem* item = m_checks->item(m_checks->currentRow(), CheckColumn);
    m_query->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

void PreflightPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(
        tr("Before step 1 the wizard checks everything it can without changing anything: "
           "connectivity, permissions, versions, database states, mirroring, recovery models, SQL "
           "Server Agent and its account, the share and the copy folder as each service account sees "
           "them, free space, and the pool state. A failed check blocks the failback; a warning must "
           "be acknowledged."));
    m_checks->setHorizontalHeaderLabels({tr("Check"), tr("Where"), tr("Status"), tr("Found"), tr("Remedy")});
    m_queryLabel->setText(tr("&Query or command of the selected check:"));
    // Check titles are translated texts made from the plan.
    planChanged();
}

} // namespace pchat
