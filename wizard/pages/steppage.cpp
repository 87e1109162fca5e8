#include "steppage.h"

#include "steps/procedurescript.h"
#include "steps/stepinfo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pchat {

StepPage::StepPage(StepId step, Plan& plan, QWidget* parent)
    : PlanPage(plan, parent)
    , m_step(step)
    , m_formLayout(new QVBoxLayout)
    , m_runButton(new QPushButton)
    , m_runReason(new QLabel)
{
    auto* form = new QWidget;
    form->setLayout(m_formLayout);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runReason->setObjectName(QStringLiteral("runReason"));
    m_runReason->setWordWrap(true);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_runReason, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(runRow);
}

QList<ScriptPart> StepPage::scriptParts() const
{
    return ProcedureScript::partsForStep(plan(), m_step);
}

QString StepPage::runUnavailableReason() const
{
    return tr(
        "Run is not available in this version: the wizard does not connect yet. Use Script to review, copy "
        "or save the exact text, or export the whole procedure from the Summary page.");
}

void StepPage::retranslateUi()
{
    if (m_step == StepId::Preflight)
        setTitle(StepInfo::title(m_step));
    else
        setTitle(tr("Step %1 of 7: %2").arg(int(m_step)).arg(StepInfo::title(m_step)));
    setSubTitle(tr("Runs on: %1").arg(StepInfo::where(m_step)));
    m_runButton->setText(m_step == StepId::Preflight ? tr("Run checks") : tr("Run"));
    const QString reason = runUnavailableReason();
    m_runButton->setEnabled(reason.isEmpty());
    m_runReason->setText(reason);
    m_runReason->setVisible(!reason.isEmpty());
}

} // namespace pchat
