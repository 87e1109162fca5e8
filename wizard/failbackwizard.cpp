#include "failbackwizard.h"

#include "backend/audit/auditsettings.h"
#include "backend/audit/audittrail.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/plan/localshellsettings.h"
#include "backend/run/procedure.h"
#include "backend/sql/freetdsconfig.h"
#include "translations/languageswitcher.h"
#include "wizard/audit/wizardauditor.h"
#include "wizard/pages/environmentpage.h"
#include "wizard/pages/preflightpage.h"
#include "wizard/pages/steppagefactory.h"
#include "wizard/pages/summarypage.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/widgets/accessiblenames.h"
#include "wizard/widgets/keyboardnavigation.h"
#include "wizard/widgets/scriptpreviewdialog.h"
#include "wizard/widgets/settingsdialog.h"
#include "wizard/widgets/sidepanel.h"
#include "wizard/widgets/steplist.h"
#include "wizardruncontrol.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPaintEvent>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace pchat {

FailbackWizard::FailbackWizard(const Procedure& procedure, QWidget* parent)
    : QWizard(parent)
    , m_procedure(procedure)
    , m_side(new SidePanel)
    , m_runControl(new WizardRunControl(this))
{
    setObjectName(QStringLiteral("failbackWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("scriptButton"));
    // Invalid fields get a red frame; FieldBinder sets the property.
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #b3261e; }"));

    auto* welcome = new WelcomePage(m_plan, m_procedure);
    setPage(WelcomePageId, welcome);
    auto* environment = new EnvironmentPage(m_plan);
    setPage(EnvironmentPageId, environment);
    connect(environment, &EnvironmentPage::shellEdited, this, [this] {
        // The training lab's shell belongs to the lab, not to this computer's settings.
        if (!m_training)
            LocalShellSettings::save(m_plan.lync.shellProgram, m_plan.lync.shellArguments);
    });
    auto* preflight = new PreflightPage(m_plan, m_procedure);
    setPage(PreflightPageId, preflight);
    // One page per action of the procedure, in its order, each with the object that runs its step.
    const StepPageFactory::Context context{m_plan, &preflight->runner()};
    for (int index = 0; index < m_procedure.actions().size(); ++index) {
        const StepId step = m_procedure.actions().at(index).id;
        StepPage* stepPage = StepPageFactory::create(step, context, m_runControl->step(step));
        Q_ASSERT_X(stepPage, "FailbackWizard", "an action without a row in StepPageFactory");
        setPage(actionPageId(index), stepPage);
    }
    auto* summary = new SummaryPage(m_plan, m_procedure);
    setPage(summaryPageId(), summary);
    connect(summary, &SummaryPage::closeRunRequested, m_runControl, &WizardRunControl::closeRunOnSummary);
    connect(summary, &SummaryPage::nextProcedureRequested, this, [this] {
        // As Finish does: the run is closed and its report written before another procedure's wizard
        // takes this one's place.
        m_runControl->endRun(true, [this] { Q_EMIT procedureRequested(&m_procedure.nextInCycle()); });
    });
    connect(welcome, &WelcomePage::planReplaced, this, &FailbackWizard::reloadPages);
    connect(welcome, &WelcomePage::procedureChosen, this, &FailbackWizard::procedureRequested);
    connect(welcome, &WelcomePage::settingsRequested, this, &FailbackWizard::showSettings);
    auto* settingsShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    connect(settingsShortcut, &QShortcut::activated, this, &FailbackWizard::showSettings);
    for (int id : pageIds()) {
        // QWizard answers every completeChanged by hiding and showing all of the window's contents and
        // repainting all of it (QWizardPrivate::_q_updateButtonStates turns updates off and on): 10 to 20 ms
        // at 1920x1080 when a step ends, for what changes the state of one button. Only a page switch needs
        // that; the buttons follow a page's completeness here.
        QWizardPage* wizardPage = page(id);
        if (!disconnect(wizardPage, SIGNAL(completeChanged()), this, SLOT(_q_updateButtonStates())))
            qWarning("FailbackWizard: QWizard's completeChanged connection not found; it repaints in full");
        connect(wizardPage, &QWizardPage::completeChanged, this, [this, wizardPage] {
            if (currentPage() == wizardPage)
                followCompleteness();
        });
        if (auto* stepPage = qobject_cast<StepPage*>(wizardPage)) {
            // followCompleteness re-enables Back whenever a page's completeness changes; a running step
            // must not be left. A step can become busy or idle without its completeness changing, hence
            // both signals.
            const auto followBusy = [this, stepPage] {
                if (currentPage() == stepPage)
                    button(QWizard::BackButton)->setEnabled(!stepPage->isBusy());
            };
            connect(stepPage, &QWizardPage::completeChanged, this, followBusy);
            connect(stepPage, &PlanPage::pageStateChanged, this, followBusy);
        }
    }

    setSideWidget(m_side);
    m_side->stepList()->setPages(pageIds());

    new KeyboardNavigation(this, [this]() -> QWidget* {
        if (auto* stepPage = qobject_cast<StepPage*>(currentPage()); stepPage && stepPage->keyboardHome())
            return stepPage->keyboardHome();
        return button(QWizard::NextButton)->isEnabled() ? button(QWizard::NextButton)
                                                        : button(QWizard::CancelButton);
    });
    m_runControl->auditor()->attachPages();
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, m_runControl, &WizardRunControl::advanceResume);
    connect(m_runControl, &WizardRunControl::runClosed, this, &FailbackWizard::runClosed);

    connect(this, &QWizard::currentIdChanged, this, &FailbackWizard::updateForPage);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showScript();
    });

    retranslateUi();
    // Small enough for the smallest admin laptop (1366×768 less a taskbar); the size and place the operator
    // chose are kept from one start to the next.
    setMinimumSize(1000, 640);
    // QWizard repaints the whole window after every page switch (it turns updates off and on). Qt paints an
    // opaque window that is dirty in full before the widgets marked dirty after it, and then those again:
    // every widget twice. Not opaque, the window is painted in one pass with the rest; paintEvent fills its
    // background instead.
    setAttribute(Qt::WA_NoSystemBackground);
    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        resize(1180, 700);
}

StepPage* FailbackWizard::actionPage(int index) const
{
    return qobject_cast<StepPage*>(page(actionPageId(index)));
}

const ProcedureStep* FailbackWizard::stepOfPage(int pageId) const
{
    if (pageId == PreflightPageId)
        return m_procedure.find(StepId::Preflight);
    const int index = pageId - actionPageId(0);
    if (index < 0 || index >= m_procedure.actions().size())
        return nullptr;
    return &m_procedure.actions().at(index);
}

QString FailbackWizard::pageName(int pageId) const
{
    return m_side->stepList()->text(pageId);
}

bool FailbackWizard::isRunOpen() const
{
    return m_runControl->isOpen() || auditTrail()->isStarting();
}

AuditTrail* FailbackWizard::auditTrail() const
{
    return m_runControl->trail();
}

void FailbackWizard::setAuditRoot(const QString& root)
{
    m_runControl->setAuditRoot(root);
}

void FailbackWizard::offerResume()
{
    m_runControl->offerResume();
}

bool FailbackWizard::resumeRun(const QString& folder, QString* error)
{
    return m_runControl->resumeRun(folder, error);
}

void FailbackWizard::abandonRun(const QString& reason)
{
    m_runControl->abandonRun(reason);
}

void FailbackWizard::interruptRun(const QString& reason, bool immediately, std::function<void()> done)
{
    m_runControl->interruptRun(reason, immediately, std::move(done));
}

void FailbackWizard::stopOn(StopRequest* request)
{
    m_runControl->stopOn(request);
}

int FailbackWizard::resumeTarget() const
{
    return m_runControl->resumeTarget();
}

QString FailbackWizard::geometryKey()
{
    return QStringLiteral("layout/windowGeometry");
}

void FailbackWizard::hideEvent(QHideEvent* event)
{
    QSettings().setValue(geometryKey(), saveGeometry());
    QWizard::hideEvent(event);
}

void FailbackWizard::showEvent(QShowEvent* event)
{
    paintChromeBackgrounds();
    QWizard::showEvent(event);
    // After the first paint the window has its backing store, whose size and format the images take.
    QTimer::singleShot(0, m_runControl, &WizardRunControl::prepareForRun);
}

// Showing and laying out a new page (10 to 25 ms at 1920x1080) and painting it (5 to 15 ms) were one pass of
// the event loop: the switch posts the window's UpdateRequest, and the loop delivers it before its timers.
// Posted again, it is delivered on the next pass: at once, but after the timers and sockets that waited
// for the switch. The explanation of the new page follows the paint.
bool FailbackWizard::event(QEvent* event)
{
    if (event->type() != QEvent::UpdateRequest)
        return QWizard::event(event);
    if (m_deferPaint) {
        m_deferPaint = false;
        QCoreApplication::postEvent(this, new QEvent(QEvent::UpdateRequest), Qt::LowEventPriority);
        return true;
    }
    const bool handled = QWizard::event(event);
    if (m_explanationDue) {
        // Before windowPainted: the note renders before the auditor's page-entered screenshot is taken.
        m_side->showExplanation(currentId(), &m_procedure);
        m_explanationDue = false;
    }
    // The auditor copies a screenshot once the window has painted what changed.
    Q_EMIT windowPainted();
    return handled;
}

namespace {
const char* const chromeBackground = "pchatChromeBackground";
} // namespace

// QWizard's header and page frame fill their own backgrounds, which makes them opaque: Qt then paints their
// children twice when the window repaints in full (see the constructor). They are painted here instead.
void FailbackWizard::paintChromeBackgrounds()
{
    for (QWidget* child : findChildren<QWidget*>()) {
        if (!child->autoFillBackground() || child->window() != this)
            continue;
        bool ours = false;
        for (QWidget* up = child; up && up != this; up = up->parentWidget())
            ours = ours || qobject_cast<QWizardPage*>(up) || up == m_side;
        if (ours)
            continue;
        child->setAutoFillBackground(false);
        child->setProperty(chromeBackground, true);
        child->installEventFilter(this);
    }
}

bool FailbackWizard::eventFilter(QObject* watched, QEvent* event)
{
    // QWizard may filter events of its own widgets too: only those made here are painted.
    if (event->type() == QEvent::Paint && watched->property(chromeBackground).toBool()) {
        auto* widget = static_cast<QWidget*>(watched);
        QPainter painter(widget);
        painter.fillRect(static_cast<QPaintEvent*>(event)->rect(),
                         widget->palette().brush(widget->backgroundRole()));
    }
    return QWizard::eventFilter(watched, event);
}

void FailbackWizard::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().window());
    painter.end();
    QWizard::paintEvent(event);
}

void FailbackWizard::setPlan(const Plan& plan)
{
    m_plan = plan;
    reloadPages();
}

void FailbackWizard::addTrainingPanel(QWidget* panel)
{
    m_side->addTrainingPanel(panel);
}

void FailbackWizard::setTrainingMode(bool training)
{
    m_training = training;
    m_side->setTrainingMode(training);
    qobject_cast<SummaryPage*>(page(summaryPageId()))->setTrainingMode(training);
    retranslateUi();
}

void FailbackWizard::showSettings()
{
    SettingsDialog::Values values;
    values.auditRoot =
        m_runControl->auditRoot().isEmpty() ? AuditSettings::root() : m_runControl->auditRoot();
    LyncSettings saved;
    LocalShellSettings::apply(saved);
    values.shellProgram = saved.shellProgram;
    values.shellArguments = saved.shellArguments;
    values.caFile = FreeTdsConfig::savedCaFile();
    values.language = LanguageSwitcher::instance().current();
    auto* dialog = new SettingsDialog(values, m_training, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->values()); });
    dialog->open();
}

void FailbackWizard::applySettings(const SettingsDialog::Values& values)
{
    AuditSettings::saveRoot(values.auditRoot);
    // A run already recorded stays in its folder; the next one goes to the new place.
    if (!auditTrail()->isActive())
        setAuditRoot(values.auditRoot);
    if (!m_training) {
        LocalShellSettings::save(values.shellProgram, values.shellArguments);
        m_plan.lync.shellProgram = values.shellProgram;
        m_plan.lync.shellArguments = values.shellArguments;
        reloadPages();
    }
    FreeTdsConfig::saveCaFile(values.caFile);
    if (const QString error = FreeTdsConfig::apply(); !error.isEmpty())
        QMessageBox::warning(this, tr("Settings"),
                             tr("The CA file is saved but not in effect: %1").arg(error));
    LanguageSwitcher::saveLanguage(values.language);
    if (values.language != LanguageSwitcher::instance().current())
        LanguageSwitcher::instance().apply(values.language);
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Settings saved."));
}

void FailbackWizard::reloadPages()
{
    for (int id : pageIds()) {
        if (auto* planPage = qobject_cast<PlanPage*>(page(id)))
            planPage->reload();
    }
}

void FailbackWizard::updateForPage(int id)
{
    m_side->stepList()->setCurrentPage(id);
    m_deferPaint = isVisible();
    if (m_deferPaint) {
        m_explanationDue = true;
        m_side->switchExplanation(id, &m_procedure);
    } else {
        m_side->showExplanation(id, &m_procedure);
    }
    // Only the page that is shown: naming every page's inputs on every Next is work the UI thread can spare.
    AccessibleNames::fromLabels(page(id));
    const bool hasScript = qobject_cast<StepPage*>(page(id)) != nullptr;
    button(QWizard::CustomButton1)->setVisible(hasScript);
    if (id >= 0)
        OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Page opened: %1"),
                          {m_side->stepList()->text(id)});
    if (id == WelcomePageId)
        m_runControl->prepareForRun();
    if (id >= 0 && auditTrail()->isActive())
        m_runControl->auditor()->recordPageEntered(id);
    m_runControl->advanceResume();
}

// QWizard calls this each time a page is entered going forward, before the page is shown. The Summary is only
// ever entered forward. Filled once it was shown, its labels and rows were laid out again for each change
// (every setVisible on a shown page lays out the whole window), which made the Next to it the longest stall
// of a walk.
void FailbackWizard::initializePage(int id)
{
    if (id == summaryPageId())
        m_runControl->showRunOnSummary();
    QWizard::initializePage(id);
}

// What QWizard's own answer to completeChanged sets that a page's completeness can change: which of Back,
// Next, Commit and Finish are enabled. Visibility and the default button depend on the page alone and were
// set when it was shown.
void FailbackWizard::followCompleteness()
{
    QWizardPage* current = currentPage();
    const QList<int> history = visitedIds();
    const bool complete = current->isComplete();
    const bool canContinue = nextId() != -1;
    const bool canFinish = current->isFinalPage();
    button(QWizard::BackButton)
        ->setEnabled(history.size() > 1 && !page(history.at(history.size() - 2))->isCommitPage() &&
                     (!canFinish || !testOption(QWizard::DisabledBackButtonOnLastPage)));
    button(QWizard::NextButton)->setEnabled(canContinue && complete);
    button(QWizard::CommitButton)->setEnabled(canContinue && complete);
    button(QWizard::FinishButton)->setEnabled(canFinish && complete);
}

bool FailbackWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == WelcomePageId && !auditTrail()->isActive() && !m_runControl->auditRoot().isEmpty())
        return m_runControl->startRun();
    return true;
}

void FailbackWizard::accept()
{
    m_runControl->endRun(true, [this] { QWizard::accept(); });
}

void FailbackWizard::showScript()
{
    auto* stepPage = qobject_cast<StepPage*>(currentPage());
    if (!stepPage)
        return;
    auto* dialog = new ScriptPreviewDialog(m_procedure.find(stepPage->step())->title(),
                                           stepPage->scriptParts(), m_plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FailbackWizard::reject()
{
    // Closing while a step runs would leave the operator without its outcome; the step must end first.
    if (auto* stepPage = qobject_cast<StepPage*>(currentPage()); stepPage && stepPage->isBusy()) {
        QMessageBox::information(
            this, tr("A step is running"),
            tr("\"%1\" is still running. Wait for it to end, or cancel it on the page; the "
               "wizard can be closed then.")
                .arg(m_procedure.find(stepPage->step())->title()));
        return;
    }
    m_runControl->endRun(false, [this] { QWizard::reject(); });
}

void FailbackWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The pages' labels are translated by their own change events, which may come after this one.
        QTimer::singleShot(0, this, [this] { AccessibleNames::fromLabels(this); });
    }
    QWizard::changeEvent(event);
}

void FailbackWizard::retranslateUi()
{
    setWindowTitle(m_training ? tr("TRAINING – %1").arg(m_procedure.title()) : m_procedure.title());
    // QWizard keeps its own button texts until the page changes; set them from Qt's catalog now.
    setButtonText(QWizard::NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(QWizard::BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
    setButtonText(QWizard::CommitButton, QCoreApplication::translate("QWizard", "Commit"));
    setButtonText(QWizard::CustomButton1, tr("&Script…"));

    QStringList texts{tr("Welcome"), tr("Environment")};
    for (const ProcedureStep& step : m_procedure.steps())
        texts << (step.create ? tr("%1. %2").arg(QString::number(step.number()), step.title())
                              : step.title());
    texts << tr("Summary");
    m_side->stepList()->setTexts(texts);
    m_side->stepList()->setCurrentPage(currentId());
}

} // namespace pchat
