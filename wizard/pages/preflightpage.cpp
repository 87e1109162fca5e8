#include "preflightpage.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/run/procedure.h"
#include "backend/steps/preflightcheck.h"
#include "wizard/proceduretexts.h"
#include "wizard/widgets/rowfitter.h"
#include "wizard/widgets/steprunpanel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
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

PreflightPage::PreflightPage(Plan& plan, const Procedure& procedure, QWidget* parent)
    : StepPage(StepId::Preflight, plan, parent)
    , m_procedure(procedure)
    , m_runner(new PreflightRunner(this))
    , m_runChecks(new QPushButton)
    , m_summary(new QLabel)
    , m_acknowledge(new QCheckBox)
    , m_intro(new QLabel)
    , m_checks(new QTableWidget(0, ColumnCount))
    , m_queryLabel(new QLabel)
    , m_query(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("preflightPage"));
    m_intro->setWordWrap(true);
    m_runner->setChecks(procedure.preflightChecks());
    m_checks->setObjectName(QStringLiteral("preflightChecks"));
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checks->verticalHeader()->setVisible(false);
    // Rows follow their wrapped titles whenever the columns change width.
    new RowFitter(m_checks);
    // The check's title and what was found share the width; Remedy takes a share only when a check has one
    // (showResult), so that a page of passes does not squeeze the findings into a narrow column.
    m_checks->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setSectionResizeMode(FoundColumn, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setSectionResizeMode(RemedyColumn, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_checks->setWordWrap(true);
    m_query->setObjectName(QStringLiteral("preflightQuery"));
    m_query->setReadOnly(true);
    // Read-only text is passed with Tab, not a place where Tab stays (keyboard-only operators).
    m_query->setTabChangesFocus(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setMaximumHeight(130);
    m_queryLabel->setBuddy(m_query);
    connect(m_checks, &QTableWidget::itemSelectionChanged, this, &PreflightPage::showSelectedCheck);
    m_runChecks->setObjectName(QStringLiteral("runChecksButton"));
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWarnings"));
    m_acknowledge->setVisible(false);
    connect(m_runChecks, &QPushButton::clicked, this, &PreflightPage::runChecks);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            OperatorLog::info(
                QT_TRANSLATE_NOOP("OperatorLog", "The operator acknowledged the preflight warnings."));
        else
            OperatorLog::info(QT_TRANSLATE_NOOP(
                "OperatorLog", "The operator withdrew the acknowledgement of the preflight warnings."));
        refreshComplete();
    });
    connect(m_runner, &PreflightRunner::checkStarted, this, [this](int index) {
        if (QTableWidgetItem* status = m_checks->item(index, StatusColumn))
            status->setText(tr("Running…"));
    });
    connect(m_runner, &PreflightRunner::checkFinished, this, &PreflightPage::showResult);
    connect(m_runner, &PreflightRunner::allFinished, this, &PreflightPage::summarize);
    // Preflight changes nothing, so it has its own Run checks button rather than the step's run panel.
    runPanel()->setVisible(false);
    // The table scrolls itself; the form around it must not scroll as well.
    setFormScrollable(false);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runChecks);
    runRow->addWidget(m_summary, 1);

    formLayout()->addWidget(m_intro);
    formLayout()->addLayout(runRow);
    formLayout()->addWidget(m_checks, 1);
    formLayout()->addWidget(m_acknowledge);
    formLayout()->addWidget(m_queryLabel);
    formLayout()->addWidget(m_query);
    retranslateUi();
}

void PreflightPage::initializePage()
{
    StepPage::initializePage();
    // The checks change nothing: run them on arrival, as the operator would first thing, and again when the
    // operator went back and changed the plan (a pass for other values proves nothing).
    if ((!m_ran || plan() != m_checkedPlan) && !m_runner->isRunning())
        runChecks();
}

bool PreflightPage::pageConditionsMet() const
{
    if (!m_ran || m_runner->isRunning())
        return false;
    bool warnings = false;
    for (const PreflightResult& result : m_runner->results()) {
        if (result.status == PreflightResult::Fail)
            return false;
        warnings = warnings || result.status == PreflightResult::Warning;
    }
    return !warnings || m_acknowledge->isChecked();
}

void PreflightPage::runChecks()
{
    if (m_runner->isRunning())
        return;
    planChanged();
    m_ran = false;
    m_checkedPlan = plan();
    m_acknowledge->setChecked(false);
    m_acknowledge->setVisible(false);
    m_runChecks->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Preflight checks started."));
    m_runner->start(plan());
    refreshComplete();
}

void PreflightPage::showResult(int index, const PreflightResult& result)
{
    QTableWidgetItem* status = m_checks->item(index, StatusColumn);
    if (!status)
        return;
    const QString texts[] = {tr("Pass"), tr("Warning"), tr("Fail")};
    const QStyle::StandardPixmap icons[] = {QStyle::SP_DialogApplyButton, QStyle::SP_MessageBoxWarning,
                                            QStyle::SP_MessageBoxCritical};
    status->setText(texts[result.status]);
    status->setIcon(style()->standardIcon(icons[result.status]));
    m_checks->item(index, FoundColumn)->setText(result.found);
    m_checks->item(index, RemedyColumn)->setText(result.remedy);
    showRemedyColumn();
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Preflight check \"%1\": %2"),
                      {m_checks->item(index, CheckColumn)->text(), texts[result.status]});
}

void PreflightPage::showRemedyColumn()
{
    bool any = false;
    for (int row = 0; row < m_checks->rowCount() && !any; ++row)
        any = m_checks->item(row, RemedyColumn) && !m_checks->item(row, RemedyColumn)->text().isEmpty();
    m_checks->setColumnHidden(RemedyColumn, !any);
}

void PreflightPage::summarize()
{
    int failed = 0;
    int warnings = 0;
    for (const PreflightResult& result : m_runner->results()) {
        failed += result.status == PreflightResult::Fail ? 1 : 0;
        warnings += result.status == PreflightResult::Warning ? 1 : 0;
    }
    m_ran = true;
    m_runChecks->setEnabled(true);
    m_summary->setText(failed > 0 ? tr("%n check(s) failed: correct the cause, then Re-check.", "", failed)
                       : warnings > 0
                           ? tr("No check failed; %n warning(s) to acknowledge below.", "", warnings)
                           : tr("Every check passed."));
    m_summary->setStyleSheet(failed > 0 ? QStringLiteral("color: #b3261e;") : QString());
    m_acknowledge->setVisible(failed == 0 && warnings > 0);
    m_runChecks->setText(tr("Re-chec&k"));
    refreshComplete();
}

void PreflightPage::planChanged()
{
    if (m_runner->isRunning())
        return;
    const QList<PreflightCheck> checks = m_runner->checksFor(plan());
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
    showRemedyColumn();
    m_checks->selectRow(selected >= 0 ? selected : 0);
    showSelectedCheck();
    // Results of the last run stay visible (a language switch or a return to the page rebuilds the rows).
    const QList<PreflightResult>& results = m_runner->results();
    for (int row = 0; m_ran && row < results.size() && row < checks.size(); ++row)
        showResult(row, results.at(row));
}

void PreflightPage::showSelectedCheck()
{
    const QTableWidgetItem* item = m_checks->item(m_checks->currentRow(), CheckColumn);
    m_query->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

void PreflightPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_checks->setAccessibleName(tr("Preflight checks"));
    const ProcedureTexts texts = ProcedureTexts::of(m_procedure);
    m_intro->setText(texts.preflightIntro);
    m_checks->setHorizontalHeaderLabels({tr("Check"), tr("Where"), tr("Status"), tr("Found"), tr("Remedy")});
    m_queryLabel->setText(tr("&Query or command of the selected check:"));
    m_runChecks->setText(m_ran ? tr("Re-chec&k") : tr("&Run checks"));
    m_acknowledge->setText(texts.preflightAcknowledge);
    // Check titles are translated texts made from the plan.
    planChanged();
}

} // namespace pchat
