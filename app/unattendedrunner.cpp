#include "unattendedrunner.h"

#include "backend/audit/auditsettings.h"
#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journalkeys.h"
#include "backend/log/logging.h"
#include "backend/log/qstringformatter.h"
#include "backend/plan/localshellsettings.h"
#include "backend/plan/planjson.h"
#include "backend/plan/planvalidator.h"
#include "backend/process/secretenvironment.h"
#include "backend/run/failbackrun.h"
#include "backend/run/stepinfo.h"
#include "backend/steps/backupstep.h"
#include "backend/steps/logshippingstep.h"
#include "backend/steps/preflightrunner.h"
#include "backend/steps/restorestep.h"
#include "backend/training/traininglab.h"
#include "failbackapplication.h"
#include "report/reportwriter.h"
#include "translations/languageswitcher.h"
#include "unattendedconfirmationcheck.h"
#include "wizard/proceduretexts.h"

#include <QDate>
#include <QDir>
#include <QJsonObject>

namespace pchat {

namespace {

// A step asked to cancel reads its state back before it finishes; one that does not finish by then is left.
constexpr int stopTimeoutMs = 30000;

qint64 totalBytesOf(const FailbackStep* step)
{
    if (const auto* backup = qobject_cast<const BackupStep*>(step))
        return backup->databaseSizeBytes();
    if (const auto* restore = qobject_cast<const RestoreStep*>(step)) {
        for (const BackupSetInfo& set : restore->backupSets()) {
            if (set.position == restore->selectedPosition())
                return set.sizeBytes;
        }
    }
    return -1;
}

// Running, or (step 5) starting the log-shipping jobs: what the console shows command by command.
bool isChanging(const FailbackStep* step)
{
    const auto* logShipping = qobject_cast<const LogShippingStep*>(step);
    return step->status() == StepStatus::Running || (logShipping && logShipping->isWaitingForFirstLog());
}

bool isBusyStatus(StepStatus status)
{
    return status == StepStatus::Inspecting || status == StepStatus::Running ||
           status == StepStatus::Verifying;
}

} // namespace

UnattendedRunner::UnattendedRunner(const CommandLine& commandLine, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{
    m_stopTimeout.setSingleShot(true);
    connect(&m_stopTimeout, &QTimer::timeout, this, [this] {
        m_console.error(tr("The step did not stop within %1 s; the run ends without waiting for it.")
                            .arg(stopTimeoutMs / 1000));
        finish();
    });
}

UnattendedRunner::~UnattendedRunner() = default;

void UnattendedRunner::start()
{
    m_stopRequest = new StopRequest(this);
    connect(m_stopRequest, &StopRequest::requested, this, &UnattendedRunner::interrupt);
    if (m_commandLine.training)
        startTraining();
    else if (loadPlan())
        beginRun();
}

void UnattendedRunner::startTraining()
{
    m_lab = std::make_unique<TrainingLab>();
    m_lab->setScenarioFile(m_commandLine.scenarioFile);
    m_lab->setProcedure(m_commandLine.procedure, true);
    m_lab->setStartFaults(m_commandLine.faults);
    if (!m_commandLine.planFile.isEmpty())
        m_console.line(tr("Training: the plan comes from the lab's scenario; %1 is not used.")
                           .arg(QDir::toNativeSeparators(m_commandLine.planFile)));
    connect(m_lab.get(), &TrainingLab::started, this, [this] {
        m_plan = m_lab->trainingPlan();
        // The trainee asked for an unattended run against a lab made for it: the lab's own targets are
        // confirmed, as the trainee would confirm them on the pages.
        m_plan.unattended = UnattendedConfirmationCheck::acceptingTargetsOf(m_plan);
        m_confirmationSource = AuditConfirmation::FromTraining;
        m_console.setSecrets({m_plan.backupInstance.password, m_plan.primaryInstance.password});
        beginRun();
    });
    connect(m_lab.get(), &TrainingLab::failed, this, [this](const QString& reason) {
        // Once the run has begun, the steps meet the missing lab themselves and fail with its error.
        if (m_trail) {
            m_console.error(reason);
            return;
        }
        stop(FailbackApplication::TrainingLabUnavailable, {},
             tr("The training lab is not available: %1").arg(reason));
    });
    m_console.line(tr("Starting the training lab…"));
    m_lab->start();
}

bool UnattendedRunner::loadPlan()
{
    QString error;
    QStringList warnings;
    std::optional<Plan> loaded = PlanJson::load(m_commandLine.planFile, &error, &warnings);
    if (!loaded) {
        stop(FailbackApplication::PlanUnreadable, {}, error);
        return false;
    }
    m_plan = *loaded;
    for (const QString& warning : std::as_const(warnings))
        m_console.line(tr("Warning: %1").arg(warning));
    LocalShellSettings::apply(m_plan.lync);
    m_plan.applyDerivedDefaults(QDate::currentDate());
    const ValidationIssues issues = PlanValidator::validate(m_plan);
    if (!issues.isEmpty()) {
        QStringList lines{tr("The plan %1 is not valid; nothing was run:").arg(m_commandLine.planFile)};
        for (const ValidationIssue& issue : issues)
            lines << QStringLiteral("  %1: %2").arg(issue.field, issue.message);
        stop(FailbackApplication::PlanInvalid, {}, lines.join(QLatin1Char('\n')));
        return false;
    }
    // A plan file never holds a password: an unattended run takes them from its environment, which gave them
    // up at start (SecretEnvironment), so that no child process sees them.
    SecretEnvironment::take();
    const QStringList variables = SecretEnvironment::names();
    const QList<std::pair<InstanceSettings*, QString>> instances{{&m_plan.backupInstance, variables.at(0)},
                                                                 {&m_plan.primaryInstance, variables.at(1)}};
    for (const auto& [instance, variable] : instances) {
        const QString password = SecretEnvironment::value(variable);
        if (instance->authentication == Authentication::Windows) {
            if (!password.isEmpty())
                m_console.line(tr("Note: %1 is set, but the plan connects to %2 with Windows authentication; "
                                  "the variable is not used.")
                                   .arg(variable, instance->name));
            continue;
        }
        if (password.isEmpty()) {
            stop(FailbackApplication::PasswordMissing, {},
                 tr("The plan connects to %1 with the SQL login %2, and its password is not set. Set the "
                    "environment variable %3 (a plan file never holds passwords), then run again.")
                     .arg(instance->name, instance->login, variable));
            return false;
        }
        instance->password = password;
    }
    m_console.setSecrets({m_plan.backupInstance.password, m_plan.primaryInstance.password});
    m_confirmationSource = AuditConfirmation::FromPlan;
    return true;
}

void UnattendedRunner::beginRun()
{
    const Procedure* procedure = Procedure::byName(m_commandLine.procedure);
    m_run = new FailbackRun(procedure ? *procedure : Procedure::failback(), this);
    m_trail = m_run->trail();
    const QString root = AuditSettings::root(m_commandLine.auditRoot);
    QString error;
    if (!m_run->start(root, m_plan, {LanguageSwitcher::instance().current(), m_commandLine.training, true},
                      &error)) {
        stop(FailbackApplication::AuditTrailUnwritable, {},
             tr("The audit folder for this run cannot be created under %1, so the run does not start: %2")
                 .arg(QDir::toNativeSeparators(root), error));
        return;
    }
    connect(m_trail, &AuditTrail::failed, this, [this](const QString& message) {
        stop(FailbackApplication::AuditTrailUnwritable, AuditReason::AuditUnwritable,
             tr("The audit trail cannot be written, so the run stops before the next action: %1")
                 .arg(message));
    });
    Logging::logger()->info("unattended run of {} started, audit folder {}", m_plan.lync.poolIdentity,
                            m_trail->folder());
    m_console.line(
        m_commandLine.training
            ? tr("Unattended: %1 of %2 – TRAINING against the simulated lab")
                  .arg(m_run->procedure().title(), m_plan.lync.poolIdentity)
            : tr("Unattended: %1 of %2").arg(m_run->procedure().title(), m_plan.lync.poolIdentity));
    m_console.line(tr("Backup instance %1, primary instance %2")
                       .arg(m_plan.backupInstance.name, m_plan.primaryInstance.name));
    m_console.line(tr("Audit folder: %1").arg(QDir::toNativeSeparators(m_trail->folder())));

    m_preflight = new PreflightRunner(this);
    m_preflight->setChecks(m_run->procedure().preflightChecks());
    m_trail->attachPreflight(m_preflight);
    connect(
        m_preflight, &PreflightRunner::checkFinished, this, [this](int index, const PreflightResult& result) {
            const QList<PreflightCheck>& checks = m_preflight->checks();
            m_console.check(index >= 0 && index < checks.size() ? checks.at(index).title : result.id, result);
        });
    connect(m_preflight, &PreflightRunner::allFinished, this, &UnattendedRunner::preflightFinished);

    m_steps = m_run->steps();
    for (FailbackStep* step : std::as_const(m_steps)) {
        const StepId id = step->id();
        connect(step, &FailbackStep::inspected, this, [this, step] { stepInspected(step); });
        connect(step, &FailbackStep::finished, this, [this, step] { stepFinished(step); });
        // What the step sends and hears while it changes something; the reads around it are in the journal.
        connect(step, &FailbackStep::commandStarted, this,
                [this, step](const QString& target, const QString& text) {
                    if (isChanging(step))
                        m_console.command(step->id(), target, text);
                });
        connect(step, &FailbackStep::message, this, [this, step, id](const SqlMessage& message) {
            if (isChanging(step) || step->status() == StepStatus::Verifying)
                m_console.message(id, message);
        });
        connect(step, &FailbackStep::progress, this, [this, step, id](const ProgressSample& sample) {
            m_console.progress(id, sample, totalBytesOf(step));
        });
    }
    // Only the failback configures log shipping and waits for its first log backup.
    if (auto* logShipping = qobject_cast<LogShippingStep*>(m_run->step(StepId::LogShipping))) {
        connect(logShipping, &LogShippingStep::firstLogProgress, this,
                [this](const QString& job, StepStatus status, const QString& detail, qint64 durationMs) {
                    const QString state = status == StepStatus::Running ? tr("started")
                                          : status == StepStatus::Done  ? tr("succeeded")
                                                                        : tr("FAILED");
                    m_console.line(QStringLiteral("%1 %2: %3 (%4 s) %5")
                                       .arg(UnattendedConsole::label(StepId::LogShipping, false), job, state,
                                            QString::number(durationMs / 1000.0, 'f', 1), detail));
                });
        connect(logShipping, &LogShippingStep::firstLogShipped, this, &UnattendedRunner::firstLogShipped);
    }

    // Nothing is sent to a server before the trail holds run-started.
    m_trail->whenWritten(this, [this] { runPreflight(); });
}

void UnattendedRunner::runPreflight()
{
    if (m_ending)
        return;
    m_console.line(tr("%1 running the read-only checks…").arg(UnattendedConsole::label(StepId::Preflight)));
    m_preflight->start(m_plan);
}

void UnattendedRunner::preflightFinished()
{
    if (m_ending)
        return;
    int failed = 0;
    int warnings = 0;
    for (const PreflightResult& result : m_preflight->results()) {
        failed += result.id.isEmpty() || result.status == PreflightResult::Fail ? 1 : 0;
        warnings += result.status == PreflightResult::Warning ? 1 : 0;
    }
    if (failed > 0 || !m_preflight->passed()) {
        stop(FailbackApplication::PreflightFailed, AuditReason::Failed,
             tr("Preflight found %n problem(s) that stop the run; nothing was changed. Correct them (see "
                "\"What to do\" above), then run again.",
                "", failed));
        return;
    }
    if (warnings > 0) {
        const auto confirmation = UnattendedConfirmationCheck::forPreflightWarnings(m_plan, warnings);
        recordConfirmation(confirmation, int(StepId::Preflight));
        if (!confirmation.given) {
            stop(FailbackApplication::ConfirmationMissing, AuditReason::ConfirmationMissing,
                 confirmation.problem);
            return;
        }
        m_console.line(
            tr("%1 %n warning(s) acknowledged by the plan (unattended.acknowledgePreflightWarnings).", "",
               warnings)
                .arg(UnattendedConsole::label(StepId::Preflight)));
    }
    m_console.line(tr("%1 passed.").arg(UnattendedConsole::label(StepId::Preflight)));
    nextStep();
}

void UnattendedRunner::nextStep()
{
    ++m_index;
    if (m_index >= m_steps.size()) {
        succeed();
        return;
    }
    FailbackStep* step = m_steps.at(m_index);
    m_console.resetProgress();
    m_console.line(tr("%1 reading the current state…").arg(UnattendedConsole::label(step->id())));
    m_inspecting = true;
    step->inspect(m_plan);
}

FailbackStep* UnattendedRunner::currentStep() const
{
    return m_index >= 0 && m_index < m_steps.size() ? m_steps.at(m_index) : nullptr;
}

bool UnattendedRunner::isBusy() const
{
    const FailbackStep* step = currentStep();
    if (!step)
        return false;
    const auto* logShipping = qobject_cast<const LogShippingStep*>(step);
    return isBusyStatus(step->status()) || (logShipping && logShipping->isWaitingForFirstLog());
}

void UnattendedRunner::stepInspected(FailbackStep* step)
{
    if (step != currentStep() || !m_inspecting || step->status() == StepStatus::Inspecting)
        return;
    m_inspecting = false;
    if (m_ending) {
        finish();
        return;
    }
    const StepId id = step->id();
    m_console.findings(id, step->findings());
    if (step->status() == StepStatus::Ready) {
        runStep(step);
        return;
    }
    if (step->status() == StepStatus::AlreadyDone) {
        StepOutcome outcome = step->outcome();
        if (outcome.status != StepStatus::AlreadyDone)
            outcome = {
                StepStatus::AlreadyDone, tr("Its result is already in place; nothing is run."), {}, {}};
        m_console.outcome(id, outcome);
        const auto* logShipping = qobject_cast<const LogShippingStep*>(step);
        if (logShipping && logShipping->lastRestoredFile().isEmpty())
            waitForFirstLog();
        else
            nextStep();
        return;
    }
    m_console.outcome(id, step->outcome());
    stop(FailbackApplication::StepFailed + StepInfo::number(id), AuditReason::Failed,
         tr("Step %1 (%2) could not read the state it starts from; nothing of it was changed. Correct the "
            "cause "
            "(see \"What to do\" above), then run again.")
             .arg(QString::number(StepInfo::number(id)), StepInfo::title(id)));
}

void UnattendedRunner::runStep(FailbackStep* step)
{
    const StepId id = step->id();
    if (auto* restore = qobject_cast<RestoreStep*>(step)) {
        // As the restore page proposes it: the backup set inspect chose, and the instance's default folders
        // for the files when the plan moves none.
        if (restore->selectedPosition() > 0)
            m_plan.restore.backupSetPosition = restore->selectedPosition();
        if (m_plan.restore.relocations.isEmpty())
            m_plan.restore.relocations = restore->suggestedRelocations();
        m_console.line(tr("%1 backup set %2 of %3")
                           .arg(UnattendedConsole::label(id, false),
                                QString::number(m_plan.restore.backupSetPosition),
                                QDir::toNativeSeparators(m_plan.backupFilePath())));
        for (const FileRelocation& relocation : std::as_const(m_plan.restore.relocations))
            m_console.line(tr("%1 MOVE %2 TO %3")
                               .arg(UnattendedConsole::label(id, false), relocation.logicalName,
                                    relocation.physicalName));
    }
    const auto confirmation = UnattendedConfirmationCheck::forStep(m_plan, id);
    if (confirmation.needed) {
        recordConfirmation(confirmation, StepInfo::number(id));
        if (!confirmation.given) {
            stop(FailbackApplication::ConfirmationMissing, AuditReason::ConfirmationMissing,
                 confirmation.problem);
            return;
        }
        m_console.line(
            tr("%1 confirmed by the plan: %2").arg(UnattendedConsole::label(id, false), confirmation.value));
    }
    m_console.line(tr("%1 running…").arg(UnattendedConsole::label(id)));
    // The step changes servers: only once the trail holds everything up to here.
    m_trail->whenWritten(this, [this, step] {
        if (!m_ending && step == currentStep())
            step->run(m_plan);
    });
}

void UnattendedRunner::stepFinished(FailbackStep* step)
{
    if (step != currentStep())
        return;
    const StepId id = step->id();
    const StepOutcome& outcome = step->outcome();
    m_console.outcome(id, outcome);
    if (m_ending) {
        finish();
        return;
    }
    if (outcome.status == StepStatus::Done || outcome.status == StepStatus::AlreadyDone) {
        if (id == StepId::LogShipping)
            waitForFirstLog();
        else
            nextStep();
        return;
    }
    stop(FailbackApplication::StepFailed + StepInfo::number(id), AuditReason::Failed,
         tr("Step %1 (%2) did not complete, and the steps after it were not run. Correct the cause (see "
            "\"What "
            "to do\" above), then run again: what is already in place is found and skipped.")
             .arg(QString::number(StepInfo::number(id)), StepInfo::title(id)));
}

void UnattendedRunner::waitForFirstLog()
{
    auto* logShipping = qobject_cast<LogShippingStep*>(currentStep());
    m_console.line(
        tr("%1 starting the log-shipping jobs and waiting until the first log backup is restored on %2…")
            .arg(UnattendedConsole::label(StepId::LogShipping, false), m_plan.backupInstance.name));
    // Starting the jobs changes the servers as well.
    m_trail->whenWritten(this, [this, logShipping] {
        if (!m_ending && logShipping == currentStep())
            logShipping->waitForFirstLogShipped(m_plan);
    });
}

void UnattendedRunner::firstLogShipped(bool ok, const QString& file, const QString& error,
                                       const QString& remedy)
{
    const int step = StepInfo::number(StepId::LogShipping);
    m_trail->record(AuditKind::CheckResult,
                    {{AuditKey::Check, QStringLiteral("logShipping.firstLogShipped")},
                     {AuditKey::Title, tr("First log backup copied and restored on the secondary")},
                     {AuditKey::Result, QString(ok ? AuditResult::Ok : AuditResult::Failed)},
                     {AuditKey::Detail, ok ? file : error},
                     {AuditKey::Remedy, remedy}},
                    step);
    const QString label = UnattendedConsole::label(StepId::LogShipping);
    if (ok) {
        m_console.line(
            tr("%1 the first log backup was copied and restored on the secondary: %2").arg(label, file));
    } else {
        m_console.line(tr("%1 the first log was not shipped: %2").arg(label, error));
        if (!remedy.isEmpty())
            m_console.line(
                tr("%1 What to do: %2").arg(UnattendedConsole::label(StepId::LogShipping, false), remedy));
    }
    if (m_ending) {
        finish();
        return;
    }
    if (ok) {
        nextStep();
        return;
    }
    stop(FailbackApplication::StepFailed + step, AuditReason::Failed,
         tr("Log shipping is configured, but the first log backup did not reach the secondary, so the steps "
            "after step 5 were not run. Correct the cause, then run again."));
}

void UnattendedRunner::recordConfirmation(const UnattendedConfirmationCheck::Result& confirmation, int step)
{
    m_trail->record(AuditKind::Confirmation,
                    UnattendedConfirmationCheck::details(confirmation, m_confirmationSource), step);
}

void UnattendedRunner::interrupt(StopRequest::Kind kind)
{
    if (m_finished) {
        m_stopRequest->acknowledge();
        return;
    }
    // A closed console or the end of the session leaves seconds: the interruption is recorded at once.
    if (StopRequest::isFinal(kind)) {
        Logging::logger()->warn("unattended run stopped: {}", StopRequest::reasonName(kind));
        m_ending = true;
        m_exitCode = StopRequest::exitCode(kind);
        m_endReason = StopRequest::reasonName(kind);
        m_endMessage =
            tr("The console was closed or the session ended; the run ends now, without waiting for "
               "the step.");
        finish();
        m_stopRequest->acknowledge();
        return;
    }
    if (m_ending) {
        m_console.error(tr("Interrupted again: the run ends now, without waiting for the step."));
        finish();
        return;
    }
    Logging::logger()->warn("unattended run interrupted: {}", StopRequest::reasonName(kind));
    stop(StopRequest::exitCode(kind),
         kind == StopRequest::Kind::Interrupt ? QString(AuditReason::Cancelled)
                                              : StopRequest::reasonName(kind),
         isBusy()
             ? tr("Interrupted: the running step is cancelled and its state read back; the steps after it "
                  "are not run. Press Ctrl+C again to end at once.")
             : tr("Interrupted: the steps not run yet are not run."));
}

QString UnattendedRunner::pageKey() const
{
    // The wizard's page keys, so that the report and a resuming wizard read the place the same way.
    const Procedure& procedure = m_run->procedure();
    return m_index < 0 ? procedure.pageKey(int(StepId::Preflight))
                       : procedure.pageKey(m_run->numberOf(m_steps.at(m_index)));
}

void UnattendedRunner::stop(int exitCode, const QString& reason, const QString& message)
{
    if (m_ending)
        return;
    m_ending = true;
    m_exitCode = exitCode;
    m_endReason = reason.isEmpty() ? QString(AuditReason::Failed) : reason;
    m_endMessage = message;
    if (!message.isEmpty())
        m_console.error(message);
    Logging::logger()->warn("unattended run stops with exit code {}: {}", exitCode, message);
    if (m_preflight && m_preflight->isRunning())
        m_preflight->cancel();
    if (isBusy()) {
        // The step's finished (or inspected, or firstLogShipped) ends the run once its state is read back.
        currentStep()->cancel();
        if (!m_finished)
            m_stopTimeout.start(stopTimeoutMs);
        return;
    }
    finish();
}

void UnattendedRunner::succeed()
{
    m_ending = true;
    m_exitCode = FailbackApplication::Success;
    m_endReason.clear();
    m_console.line(ProcedureTexts::of(m_run->procedure()).unattendedSuccess.arg(m_plan.lync.poolIdentity));
    finish();
}

void UnattendedRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopTimeout.stop();
    if (m_trail && m_trail->isActive() && !m_trail->hasFailed()) {
        if (m_endReason.isEmpty())
            m_run->finish(true);
        else
            m_run->interrupt(m_endReason, pageKey(), m_endMessage);
        m_trail->flush();
        // Nothing else runs now, so the report is written here rather than on a worker thread.
        QString error;
        if (ReportWriter::write(m_trail->folder(), &error))
            m_console.line(tr("Report: %1")
                               .arg(QDir::toNativeSeparators(
                                   QDir(m_trail->folder()).filePath(ReportWriter::pdfFileName()))));
        else
            m_console.error(tr("The report could not be written: %1. The journal is complete; --verify-audit "
                               "checks it.")
                                .arg(error));
        m_console.line(tr("Audit folder: %1").arg(QDir::toNativeSeparators(m_trail->folder())));
        // The anchor: the chain proves itself only against a hash kept outside the folder.
        const AuditVerifier::VerifyResult verified = AuditVerifier::verify(m_trail->folder());
        if (verified.ok) {
            m_console.line(tr("Final hash of the audit trail: %1").arg(verified.finalHash));
            m_console.line(
                tr("Record this hash in the change ticket: \"pchat-failback --verify-audit <folder> "
                   "--expect-hash <hash>\" then proves that nobody rewrote the folder."));
        } else {
            m_console.error(tr("The audit folder does not verify: %1").arg(verified.message));
        }
    }
    Logging::logger()->info("unattended run ended with exit code {}", m_exitCode);
    m_console.line(tr("Exit code %1.").arg(m_exitCode));
    Q_EMIT finished(m_exitCode);
}

} // namespace pchat
