#include "sidepanel.h"

#include "explanationpanel.h"
#include "logpane.h"
#include "steplist.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>

namespace pchat {

SidePanel::SidePanel(QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_trainingBanner(new QLabel)
    , m_stepList(new StepList)
    , m_tabs(new QTabWidget)
    , m_logPane(new LogPane)
    , m_explanation(new ExplanationPanel)
{
    setObjectName(QStringLiteral("sidePanel"));
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setAlignment(Qt::AlignCenter);
    m_trainingBanner->setWordWrap(true);
    m_trainingBanner->setStyleSheet(QStringLiteral(
        "background: #e8710a; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"));
    m_trainingBanner->hide();
    addWidget(m_trainingBanner);
    addWidget(m_stepList);
    m_tabs->setObjectName(QStringLiteral("sideTabs"));
    m_explanation->setObjectName(QStringLiteral("explanationPanel"));
    m_tabs->addTab(m_logPane, QString());
    m_tabs->addTab(m_explanation, QString());
    addWidget(m_tabs);
    // The step list keeps its full height (wrapped titles must not overlap); the tabs take the rest.
    setChildrenCollapsible(false);
    setStretchFactor(0, 0);
    setStretchFactor(1, 0);
    setStretchFactor(2, 1);
    setMinimumWidth(280);
    setMaximumWidth(340);
    retranslateUi();
}

void SidePanel::setTrainingMode(bool training)
{
    m_trainingBanner->setVisible(training);
    m_tabs->setCurrentWidget(training ? static_cast<QWidget*>(m_explanation) : m_logPane);
}

void SidePanel::addTrainingPanel(QWidget* panel)
{
    insertWidget(indexOf(m_trainingBanner) + 1, panel);
    setStretchFactor(indexOf(panel), 0);
}

void SidePanel::showExplanation(int pageId, const Procedure* procedure)
{
    m_explanation->setPage(pageId, procedure);
}

void SidePanel::switchExplanation(int pageId, const Procedure* procedure)
{
    m_explanation->switchTo(pageId, procedure);
}

void SidePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QSplitter::changeEvent(event);
}

void SidePanel::retranslateUi()
{
    m_trainingBanner->setText(
        tr("TRAINING\nAgainst the simulated lab: nothing here is production evidence."));
    // The splitter would squeeze the banner; it keeps the height its text needs at the panel's narrowest.
    m_trainingBanner->setMinimumHeight(m_trainingBanner->heightForWidth(minimumWidth() - 20));
    m_tabs->setTabText(m_tabs->indexOf(m_logPane), tr("Log"));
    m_logPane->retranslateUi();
    m_tabs->setTabText(m_tabs->indexOf(m_explanation), tr("Explanation"));
}

} // namespace pchat
