#include "failbackwizard.h"

#include "backend/audit/auditsettings.h"
#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journalkeys.h"
#include "backend/audit/recordedrun.h"
#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/plan/localshellsettings.h"
#include "backend/plan/planjson.h"
#include "backend/process/stoprequest.h"
#include "backend/run/failbackrun.h"
#include "backend/run/procedure.h"
#include "backend/sql/freetdsconfig.h"
#include "backend/steps/logshippingstep.h"
#include "backend/steps/restorestep.h"
#include "backend/steps/stepinfo.h"
#include "report/reportwriter.h"
#include "translations/languageswitcher.h"
#include "wizard/audit/wizardauditor.h"
#include "wizard/pages/backuppage.h"
#include "wizard/pages/clearactiveserverspage.h"
#include "wizard/pages/environmentpage.h"
#include "wizard/pages/logshippingpage.h"
#include "wizard/pages/poolnormalpage.h"
#include "wizard/pages/preflightpage.h"
#include "wizard/pages/removemirroringpage.h"
#include "wizard/pages/restorepage.h"
#include "wizard/pages/setactiveserverspage.h"
#include "wizard/pages/summarypage.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/widgets/accessiblenames.h"
#include "wizard/widgets/explanationpanel.h"
#include "wizard/widgets/keyboardnavigation.h"
#include "wizard/widgets/logpane.h"
#include "wizard/widgets/scriptpreviewdialog.h"
#include "wizard/widgets/settingsdialog.h"
#include "wizard/widgets/steplist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSessionManager>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QVBoxLayout>

namespace pchat {

FailbackWizard::FailbackWizard(QWidget* parent)
    : QWizard(parent)
    , m_stepList(new StepList)
    , m_logPane(new LogPane)
    , m_explanation(new ExplanationPanel)
    , m_sideTabs(new QTabWidget)
    , m_trainingBanner(new QLabel)
    , m_run(new FailbackRun(Procedure::failback(), this))
    , m_trail(m_run->trail())
    , m_auditor(new WizardAuditor(this, m_trail, this))
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
#if QT_CONFIG(sessionmanager)
    // Logoff or shutdown (Windows asks before it ends the session, then ends the process): the run is
    // recorded as interrupted while there is time. The wizard then ends too: a run closed in its journal must
    // not go on unrecorded should the operator cancel the logoff.
    if (auto* application = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(application, &QGuiApplication::commitDataRequest, this, [this](QSessionManager&) {
            if (!m_run->isOpen())
                return;
            interruptRun(AuditReason::SessionEnd, true, [] {
                QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            });
        });
#endif

    auto* welcome = new WelcomePage(m_plan);
    setPage(WelcomePageId, welcome);
    auto* environment = new EnvironmentPage(m_plan);
    setPage(EnvironmentPageId, environment);
    connect(environment, &EnvironmentPage::shellEdited, this, [this] {
        // The training lab's shell belongs to the lab, not to this computer's settings.
        if (!m_training)
            LocalShellSettings::save(m_plan.lync.shellProgram, m_plan.lync.shellArguments);
    });
    auto* preflight = new PreflightPage(m_plan);
    setPage(PreflightPageId, preflight);
    // One page per action of the procedure, in its order, each with the object that runs its step.
    int pageId = ClearActiveServersPageId;
    for (const ProcedureStep& step : Procedure::failback().actions()) {
        StepPage* stepPage = createStepPage(step.id, m_run->step(step.id));
        if (auto* clearActiveServers = qobject_cast<ClearActiveServersPage*>(stepPage))
            clearActiveServers->setPreflightRunner(&preflight->runner());
        setPage(pageId++, stepPage);
    }
    auto* summary = new SummaryPage(m_plan);
    setPage(SummaryPageId, summary);
    connect(summary, &SummaryPage::closeRunRequested, this, &FailbackWizard::closeRunOnSummary);
    connect(welcome, &WelcomePage::planReplaced, this, &FailbackWizard::reloadPages);
    connect(welcome, &WelcomePage::settingsRequested, this, &FailbackWizard::showSettings);
    auto* settingsShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    connect(settingsShortcut, &QShortcut::activated, this, &FailbackWizard::showSettings);
    for (int id : pageIds()) {
        if (auto* stepPage = qobject_cast<StepPage*>(page(id))) {
            // QWizard re-enables Back whenever a page's completeness changes; a running step must not be
            // left.
            // A step can become busy or idle without its completeness changing, hence both signals.
            const auto followBusy = [this, stepPage] {
                if (currentPage() == stepPage)
                    button(QWizard::BackButton)->setEnabled(!stepPage->isBusy());
            };
            connect(stepPage, &QWizardPage::completeChanged, this, followBusy);
            connect(stepPage, &PlanPage::pageStateChanged, this, followBusy);
        }
    }

    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setAlignment(Qt::AlignCenter);
    m_trainingBanner->setWordWrap(true);
    m_trainingBanner->setStyleSheet(QStringLiteral(
        "background: #e8710a; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"));
    m_trainingBanner->hide();
    auto* side = m_side = new QSplitter(Qt::Vertical);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->addWidget(m_trainingBanner);
    side->addWidget(m_stepList);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_explanation->setObjectName(QStringLiteral("explanationPanel"));
    m_sideTabs->addTab(m_logPane, QString());
    m_sideTabs->addTab(m_explanation, QString());
    side->addWidget(m_sideTabs);
    // The step list keeps its full height (wrapped titles must not overlap); the tabs take the rest.
    side->setChildrenCollapsible(false);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 0);
    side->setStretchFactor(2, 1);
    side->setMinimumWidth(280);
    side->setMaximumWidth(340);
    setSideWidget(side);
    m_stepList->setPages(pageIds());

    new KeyboardNavigation(this, [this]() -> QWidget* {
        if (auto* stepPage = qobject_cast<StepPage*>(currentPage()); stepPage && stepPage->keyboardHome())
            return stepPage->keyboardHome();
        return button(QWizard::NextButton)->isEnabled() ? button(QWizard::NextButton)
                                                        : button(QWizard::CancelButton);
    });
    m_auditor->attachPages();
    connect(m_trail, &AuditTrail::failed, this, &FailbackWizard::auditFailed);
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &FailbackWizard::advanceResume);

    connect(this, &QWizard::currentIdChanged, this, &FailbackWizard::updateForPage);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showScript();
    });

    retranslateUi();
    // Small enough for the smallest admin laptop (1366×768 less a taskbar); the size and place the operator
    // chose are kept from one start to the next.
    setMinimumSize(1000, 640);
    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        resize(1180, 700);
}

StepPage* FailbackWizard::createStepPage(StepId step, FailbackStep* object)
{
    switch (step) {
    case StepId::ClearActiveServers: {
        auto* page = new ClearActiveServersPage(m_plan);
        page->setStepObject(object);
        return page;
    }
    case StepId::RemoveMirroring: {
        auto* page = new RemoveMirroringPage(m_plan);
        page->setStepObject(object);
        return page;
    }
    case StepId::BackupMgc: {
        auto* page = new BackupPage(m_plan);
        page->setStepObject(object);
        return page;
    }
    case StepId::RestorePrimary: {
        auto* page = new RestorePage(m_plan);
        page->setRestoreStep(qobject_cast<RestoreStep*>(object));
        return page;
    }
    case StepId::LogShipping: {
        auto* page = new LogShippingPage(m_plan);
        page->setLogShippingStep(qobject_cast<LogShippingStep*>(object));
        return page;
    }
    case StepId::SetActiveServers: {
        auto* page = new SetActiveServersPage(m_plan);
        page->setStepObject(object);
        return page;
    }
    case StepId::PoolNormal: {
        auto* page = new PoolNormalPage(m_plan);
        page->setStepObject(object);
        return page;
    }
    case StepId::Preflight:
        break;
    }
    Q_UNREACHABLE();
    return nullptr;
}

FailbackRun::Mode FailbackWizard::runMode() const
{
    return {LanguageSwitcher::instance().current(), m_training, false};
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

void FailbackWizard::setPlan(const Plan& plan)
{
    m_plan = plan;
    reloadPages();
}

void FailbackWizard::addTrainingPanel(QWidget* panel)
{
    m_side->insertWidget(m_side->indexOf(m_trainingBanner) + 1, panel);
    m_side->setStretchFactor(m_side->indexOf(panel), 0);
}

void FailbackWizard::setTrainingMode(bool training)
{
    m_training = training;
    m_trainingBanner->setVisible(training);
    // Trainees read what each step does as they go; in production the explanation stays one click away.
    m_sideTabs->setCurrentWidget(training ? static_cast<QWidget*>(m_explanation) : m_logPane);
    retranslateUi();
}

void FailbackWizard::showSettings()
{
    SettingsDialog::Values values;
    values.auditRoot = m_auditRoot.isEmpty() ? AuditSettings::root() : m_auditRoot;
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
    if (!m_trail->isActive())
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
    m_stepList->setCurrentPage(id);
    m_explanation->setPage(id);
    // Only the page that is shown: naming every page's inputs on every Next is work the UI thread can spare.
    AccessibleNames::fromLabels(page(id));
    const bool hasScript = qobject_cast<StepPage*>(page(id)) != nullptr;
    button(QWizard::CustomButton1)->setVisible(hasScript);
    if (id >= 0)
        OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Page opened: %1"), {m_stepList->text(id)});
    if (id == SummaryPageId)
        showRunOnSummary();
    if (id >= 0 && m_trail->isActive())
        m_auditor->recordPageEntered(id);
    advanceResume();
}

void FailbackWizard::setAuditRoot(const QString& root)
{
    // Given a run's own folder, the wizard offers that run and creates new ones beside it.
    if (QFileInfo::exists(QDir(root).filePath(Journal::fileName()))) {
        m_resumeFolder = QDir(root).absolutePath();
        m_auditRoot = QFileInfo(m_resumeFolder).absolutePath();
        return;
    }
    m_resumeFolder.clear();
    m_auditRoot = root;
}

void FailbackWizard::showRunOnSummary()
{
    QMap<int, StepStatus> states;
    QList<int> recorded;
    for (StepId step : procedureSteps()) {
        auto* stepPage = qobject_cast<StepPage*>(page(ClearActiveServersPageId + int(step) - 1));
        if (!stepPage || !stepPage->stepObject())
            continue;
        states.insert(int(step), stepPage->stepObject()->status());
        if (stepPage->isRecordedDone())
            recorded << int(step);
    }
    if (auto* summary = qobject_cast<SummaryPage*>(page(SummaryPageId)))
        summary->showRun(states, recorded, m_trail->isActive() ? m_trail->folder() : QString());
}

bool FailbackWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == WelcomePageId && !m_trail->isActive() && !m_auditRoot.isEmpty())
        return startRun();
    return true;
}

bool FailbackWizard::startRun()
{
    QString error;
    if (!m_run->start(m_auditRoot, m_plan, runMode(), &error)) {
        QMessageBox::critical(
            this, tr("Audit trail"),
            tr("The audit folder for this run cannot be created, so the failback cannot start: "
               "%1\n\nChoose another audit folder (--audit-dir or the setting) or free space, "
               "then try again.")
                .arg(error));
        return false;
    }
    // The Welcome page with the assumptions as the operator confirmed them.
    m_auditor->recordConfirmations(page(WelcomePageId), AuditConfirmation::Checklist, -1);
    m_auditor->screenshot(AuditShot::RunStarted, -1);
    return true;
}

void FailbackWizard::offerResume()
{
    // A training lab starts from its scenario with every wizard: there is nothing to continue in it.
    if (m_auditRoot.isEmpty() || m_trail->isActive() || m_training)
        return;
    const QString folder =
        m_resumeFolder.isEmpty()
            ? RecordedRun::findResumable(m_auditRoot, Journal::modeName(Journal::Mode::Production),
                                         m_run->procedure().name())
            : m_resumeFolder;
    if (folder.isEmpty())
        return;
    QString error;
    const std::optional<RecordedRun> run = RecordedRun::readVerified(folder, &error);
    // A found run that does not verify is shown, not skipped: the operator must learn that its evidence
    // broke.
    if (!run) {
        QMessageBox::warning(this, tr("Unfinished failback"), error);
        return;
    }
    if (run->isFinished()) {
        if (!m_resumeFolder.isEmpty())
            QMessageBox::information(this, tr("Unfinished failback"),
                                     tr("The run in %1 is finished; a new run starts beside it.")
                                         .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Unfinished failback"),
        tr("An unfinished failback run was found:\n%1\n\nContinue it? The wizard reloads its plan "
           "(you type the passwords again), reads the real state of every step on the servers and "
           "continues at the first step that is not done. Nothing that is in place is run again.")
            .arg(run->describe(m_run->procedure().describeProgress(*run))),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("resumeQuestion"));
    QPushButton* resume = box.addButton(tr("Continue that run"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    box.addButton(tr("Start a new run"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("newRunButton"));
    box.exec();
    if (box.clickedButton() != resume)
        return;
    error.clear();
    if (!resumeRun(folder, &error))
        QMessageBox::critical(this, tr("Unfinished failback"), error);
}

bool FailbackWizard::resumeRun(const QString& folder, QString* error)
{
    const std::optional<RecordedRun> run = RecordedRun::readVerified(folder, error);
    if (!run)
        return false;
    QStringList planErrors;
    Plan plan = PlanJson::fromJson(run->plan, &planErrors);
    // The shell is this computer's setting (or the lab's), never the journal's.
    plan.lync.shellProgram = m_plan.lync.shellProgram;
    plan.lync.shellArguments = m_plan.lync.shellArguments;
    if (m_training) {
        // A training run talks to the lab this wizard started: its addresses and logins are the lab's.
        plan.backupInstance = m_plan.backupInstance;
        plan.primaryInstance = m_plan.primaryInstance;
    }
    if (!m_run->resume(*run, runMode(), error))
        return false;
    setPlan(plan);
    for (StepId step : procedureSteps()) {
        auto* stepPage = qobject_cast<StepPage*>(page(ClearActiveServersPageId + int(step) - 1));
        if (stepPage && run->isStepDone(int(step))) {
            const RecordedRun::StepRecord record = run->steps.value(int(step));
            stepPage->setRecordedDone(
                tr("Recorded %1 in this run at %2 (journal event %3).")
                    .arg(record.status, QLocale().toString(record.utc.toLocalTime(), QLocale::ShortFormat),
                         QString::number(record.sequence)));
        }
    }
    const int next = m_run->procedure().nextStep(*run);
    m_resumeTarget =
        next > m_run->procedure().lastNumber() ? SummaryPageId : ClearActiveServersPageId + next - 1;
    OperatorLog::info(
        QT_TRANSLATE_NOOP("OperatorLog", "Resuming the run recorded in %1; it goes on at the page \"%2\"."),
        {QDir::toNativeSeparators(folder), m_stepList->text(m_resumeTarget)});
    // The passwords are not in the journal: the Environment page asks for them.
    setCurrentId(EnvironmentPageId);
    return true;
}

void FailbackWizard::advanceResume()
{
    if (m_resumeTarget < 0)
        return;
    const int id = currentId();
    if (id >= m_resumeTarget) {
        m_resumeTarget = -1;
        return;
    }
    // Only through pages whose state the servers confirmed; the operator types the passwords himself.
    if (id < PreflightPageId)
        return;
    auto* stepPage = qobject_cast<StepPage*>(currentPage());
    if (!currentPage()->isComplete() || (stepPage && stepPage->isBusy()))
        return;
    QTimer::singleShot(0, this, [this, id] {
        if (currentId() == id && m_resumeTarget > id && currentPage()->isComplete())
            next();
    });
}

void FailbackWizard::auditFailed(const QString& message)
{
    // Nothing may change on a server that the trail cannot record: stop what runs.
    for (int id : pageIds()) {
        if (auto* stepPage = qobject_cast<StepPage*>(page(id));
            stepPage && stepPage->stepObject() && stepPage->stepObject()->status() == StepStatus::Running)
            stepPage->stepObject()->cancel();
    }
    auto* box =
        new QMessageBox(QMessageBox::Critical, tr("Audit trail"),
                        tr("The audit trail cannot be written, so the wizard stops before the next action: "
                           "%1")
                            .arg(message),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("auditFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FailbackWizard::closeRun(bool finished, const QString& reason)
{
    if (!m_run->isOpen())
        return;
    if (finished) {
        bool success = true;
        for (StepId step : procedureSteps()) {
            auto* stepPage = qobject_cast<StepPage*>(page(ClearActiveServersPageId + int(step) - 1));
            success = success && stepPage && stepPage->isComplete();
        }
        m_run->finish(success);
    } else {
        m_run->interrupt(reason, WizardAuditor::pageKey(currentId()));
    }
    // No flush here: waiting for the writer (PNG encoding of the last screenshots, fsync) blocked the UI
    // thread for 100 ms and more at Finish. endRun's report worker waits for it instead (the window stays
    // open until that worker is done).
}

void FailbackWizard::abandonRun(const QString& reason)
{
    if (m_run->isOpen()) {
        closeRun(false, reason);
        const QString folder = m_trail->folder();
        // The abandoned run keeps its report; the wizard goes on at once. The report reads the journal:
        // waited for here, not on the worker, as the wizard may close before the worker runs.
        m_trail->flush();
        auto* watcher = writeReport(folder, false);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, folder] {
            if (!watcher->result().isEmpty())
                OperatorLog::error(
                    QT_TRANSLATE_NOOP("OperatorLog", "The report of %1 could not be written: %2"),
                    {QDir::toNativeSeparators(folder), watcher->result()});
            watcher->deleteLater();
        });
    }
    // The next Welcome page starts a run of its own.
    m_run->reopen();
    setOption(QWizard::DisabledBackButtonOnLastPage, false);
    m_resumeTarget = -1;
    for (int id : pageIds()) {
        if (auto* stepPage = qobject_cast<StepPage*>(page(id)))
            stepPage->setRecordedDone(QString());
    }
}

void FailbackWizard::interruptRun(const QString& reason, bool immediately, std::function<void()> done)
{
    if (m_interrupting)
        return;
    auto* stepPage = qobject_cast<StepPage*>(currentPage());
    const bool busy = stepPage && stepPage->isBusy();
    Logging::logger()->warn("run interrupted from outside ({}) on page {}{}", reason, currentId(),
                            busy ? ", step running" : "");
    if (busy && stepPage->stepObject())
        stepPage->stepObject()->cancel();
    const auto record = [this, reason, done] {
        m_interrupting = false;
        if (m_run->isOpen()) {
            closeRun(false, reason);
            // The process ends right after done: the closing event must be on the disk by then.
            m_trail->flush();
        }
        if (done)
            done();
    };
    if (!busy || immediately) {
        record();
        return;
    }
    // The cancelled step reports its end state first, so that the journal shows where it stood.
    m_interrupting = true;
    auto* poll = new QTimer(this);
    QElapsedTimer clock;
    clock.start();
    connect(poll, &QTimer::timeout, this, [poll, clock, stepPage, record] {
        if (stepPage->isBusy() && clock.elapsed() < 3000)
            return;
        poll->deleteLater();
        record();
    });
    poll->start(50);
}

void FailbackWizard::stopOn(StopRequest* request)
{
    connect(request, &StopRequest::requested, this, [this, request](StopRequest::Kind kind) {
        interruptRun(StopRequest::reasonName(kind), StopRequest::isFinal(kind), [request, kind] {
            request->acknowledge();
            QCoreApplication::exit(StopRequest::exitCode(kind));
        });
    });
}

void FailbackWizard::closeRunOnSummary()
{
    auto* summary = qobject_cast<SummaryPage*>(page(SummaryPageId));
    if (!m_run->isOpen()) {
        summary->showFinalHash({}, tr("The run is not recorded, or it was closed already."));
        return;
    }
    const QString folder = m_trail->folder();
    endRun(true, [this, summary, folder] {
        // The run is closed in its journal: going back to a step would act unrecorded.
        setOption(QWizard::DisabledBackButtonOnLastPage, true);
        auto* watcher = new QFutureWatcher<AuditVerifier::VerifyResult>(this);
        connect(watcher, &QFutureWatcher<AuditVerifier::VerifyResult>::finished, this, [watcher, summary] {
            const AuditVerifier::VerifyResult verified = watcher->result();
            watcher->deleteLater();
            OperatorLog::info(
                QT_TRANSLATE_NOOP("OperatorLog", "Run closed on the Summary page; its final hash is %1."),
                {verified.finalHash});
            summary->showFinalHash(verified.finalHash, verified.ok ? QString() : verified.message);
        });
        // Hashing every screenshot again takes a moment: not on the UI thread.
        watcher->setFuture(QtConcurrent::run([folder] { return AuditVerifier::verify(folder); }));
    });
}

void FailbackWizard::accept()
{
    endRun(true, [this] { QWizard::accept(); });
}

void FailbackWizard::endRun(bool finished, std::function<void()> close)
{
    if (m_closing)
        return;
    if (!m_run->isOpen()) {
        close();
        return;
    }
    closeRun(finished);
    m_closing = true;
    // The report takes seconds with many screenshots: a worker writes it while the window says so.
    auto* progress = new QProgressDialog(
        tr("Writing the run's report into %1 …").arg(QDir::toNativeSeparators(m_trail->folder())), QString(),
        0, 0, this);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(tr("Audit trail"));
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->show();
    const QString folder = m_trail->folder();
    // The window stays open until the worker is done, so the worker may wait for the trail itself.
    auto* watcher = writeReport(folder, true);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, folder, close] {
        const QString error = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_closing = false;
        if (!error.isEmpty()) {
            OperatorLog::error(QT_TRANSLATE_NOOP("OperatorLog", "The report of %1 could not be written: %2"),
                               {QDir::toNativeSeparators(folder), error});
            QMessageBox::warning(
                this, tr("Audit trail"),
                tr("The report could not be written: %1\n\nThe journal and the screenshots in %2 "
                   "are complete; \"pchat-failback --verify-audit\" checks them.")
                    .arg(error, QDir::toNativeSeparators(folder)));
        } else {
            OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Report written to %1."),
                              {QDir::toNativeSeparators(folder)});
        }
        Q_EMIT runClosed(folder);
        close();
    });
}

QFutureWatcher<QString>* FailbackWizard::writeReport(const QString& folder, bool flushOnWorker)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    watcher->setFuture(QtConcurrent::run([trail = m_trail, folder, flushOnWorker] {
        // The report reads the journal: everything recorded so far must be written first.
        if (flushOnWorker)
            trail->flush();
        QString error;
        return ReportWriter::write(folder, &error) ? QString() : error;
    }));
    return watcher;
}

void FailbackWizard::showScript()
{
    auto* stepPage = qobject_cast<StepPage*>(currentPage());
    if (!stepPage)
        return;
    auto* dialog =
        new ScriptPreviewDialog(StepInfo::title(stepPage->step()), stepPage->scriptParts(), m_plan, this);
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
                .arg(StepInfo::title(stepPage->step())));
        return;
    }
    endRun(false, [this] { QWizard::reject(); });
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
    setWindowTitle(m_training ? tr("TRAINING – Persistent Chat Failback") : tr("Persistent Chat Failback"));
    m_trainingBanner->setText(
        tr("TRAINING\nAgainst the simulated lab: nothing here is production evidence."));
    // The splitter would squeeze the banner; it keeps the height its text needs at the panel's narrowest.
    m_trainingBanner->setMinimumHeight(m_trainingBanner->heightForWidth(m_side->minimumWidth() - 20));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_logPane), tr("Log"));
    m_logPane->retranslateUi();
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_explanation), tr("Explanation"));
    // QWizard keeps its own button texts until the page changes; set them from Qt's catalog now.
    setButtonText(QWizard::NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(QWizard::BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
    setButtonText(QWizard::CommitButton, QCoreApplication::translate("QWizard", "Commit"));
    setButtonText(QWizard::CustomButton1, tr("&Script…"));

    QStringList texts{tr("Welcome"), tr("Environment")};
    for (const ProcedureStep& step : Procedure::failback().steps())
        texts << (step.create ? tr("%1. %2").arg(QString::number(step.number()), step.title())
                              : step.title());
    texts << tr("Summary");
    m_stepList->setTexts(texts);
    m_stepList->setCurrentPage(currentId());
}

} // namespace pchat
