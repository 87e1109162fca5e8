#include "steppage.h"

#include "log/logging.h"
#include "log/qstringformatter.h"
#include "steps/failbackstep.h"
#include "steps/procedurescript.h"
#include "steps/stepinfo.h"
#include "widgets/steprunpanel.h"

#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pchat {

StepPage::StepPage(StepId step, Plan& plan, QWidget* parent)
    : PlanPage(plan, parent)
    , m_step(step)
    , m_formLayout(new QVBoxLayout)
    , m_runPanel(new StepRunPanel)
{
    auto* form = new QWidget;
    form->setLayout(m_formLayout);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    connect(m_runPanel, &StepRunPanel::runRequested, this, &StepPage::run);
    // A step runs only with the values its page shows as valid.
    connect(this, &QWizardPage::completeChanged, this, [this] {
        m_runPanel->setInvalidFieldsReason(
            issues().isEmpty() ? QString()
                               : tr("Correct the values marked on this page before running the step."));
    });
    connect(m_runPanel, &StepRunPanel::cancelRequested, this, &StepPage::cancel);
    connect(m_runPanel, &StepRunPanel::inspectRequested, this, [this] {
        if (m_stepObject)
            m_stepObject->inspect(this->plan());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_runPanel, 2);
}

QList<ScriptPart> StepPage::scriptParts() const
{
    return ProcedureScript::partsForStep(plan(), m_step);
}

void StepPage::setStepObject(FailbackStep* step)
{
    if (m_stepObject)
        m_stepObject->disconnect(this);
    m_stepObject = step;
    m_runPanel->setStep(step);
    if (step) {
        // Next follows the step: it opens only once the step is done or was already done.
        connect(step, &FailbackStep::statusChanged, this, &StepPage::completeChanged);
    }
    retranslateUi();
}

bool StepPage::isBusy() const
{
    if (!m_stepObject)
        return false;
    const StepStatus status = m_stepObject->status();
    return status == StepStatus::Inspecting || status == StepStatus::Running ||
           status == StepStatus::Verifying;
}

void StepPage::initializePage()
{
    PlanPage::initializePage();
    // Reading the state is harmless and tells the operator what Run would change, so do it on arrival.
    if (m_stepObject && !isBusy() && m_stepObject->status() != StepStatus::Done)
        m_stepObject->inspect(plan());
}

bool StepPage::isComplete() const
{
    if (m_stepObject && isRecordedDone()) {
        // The page's own conditions (step 1's "the list is empty") belonged to the time the step ran; what
        // counts now is that the values are valid and the servers could be read.
        const StepStatus status = m_stepObject->status();
        return issues().isEmpty() && !isBusy() && status != StepStatus::Failed &&
               status != StepStatus::NotInspected;
    }
    if (!PlanPage::isComplete())
        return false;
    if (!m_stepObject)
        return true;
    const StepStatus status = m_stepObject->status();
    return status == StepStatus::Done || status == StepStatus::AlreadyDone;
}

void StepPage::setRecordedDone(const QString& note)
{
    m_recordedDone = note;
    m_runPanel->setRecordedNote(note);
    retranslateUi();
    Q_EMIT completeChanged();
}

void StepPage::run()
{
    if (!m_stepObject || isBusy() || !issues().isEmpty() || !confirmRun())
        return;
    if (m_runGate)
        m_runGate(this, [this] { startRun(); });
    else
        startRun();
}

void StepPage::startRun()
{
    // The operator may have left or changed the page while the trail was writing.
    if (!m_stepObject || isBusy() || !issues().isEmpty())
        return;
    Logging::logger()->info("step {} run by the operator", int(m_step));
    m_stepObject->run(plan());
}

void StepPage::cancel()
{
    if (!m_stepObject || m_stepObject->status() != StepStatus::Running)
        return;
    const auto answer = QMessageBox::question(this, tr("Cancel the step"),
                                              tr("Cancel \"%1\" now? The server stops the running statement; "
                                                 "the step will not be done and its state "
                                                 "is read back and shown.")
                                                  .arg(StepInfo::title(m_step)),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    Logging::logger()->warn("step {} cancelled by the operator", int(m_step));
    m_stepObject->cancel();
}

QString StepPage::runUnavailableReason() const
{
    return tr("Run is not available in this version: the wizard does not run this step yet. Use Script to "
              "review, copy or save the exact text, or export the whole procedure from the Summary page.");
}

void StepPage::retranslateUi()
{
    if (m_step == StepId::Preflight)
        setTitle(StepInfo::title(m_step));
    else
        setTitle(tr("Step %1 of 7: %2").arg(QString::number(int(m_step)), StepInfo::title(m_step)));
    setSubTitle(tr("Runs on: %1").arg(StepInfo::where(m_step)));
    QString unavailable = m_stepObject ? QString() : runUnavailableReason();
    if (m_stepObject && isRecordedDone())
        unavailable =
            tr("Recorded done earlier in this run: it is not run again. A later step may have changed "
               "what it set (step 6 fills the list step 1 emptied); the findings show the state now.");
    m_runPanel->setUnavailableReason(unavailable);
    m_runPanel->retranslateUi();
}

} // namespace pchat
