#include "steppage.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/run/procedure.h"
#include "backend/run/procedurescript.h"
#include "backend/run/stepinfo.h"
#include "backend/steps/failbackstep.h"
#include "wizard/widgets/steprunpanel.h"

#include <QApplication>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace pchat {

StepPage::StepPage(StepId step, Plan& plan, QWidget* parent)
    : PlanPage(plan, parent)
    , m_step(step)
    , m_formLayout(new QVBoxLayout)
    , m_runPanel(new StepRunPanel)
{
    auto* form = m_form = new QWidget;
    form->setLayout(m_formLayout);
    m_formScroll = scrollingArea(form, QStringLiteral("stepForm"));

    connect(m_runPanel, &StepRunPanel::runRequested, this, &StepPage::run);
    // A step runs only with the values its page shows as valid.
    connect(this, &PlanPage::pageStateChanged, this, [this] {
        m_runPanel->setInvalidFieldsReason(
            issues().isEmpty() ? QString()
                               : tr("Correct the values marked on this page before running the step."));
    });
    connect(m_runPanel, &StepRunPanel::cancelRequested, this, &StepPage::cancel);
    connect(m_runPanel, &StepRunPanel::inspectRequested, this, [this] {
        if (m_stepObject)
            m_stepObject->inspect(this->plan());
    });

    // The form and the run panel share the page as the operator chooses (remembered for every step page):
    // a long form then needs no second scroll bar, a long run gets the room for its messages.
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("stepSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_formScroll);
    m_split->addWidget(m_runPanel);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    connect(m_split, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey(), m_split->saveState()); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
}

QString StepPage::splitterKey()
{
    return QStringLiteral("layout/stepSplitter");
}

void StepPage::showEvent(QShowEvent* event)
{
    if (!m_runPanel->isVisibleTo(this) || !m_formScroll->widget()) {
        // Preflight: the form is the whole page.
    } else if (const QByteArray state = QSettings().value(splitterKey()).toByteArray(); !state.isEmpty()) {
        m_split->restoreState(state);
    } else {
        // First use: the form as tall as it needs up to 45 % of the page, the rest to findings and messages.
        const int total = qMax(height(), 200);
        const int form = qMin(m_form->sizeHint().height() + 8, total * 45 / 100);
        m_split->setSizes({form, total - form});
    }
    PlanPage::showEvent(event);
}

void StepPage::setFormScrollable(bool scrollable)
{
    if (scrollable == (m_formScroll->widget() != nullptr))
        return;
    if (scrollable) {
        m_formScroll->setWidget(m_form);
        // QScrollArea::setWidget makes it opaque again (PlanPage::scrollingArea says why it must not be).
        m_form->setAutoFillBackground(false);
        m_formScroll->show();
    } else {
        m_formScroll->takeWidget();
        m_split->insertWidget(0, m_form);
        m_formScroll->hide();
    }
}

QWidget* StepPage::keyboardHome() const
{
    if (m_kept && m_kept->isVisible() && m_kept->isEnabled())
        return m_kept;
    return m_runPanel->keyboardHome();
}

void StepPage::keepInView(QWidget* control)
{
    m_kept = control;
    // A control that blocks Next must be seen, or the operator looks for a reason that is scrolled away.
    if (control && m_formScroll->widget() && m_formScroll->isAncestorOf(control))
        m_formScroll->ensureWidgetVisible(control);
    // The keyboard goes where the operator must act next, unless the operator is busy elsewhere.
    QWidget* focus = QApplication::focusWidget();
    if (control && control->isEnabled() && (!focus || !focus->isEnabled() || m_runPanel->isAncestorOf(focus)))
        control->setFocus(Qt::OtherFocusReason);
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
        connect(step, &FailbackStep::statusChanged, this, &StepPage::refreshComplete);
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
    refreshComplete();
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

int StepPage::number() const
{
    // The failover's StepIds come after the failback's: the number is the one its procedure gives it.
    const ProcedureStep* step = Procedure::of(m_step).find(m_step);
    return step ? step->number() : int(m_step);
}

void StepPage::startRun()
{
    // The operator may have left or changed the page while the trail was writing.
    if (!m_stepObject || isBusy() || !issues().isEmpty())
        return;
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Step %1 started by the operator."),
                      {QString::number(number())});
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
    OperatorLog::warn(QT_TRANSLATE_NOOP("OperatorLog", "Step %1 cancelled by the operator."),
                      {QString::number(number())});
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
        setTitle(tr("Step %1 of 7: %2").arg(QString::number(number()), StepInfo::title(m_step)));
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
