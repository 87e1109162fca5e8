#include "wizardruncontrol.h"

#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journal.h"
#include "backend/audit/recordedrun.h"
#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/plan/planjson.h"
#include "backend/process/stoprequest.h"
#include "backend/run/procedure.h"
#include "failbackwizard.h"
#include "report/reportwriter.h"
#include "translations/languageswitcher.h"
#include "wizard/audit/wizardauditor.h"
#include "wizard/pages/steppage.h"
#include "wizard/pages/summarypage.h"
#include "wizard/proceduretexts.h"
#include "wizard/workerpool.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSessionManager>
#include <QtConcurrent>
#include <QTimer>

// The texts keep the context "FailbackWizard" they had before the run control left the wizard, so that no
// translation is lost.

namespace pchat {

WizardRunControl::WizardRunControl(FailbackWizard* wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_run(new FailbackRun(wizard->procedure(), this))
    , m_trail(m_run->trail())
    , m_auditor(new WizardAuditor(wizard, m_trail, this))
{
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
    connect(m_trail, &AuditTrail::failed, this, &WizardRunControl::auditFailed);
}

FailbackRun::Mode WizardRunControl::runMode() const
{
    return {LanguageSwitcher::instance().current(), m_wizard->isTrainingMode(), false};
}

void WizardRunControl::setAuditRoot(const QString& root)
{
    // Given a run's own folder, the wizard offers that run and creates new ones beside it.
    if (QFileInfo::exists(QDir(root).filePath(Journal::fileName()))) {
        m_resumeFolder = QDir(root).absolutePath();
        m_auditRoot = QFileInfo(m_resumeFolder).absolutePath();
        return;
    }
    m_resumeFolder.clear();
    m_auditRoot = root;
    prepareForRun();
}

// Called when Next leaves the Welcome page. The folder and journal are made on the trail's writer thread, so
// that a slow or network audit disk never freezes the window: Next stays pressed (disabled) until the trail
// answers, and then the wizard moves on by itself.
bool WizardRunControl::startRun()
{
    if (m_run->isStarting())
        return false;
    m_wizard->button(QWizard::NextButton)->setEnabled(false);
    m_auditor->prepareFrames();
    m_run->startAsync(
        m_auditRoot, m_wizard->plan(), runMode(), this, [this](bool started, const QString& error) {
            QWizardPage* welcome = m_wizard->page(FailbackWizard::WelcomePageId);
            m_wizard->button(QWizard::NextButton)->setEnabled(welcome->isComplete());
            if (!started) {
                m_auditor->releaseFrames();
                QMessageBox::critical(m_wizard, FailbackWizard::tr("Audit trail"),
                                      ProcedureTexts::of(m_wizard->procedure()).auditFolderFailed.arg(error));
                return;
            }
            // The Welcome page with the assumptions as the operator confirmed them.
            m_auditor->recordConfirmations(welcome, AuditConfirmation::Checklist, -1);
            m_auditor->screenshot(AuditShot::RunStarted, -1);
            // The next page on a pass of its own: the screenshot and the page switch in one pass were one
            // long stall of the window.
            QTimer::singleShot(0, m_wizard, [this, welcome] {
                if (m_run->isOpen() && m_wizard->currentId() == FailbackWizard::WelcomePageId &&
                    welcome->isComplete())
                    m_wizard->next();
            });
        });
    return false;
}

void WizardRunControl::prepareForRun()
{
    if (!m_run->isOpen() && !m_auditRoot.isEmpty() && m_wizard->isVisible() &&
        m_wizard->currentId() == FailbackWizard::WelcomePageId)
        m_auditor->prepareFrames();
}

QString WizardRunControl::unfinishedTitle() const
{
    return ProcedureTexts::of(m_wizard->procedure()).unfinishedTitle;
}

void WizardRunControl::offerResume()
{
    // A training lab starts from its scenario with every wizard: there is nothing to continue in it.
    if (m_auditRoot.isEmpty() || m_trail->isActive() || m_wizard->isTrainingMode())
        return;
    const QString folder =
        m_resumeFolder.isEmpty()
            ? RecordedRun::findResumable(m_auditRoot, Journal::modeName(Journal::Mode::Production),
                                         m_wizard->procedure().name())
            : m_resumeFolder;
    if (folder.isEmpty())
        return;
    QString error;
    const std::optional<RecordedRun> run = RecordedRun::readVerified(folder, &error);
    // A found run that does not verify is shown, not skipped: the operator must learn that its evidence
    // broke.
    if (!run) {
        QMessageBox::warning(m_wizard, unfinishedTitle(), error);
        return;
    }
    if (run->isFinished()) {
        if (!m_resumeFolder.isEmpty())
            QMessageBox::information(
                m_wizard, unfinishedTitle(),
                FailbackWizard::tr("The run in %1 is finished; a new run starts beside it.")
                    .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QMessageBox box(QMessageBox::Question, unfinishedTitle(),
                    ProcedureTexts::of(m_wizard->procedure())
                        .resumeQuestion.arg(run->describe(m_wizard->procedure().describeProgress(*run))),
                    QMessageBox::NoButton, m_wizard);
    box.setObjectName(QStringLiteral("resumeQuestion"));
    QPushButton* resume = box.addButton(FailbackWizard::tr("Continue that run"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    box.addButton(FailbackWizard::tr("Start a new run"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("newRunButton"));
    box.exec();
    if (box.clickedButton() != resume)
        return;
    error.clear();
    if (!resumeRun(folder, &error))
        QMessageBox::critical(m_wizard, unfinishedTitle(), error);
}

bool WizardRunControl::resumeRun(const QString& folder, QString* error)
{
    const std::optional<RecordedRun> run = RecordedRun::readVerified(folder, error);
    if (!run)
        return false;
    // A run is continued only by the procedure that started it: another one's steps are others.
    if (run->procedure != m_wizard->procedure().name()) {
        if (error)
            *error = FailbackWizard::tr(
                         "The run in %1 belongs to another procedure (its journal says \"%2\") and "
                         "is not continued here. Continue it with the wizard for that procedure, or "
                         "start a new run.")
                         .arg(QDir::toNativeSeparators(folder), run->procedure);
        return false;
    }
    QStringList planErrors;
    Plan plan = PlanJson::fromJson(run->plan, &planErrors);
    // The shell is this computer's setting (or the lab's), never the journal's.
    plan.lync.shellProgram = m_wizard->plan().lync.shellProgram;
    plan.lync.shellArguments = m_wizard->plan().lync.shellArguments;
    if (m_wizard->isTrainingMode()) {
        // A training run talks to the lab this wizard started: its addresses and logins are the lab's.
        plan.backupInstance = m_wizard->plan().backupInstance;
        plan.primaryInstance = m_wizard->plan().primaryInstance;
    }
    if (!m_run->resume(*run, runMode(), error))
        return false;
    m_auditor->prepareFrames();
    m_wizard->setPlan(plan);
    // The run goes on at the first action not recorded done, or at the Summary page when all are.
    m_resumeTarget = -1;
    const QList<ProcedureStep>& actions = m_wizard->procedure().actions();
    for (int index = 0; index < actions.size(); ++index) {
        const int number = actions.at(index).number();
        if (!run->isStepDone(number)) {
            if (m_resumeTarget < 0)
                m_resumeTarget = m_wizard->actionPageId(index);
            continue;
        }
        const RecordedRun::StepRecord record = run->steps.value(number);
        if (StepPage* stepPage = m_wizard->actionPage(index))
            stepPage->setRecordedDone(
                FailbackWizard::tr("Recorded %1 in this run at %2 (journal event %3).")
                    .arg(record.status, QLocale().toString(record.utc.toLocalTime(), QLocale::ShortFormat),
                         QString::number(record.sequence)));
    }
    if (m_resumeTarget < 0)
        m_resumeTarget = m_wizard->summaryPageId();
    OperatorLog::info(
        QT_TRANSLATE_NOOP("OperatorLog", "Resuming the run recorded in %1; it goes on at the page \"%2\"."),
        {QDir::toNativeSeparators(folder), m_wizard->pageName(m_resumeTarget)});
    // The passwords are not in the journal: the Environment page asks for them.
    m_wizard->setCurrentId(FailbackWizard::EnvironmentPageId);
    return true;
}

void WizardRunControl::advanceResume()
{
    if (m_resumeTarget < 0)
        return;
    const int id = m_wizard->currentId();
    if (id >= m_resumeTarget) {
        m_resumeTarget = -1;
        return;
    }
    // Only through pages whose state the servers confirmed; the operator types the passwords himself.
    if (id < FailbackWizard::PreflightPageId)
        return;
    auto* stepPage = qobject_cast<StepPage*>(m_wizard->currentPage());
    if (!m_wizard->currentPage()->isComplete() || (stepPage && stepPage->isBusy()))
        return;
    QTimer::singleShot(0, this, [this, id] {
        if (m_wizard->currentId() == id && m_resumeTarget > id && m_wizard->currentPage()->isComplete())
            m_wizard->next();
    });
}

void WizardRunControl::auditFailed(const QString& message)
{
    // Nothing may change on a server that the trail cannot record: stop what runs.
    for (int id : m_wizard->pageIds()) {
        if (auto* stepPage = qobject_cast<StepPage*>(m_wizard->page(id));
            stepPage && stepPage->stepObject() && stepPage->stepObject()->status() == StepStatus::Running)
            stepPage->stepObject()->cancel();
    }
    auto* box = new QMessageBox(
        QMessageBox::Critical, FailbackWizard::tr("Audit trail"),
        FailbackWizard::tr("The audit trail cannot be written, so the wizard stops before the next action: "
                           "%1")
            .arg(message),
        QMessageBox::Ok, m_wizard);
    box->setObjectName(QStringLiteral("auditFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WizardRunControl::closeRun(bool finished, const QString& reason)
{
    if (!m_run->isOpen())
        return;
    // Nothing is recorded after the closing event: a shot waiting for the next paint is taken now.
    m_auditor->takePendingShot();
    m_auditor->releaseFrames();
    if (finished) {
        bool success = true;
        for (int index = 0; index < m_wizard->procedure().actions().size(); ++index) {
            const StepPage* stepPage = m_wizard->actionPage(index);
            success = success && stepPage && stepPage->isComplete();
        }
        m_run->finish(success);
    } else {
        m_run->interrupt(reason, m_auditor->pageKey(m_wizard->currentId()));
    }
    // No flush here: waiting for the writer (PNG encoding of the last screenshots, fsync) blocked the UI
    // thread for 100 ms and more at Finish. endRun's report worker waits for it instead (the window stays
    // open until that worker is done).
}

void WizardRunControl::abandonRun(const QString& reason)
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
    m_wizard->setOption(QWizard::DisabledBackButtonOnLastPage, false);
    m_resumeTarget = -1;
    for (int id : m_wizard->pageIds()) {
        if (auto* stepPage = qobject_cast<StepPage*>(m_wizard->page(id)))
            stepPage->setRecordedDone(QString());
    }
}

void WizardRunControl::interruptRun(const QString& reason, bool immediately, std::function<void()> done)
{
    if (m_interrupting)
        return;
    auto* stepPage = qobject_cast<StepPage*>(m_wizard->currentPage());
    const bool busy = stepPage && stepPage->isBusy();
    Logging::logger()->warn("run interrupted from outside ({}) on page {}{}", reason, m_wizard->currentId(),
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

void WizardRunControl::stopOn(StopRequest* request)
{
    connect(request, &StopRequest::requested, this, [this, request](StopRequest::Kind kind) {
        interruptRun(StopRequest::reasonName(kind), StopRequest::isFinal(kind), [request, kind] {
            request->acknowledge();
            QCoreApplication::exit(StopRequest::exitCode(kind));
        });
    });
}

void WizardRunControl::closeRunOnSummary()
{
    auto* summary = qobject_cast<SummaryPage*>(m_wizard->page(m_wizard->summaryPageId()));
    if (!m_run->isOpen()) {
        summary->showFinalHash({}, FailbackWizard::tr("The run is not recorded, or it was closed already."));
        return;
    }
    const QString folder = m_trail->folder();
    endRun(true, [this, summary, folder] {
        // The run is closed in its journal: going back to a step would act unrecorded.
        m_wizard->setOption(QWizard::DisabledBackButtonOnLastPage, true);
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
        watcher->setFuture(
            QtConcurrent::run(WorkerPool::instance(), [folder] { return AuditVerifier::verify(folder); }));
    });
}

void WizardRunControl::endRun(bool finished, std::function<void()> close)
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
    auto* progress = new QProgressDialog(FailbackWizard::tr("Writing the run's report into %1 …")
                                             .arg(QDir::toNativeSeparators(m_trail->folder())),
                                         QString(), 0, 0, m_wizard);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(FailbackWizard::tr("Audit trail"));
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
                m_wizard, FailbackWizard::tr("Audit trail"),
                FailbackWizard::tr(
                    "The report could not be written: %1\n\nThe journal and the screenshots in %2 "
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

QFutureWatcher<QString>* WizardRunControl::writeReport(const QString& folder, bool flushOnWorker)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [trail = m_trail, folder, flushOnWorker] {
        // The report reads the journal: everything recorded so far must be written first.
        if (flushOnWorker)
            trail->flush();
        QString error;
        return ReportWriter::write(folder, &error) ? QString() : error;
    }));
    return watcher;
}

void WizardRunControl::showRunOnSummary()
{
    QMap<int, StepStatus> states;
    QList<int> recorded;
    const QList<ProcedureStep>& actions = m_wizard->procedure().actions();
    for (int index = 0; index < actions.size(); ++index) {
        const StepPage* stepPage = m_wizard->actionPage(index);
        if (!stepPage || !stepPage->stepObject())
            continue;
        states.insert(actions.at(index).number(), stepPage->stepObject()->status());
        if (stepPage->isRecordedDone())
            recorded << actions.at(index).number();
    }
    if (auto* summary = qobject_cast<SummaryPage*>(m_wizard->page(m_wizard->summaryPageId())))
        summary->showRun(states, recorded, m_trail->isActive() ? m_trail->folder() : QString());
}

} // namespace pchat
