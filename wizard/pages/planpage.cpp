#include "planpage.h"

#include "backend/plan/planvalidator.h"
#include "wizard/widgets/fieldbinder.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>

namespace pchat {

PlanPage::PlanPage(Plan& plan, QWidget* parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_binder(new FieldBinder(plan, this))
{
    connect(m_binder, &FieldBinder::edited, this, [this] {
        revalidate();
        planChanged();
        Q_EMIT planEdited();
    });
}

void PlanPage::initializePage()
{
    reload();
}

void PlanPage::reload()
{
    m_binder->load();
    planChanged();
    revalidate();
}

bool PlanPage::isComplete() const
{
    return m_issues.isEmpty() && pageConditionsMet();
}

QLabel* PlanPage::issueSummaryLabel()
{
    if (!m_issueSummary) {
        m_issueSummary = new QLabel;
        m_issueSummary->setObjectName(QStringLiteral("issueSummary"));
        m_issueSummary->setWordWrap(true);
        m_issueSummary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_issueSummary->setVisible(false);
    }
    return m_issueSummary;
}

void PlanPage::revalidate()
{
    const QStringList prefixes = fieldPrefixes();
    m_issues = prefixes.isEmpty() ? ValidationIssues{} : PlanValidator::validate(m_plan, prefixes);
    const ValidationIssues unshown = m_binder->showIssues(m_issues);
    if (m_issueSummary) {
        QStringList lines;
        for (const ValidationIssue& issue : unshown)
            lines << QStringLiteral("• ") + issue.message;
        m_issueSummary->setText(lines.join(QLatin1Char('\n')));
        m_issueSummary->setVisible(!lines.isEmpty());
    }
    issuesChanged();
    refreshComplete();
}

void PlanPage::refreshComplete()
{
    Q_EMIT pageStateChanged();
    const bool complete = isComplete();
    if (m_lastComplete == complete)
        return;
    m_lastComplete = complete;
    Q_EMIT completeChanged();
}

void PlanPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Validation messages are translated when they are made, so make them again.
        revalidate();
    }
    QWizardPage::changeEvent(event);
}

QScrollArea* PlanPage::scrollingArea(QWidget* content, const QString& objectName)
{
    auto* scroll = new QScrollArea;
    scroll->setObjectName(objectName);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    // The page shows the window's background anyway. Opaque, the viewport and the content were painted twice
    // whenever the window repainted in full (the FailbackWizard constructor says why).
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    return scroll;
}

} // namespace pchat
