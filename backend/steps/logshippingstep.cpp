#include "logshippingstep.h"

#include "backend/sql/checksql.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/logshippingsql.h"
#include "backend/sql/restoresql.h"
#include "backend/sql/servicestate.h"
#include "resultvalues.h"
#include "stepsession.h"

#include <QDate>

namespace pchat {

namespace {

// The plan with SSMS's derived job and schedule names filled in: run and verify need the names the scripts
// use.
Plan withDefaults(Plan plan)
{
    plan.applyDerivedDefaults(QDate::currentDate());
    return plan;
}

} // namespace

LogShippingStep::LogShippingStep(QObject* parent)
    : SqlStep(StepId::LogShipping, parent)
    , m_watcher({[this](const InstanceSettings& instance) { return makeSession(instance); },
                 [this](const QString& job, StepStatus status, const QString& detail, qint64 durationMs) {
                     Q_EMIT firstLogProgress(job, status, detail, durationMs);
                 },
                 [this](bool ok, const QString& file, const QString& error, const QString& remedy) {
                     Q_EMIT firstLogShipped(ok, file, error, remedy);
                 }})
{
}

LogShippingStep::~LogShippingStep()
{
    stopProbe();
}

// ---- reading the state ------------------------------------------------------------------------------------

void LogShippingStep::readBoth(bool inspection, std::function<void()> then)
{
    const auto failed = [this, inspection](const BatchResult& result, const QString& summary) {
        failBatch(result, summary, inspection);
    };
    StepSession* primary = newSession(m_plan.primaryInstance);
    primary->open(
        [this, primary, inspection, then, failed] {
            LogShippingState::runReads(
                primary, m_state.primaryReads(m_plan),
                [this, inspection, then, failed] {
                    StepSession* secondary = newSession(m_plan.backupInstance);
                    secondary->open(
                        [this, secondary, then, failed] {
                            LogShippingState::runReads(secondary, m_state.secondaryReads(m_plan), then,
                                                       failed);
                        },
                        [this, inspection](const SqlMessages& messages) {
                            failOpen(messages, m_plan.backupInstance, inspection);
                        });
                },
                failed);
        },
        [this, inspection](const SqlMessages& messages) {
            failOpen(messages, m_plan.primaryInstance, inspection);
        });
}

bool LogShippingStep::isFullyConfigured() const
{
    return m_state.isFullyConfigured(m_plan);
}

// ---- inspecting -------------------------------------------------------------------------------------------

void LogShippingStep::inspect(const Plan& plan)
{
    m_plan = withDefaults(plan);
    setStatus(StepStatus::Inspecting);
    readBoth(true, [this] { inspectionDone(); });
}

void LogShippingStep::inspectionDone()
{
    setStatus(isFullyConfigured() ? StepStatus::AlreadyDone : StepStatus::Ready);
    setFindings(m_state.inspectionFindings(m_plan));
}

// ---- running ----------------------------------------------------------------------------------------------

void LogShippingStep::setSubStep(int index, StepStatus status, const QString& detail)
{
    if (index < 0 || index >= m_subSteps.size())
        return;
    m_subSteps[index].status = status;
    m_subSteps[index].detail = detail;
    Q_EMIT subStepsChanged();
}

void LogShippingStep::run(const Plan& plan)
{
    m_plan = withDefaults(plan);
    m_cancelRequested = false;
    m_lastPercent = 0;
    m_done.clear();
    m_skipped.clear();
    const QString db = m_plan.mgcDatabase;
    const QString primary = m_plan.primaryInstance.name;
    const QString secondary = m_plan.backupInstance.name;
    m_subSteps = {
        {tr("Full backup of %1 on %2 for the initialization").arg(db, primary), StepStatus::Ready, {}},
        {m_plan.logShipping.restoreMode == LogRestoreMode::Standby
             ? tr("Restore of %1 on %2 WITH STANDBY").arg(db, secondary)
             : tr("Restore of %1 on %2 WITH NORECOVERY").arg(db, secondary),
         StepStatus::Ready,
         {}},
        {tr("Primary configuration on %1: primary database, backup schedule, alert job, secondary entry")
             .arg(primary),
         StepStatus::Ready,
         {}},
        {tr("Secondary configuration on %1: primary, copy and restore schedules, secondary database, jobs "
            "enabled")
             .arg(secondary),
         StepStatus::Ready,
         {}},
    };
    Q_EMIT subStepsChanged();
    setStatus(StepStatus::Running);
    if (m_worker)
        m_worker->retire();
    m_worker = nullptr;
    // Read both sides first: the checks below refuse before anything is changed.
    readBoth(false, [this] { afterPreRead(); });
}

void LogShippingStep::afterPreRead()
{
    const QString db = m_plan.mgcDatabase;
    const QString primary = m_plan.primaryInstance.name;
    const QString secondary = m_plan.backupInstance.name;
    StepOutcome refused;
    refused.status = StepStatus::Failed;
    if (!m_state.primary().databaseExists || m_state.primary().databaseState != u"ONLINE") {
        refused.summary = m_state.primary().databaseExists
                              ? tr("%1 is %2 on %3, not ONLINE; nothing was changed.")
                                    .arg(db, m_state.primary().databaseState, primary)
                              : tr("%1 does not exist on %2; nothing was changed.").arg(db, primary);
        refused.remedy = tr("Restore %1 on %2 first (step 4), then run this step.").arg(db, primary);
        finish(refused);
        return;
    }
    if (m_state.primary().recoveryModel.compare(QLatin1String("SIMPLE"), Qt::CaseInsensitive) == 0) {
        // SQL Server would refuse only in the primary configuration, after the secondary's mgc was
        // overwritten.
        refused.summary = tr("%1 on %2 uses the SIMPLE recovery model, and log shipping needs FULL or "
                             "BULK_LOGGED (SQL Server refuses with error 32015); nothing was changed.")
                              .arg(db, primary);
        SqlMessage like32015;
        like32015.number = 32015;
        refused.remedy = ErrorAdvice::remedy(like32015);
        finish(refused);
        return;
    }
    QStringList stopped;
    if (!m_state.primary().agentState.isEmpty() && !ServiceState::isRunning(m_state.primary().agentState))
        stopped << primary;
    if (!m_state.secondary().agentState.isEmpty() && !ServiceState::isRunning(m_state.secondary().agentState))
        stopped << secondary;
    if (!stopped.isEmpty()) {
        // The configuration would succeed, but no job would ever run: the procedure requires Agent first.
        refused.summary =
            stopped.size() == 1
                ? tr("SQL Server Agent is not running on %1; nothing was changed.").arg(stopped.first())
                : tr("SQL Server Agent is not running on %1 and %2; nothing was changed.")
                      .arg(stopped.at(0), stopped.at(1));
        SqlMessage like22022;
        like22022.number = 22022;
        refused.remedy = ErrorAdvice::remedy(like22022);
        finish(refused);
        return;
    }

    const SecondaryInitialization initialization = m_plan.logShipping.initialization;
    if (initialization == SecondaryInitialization::AlreadyInitialized) {
        const QString why = tr("Skipped: the plan says the secondary is already initialized.");
        setSubStep(InitBackup, StepStatus::AlreadyDone, why);
        setSubStep(InitRestore, StepStatus::AlreadyDone, why);
        m_skipped << tr("the initialization (the plan says the secondary is already initialized)");
        startPrimaryConfiguration();
        return;
    }
    if (m_state.secondary().isRestoring() && m_state.primary().configured) {
        // The primary is configured only after the restore succeeded: an earlier run initialized the
        // secondary, and the log backups since continue its chain. Initializing again would only cost time.
        const QString why =
            tr("Skipped: %1 on %2 is already %3 and %4 is a log shipping primary, so an earlier "
               "run initialized it.")
                .arg(db, secondary,
                     m_state.secondary().standby ? QStringLiteral("STANDBY")
                                                 : m_state.secondary().databaseState,
                     primary);
        setSubStep(InitBackup, StepStatus::AlreadyDone, why);
        setSubStep(InitRestore, StepStatus::AlreadyDone, why);
        m_skipped << tr("the initialization (%1 on %2 was initialized by an earlier run)").arg(db, secondary);
        startPrimaryConfiguration();
        return;
    }
    if (initialization == SecondaryInitialization::RestoreExistingBackup) {
        setSubStep(InitBackup, StepStatus::AlreadyDone,
                   tr("Skipped: the existing backup %1 is restored.").arg(m_plan.initializationBackupPath()));
        m_skipped << tr("the full backup (the existing backup %1 is restored)")
                         .arg(m_plan.initializationBackupPath());
        startInitRestore();
        return;
    }
    startInitBackup();
}

void LogShippingStep::finishCancelled(const QString& summary)
{
    StepOutcome outcome;
    outcome.status = StepStatus::Cancelled;
    outcome.summary = summary;
    outcome.remedy =
        tr("Run the step again to configure log shipping completely; it replaces what is already "
           "there.");
    finish(outcome);
}

void LogShippingStep::startInitBackup()
{
    if (m_cancelRequested) {
        setSubStep(InitBackup, StepStatus::Cancelled, {});
        finishCancelled(tr("Cancelled before the initialization backup; nothing was changed."));
        return;
    }
    setSubStep(InitBackup, StepStatus::Running, m_plan.initializationBackupPath());
    StepSession* worker = newWorker(m_plan.primaryInstance);
    worker->open(
        [this, worker] {
            startProbe(m_plan.primaryInstance, QStringLiteral("BACKUP"), m_state.primary().databaseBytes);
            worker->execute(LogShippingSql::initializationBackup(m_plan), [this](const BatchResult& result) {
                stopProbe();
                const QString path = m_plan.initializationBackupPath();
                switch (result.outcome) {
                case BatchResult::Outcome::Succeeded: {
                    ProgressSample done;
                    done.command = QStringLiteral("BACKUP DATABASE");
                    done.percent = 100;
                    done.elapsedMs = result.elapsedMs;
                    Q_EMIT progress(done);
                    const QString detail =
                        tr("%1 written in %2 s.")
                            .arg(path, QString::number(double(result.elapsedMs) / 1000.0, 'f', 1));
                    setSubStep(InitBackup, StepStatus::Done, detail);
                    m_done << tr("the full backup %1").arg(path);
                    startInitRestore();
                    return;
                }
                case BatchResult::Outcome::Cancelled:
                    setSubStep(InitBackup, StepStatus::Cancelled,
                               tr("Cancelled at %1 percent.").arg(qRound(m_lastPercent)));
                    finishCancelled(
                        tr("The initialization backup was cancelled at %1 percent; %2 on %3 was not "
                           "changed.")
                            .arg(QString::number(qRound(m_lastPercent)), m_plan.mgcDatabase,
                                 m_plan.backupInstance.name));
                    return;
                case BatchResult::Outcome::ConnectionLost:
                case BatchResult::Outcome::Failed:
                    setSubStep(InitBackup, StepStatus::Failed,
                               ErrorAdvice::decisiveError(result.messages).text);
                    failBatch(
                        result,
                        tr("The initialization backup of %1 on %2 failed; %1 on %3 was not changed.")
                            .arg(m_plan.mgcDatabase, m_plan.primaryInstance.name, m_plan.backupInstance.name),
                        false);
                    return;
                }
            });
        },
        [this](const SqlMessages& messages) {
            setSubStep(InitBackup, StepStatus::Failed, tr("Could not connect."));
            failOpen(messages, m_plan.primaryInstance, false);
        });
}

void LogShippingStep::startInitRestore()
{
    if (m_cancelRequested) {
        setSubStep(InitRestore, StepStatus::Cancelled, {});
        finishCancelled(tr("Cancelled before the restore on %1; %2 there was not changed.")
                            .arg(m_plan.backupInstance.name, m_plan.mgcDatabase));
        return;
    }
    setSubStep(InitRestore, StepStatus::Running, m_plan.initializationBackupPath());
    m_lastPercent = 0;
    StepSession* worker = newWorker(m_plan.backupInstance);
    worker->open([this, worker] { runInitRestore(worker); },
                 [this](const SqlMessages& messages) {
                     setSubStep(InitRestore, StepStatus::Failed, tr("Could not connect."));
                     failOpen(messages, m_plan.backupInstance, false);
                 });
}

void LogShippingStep::runInitRestore(StepSession* worker)
{
    RestoreRun::Hooks hooks;
    hooks.cancelRequested = [this] { return m_cancelRequested; };
    hooks.restoreStarting = [this] {
        startProbe(m_plan.backupInstance, QStringLiteral("RESTORE"), m_state.primary().databaseBytes);
    };
    hooks.restoreEnded = [this](const BatchResult& result) {
        stopProbe();
        if (!result.succeeded())
            return;
        Q_EMIT progress(RestoreRun::finishedSample(result));
        setSubStep(InitRestore, StepStatus::Done,
                   tr("%1 restored in %2 s; %3 is %4 on %5.")
                       .arg(m_plan.initializationBackupPath(),
                            QString::number(double(result.elapsedMs) / 1000.0, 'f', 1), m_plan.mgcDatabase,
                            m_plan.logShipping.restoreMode == LogRestoreMode::Standby
                                ? QStringLiteral("STANDBY")
                                : QStringLiteral("RESTORING"),
                            m_plan.backupInstance.name));
        m_done << tr("the restore on %1").arg(m_plan.backupInstance.name);
    };
    hooks.completed = [this] { startPrimaryConfiguration(); };
    hooks.stopped = [this](const BatchResult* result, bool) {
        if (result) {
            restoreInterrupted(*result);
        } else if (m_restore.restoreStarted()) {
            // The restore is done: the configuration that follows reports the cancel.
            startPrimaryConfiguration();
        } else {
            BatchResult cancelled;
            cancelled.outcome = BatchResult::Outcome::Cancelled;
            restoreInterrupted(cancelled);
        }
    };
    m_restore.start(worker, m_plan.mgcDatabase, LogShippingSql::initializationRestore(m_plan),
                    std::move(hooks));
}

void LogShippingStep::restoreInterrupted(const BatchResult& result)
{
    const QString db = m_plan.mgcDatabase;
    const QString secondary = m_plan.backupInstance.name;
    // The state the server left is what the page shows: read it on a new connection.
    StepSession* session = newSession(m_plan.backupInstance);
    if (m_worker)
        m_worker->retire();
    m_worker = nullptr;
    const auto report = [this, result, db, secondary](const QString& state) {
        StepOutcome outcome;
        if (result.outcome == BatchResult::Outcome::Cancelled) {
            setSubStep(InitRestore, StepStatus::Cancelled, state);
            finishCancelled(tr("The restore on %1 was cancelled at %2 percent. %3")
                                .arg(secondary, QString::number(qRound(m_lastPercent)), state));
            return;
        }
        outcome.status = StepStatus::Failed;
        outcome.error = ErrorAdvice::errorOf(result);
        outcome.remedy = ErrorAdvice::remedy(outcome.error);
        outcome.summary = tr("The restore of %1 on %2 failed. %3").arg(db, secondary, state);
        setSubStep(InitRestore, StepStatus::Failed, outcome.error.text);
        finish(outcome);
    };
    const auto readState = [this, session, report, db, secondary] {
        session->execute(CheckSql::databases({db}), [report, db, secondary](const BatchResult& state) {
            const StatementResult rows = state.statements.value(0);
            if (!state.succeeded())
                report(tr("The state of %1 on %2 could not be read again.").arg(db, secondary));
            else if (rows.rows.isEmpty())
                report(tr("%1 does not exist on %2.").arg(db, secondary));
            else
                report(
                    tr("%1 is %2 on %3.")
                        .arg(db, ResultValues::text(rows.value(0, QStringLiteral("state_desc"))), secondary));
        });
    };
    session->open(
        [this, session, readState] {
            // When the restore did not start, the database goes back to its users first.
            m_restore.giveBack(session, readState);
        },
        [report, db, secondary](const SqlMessages&) {
            report(tr("The state of %1 on %2 could not be read again.").arg(db, secondary));
        });
}

void LogShippingStep::startPrimaryConfiguration()
{
    if (m_cancelRequested) {
        setSubStep(PrimaryConfiguration, StepStatus::Cancelled, {});
        finishCancelled(tr("Cancelled before the primary configuration."));
        return;
    }
    if (m_worker)
        m_worker->retire();
    m_worker = nullptr;
    setSubStep(PrimaryConfiguration, StepStatus::Running, {});
    StepSession* session = newSession(m_plan.primaryInstance);
    session->open(
        [this, session] {
            session->execute(LogShippingSql::primaryConfiguration(m_plan), [this](const BatchResult& result) {
                configurationEnded(PrimaryConfiguration, result, m_plan.primaryInstance);
            });
        },
        [this](const SqlMessages& messages) {
            setSubStep(PrimaryConfiguration, StepStatus::Failed, tr("Could not connect."));
            failOpen(messages, m_plan.primaryInstance, false);
        });
}

void LogShippingStep::startSecondaryConfiguration()
{
    if (m_cancelRequested) {
        setSubStep(SecondaryConfiguration, StepStatus::Cancelled, {});
        finishCancelled(tr("Cancelled before the secondary configuration; the primary is configured."));
        return;
    }
    setSubStep(SecondaryConfiguration, StepStatus::Running, {});
    StepSession* session = newSession(m_plan.backupInstance);
    session->open(
        [this, session] {
            session->execute(LogShippingSql::secondaryConfiguration(m_plan),
                             [this](const BatchResult& result) {
                                 configurationEnded(SecondaryConfiguration, result, m_plan.backupInstance);
                             });
        },
        [this](const SqlMessages& messages) {
            setSubStep(SecondaryConfiguration, StepStatus::Failed, tr("Could not connect."));
            failOpen(messages, m_plan.backupInstance, false);
        });
}

void LogShippingStep::configurationEnded(int index, const BatchResult& result,
                                         const InstanceSettings& instance)
{
    const bool primary = index == PrimaryConfiguration;
    if (result.succeeded()) {
        setSubStep(index, StepStatus::Done,
                   tr("Configured on %1 in %2 s.")
                       .arg(instance.name, QString::number(double(result.elapsedMs) / 1000.0, 'f', 1)));
        m_done << (primary ? tr("the primary configuration on %1").arg(instance.name)
                           : tr("the secondary configuration on %1").arg(instance.name));
        if (primary)
            startSecondaryConfiguration();
        else
            startVerify(Ending::AfterRun);
        return;
    }
    if (result.outcome == BatchResult::Outcome::Cancelled) {
        setSubStep(index, StepStatus::Cancelled, {});
        finishCancelled(primary ? tr("The primary configuration on %1 was cancelled.").arg(instance.name)
                                : tr("The secondary configuration on %1 was cancelled.").arg(instance.name));
        return;
    }
    setSubStep(index, StepStatus::Failed, ErrorAdvice::errorOf(result).text);
    const QString done = m_done.isEmpty() ? QString() : tr(" Done before: %1.").arg(m_done.join(tr(", ")));
    failBatch(result,
              (primary ? tr("The primary configuration on %1 failed.").arg(instance.name)
                       : tr("The secondary configuration on %1 failed.").arg(instance.name)) +
                  done,
              false);
}

// ---- verifying --------------------------------------------------------------------------------------------

void LogShippingStep::verify(const Plan& plan)
{
    m_plan = withDefaults(plan);
    m_done.clear();
    m_skipped.clear();
    startVerify(Ending::Requested);
}

void LogShippingStep::startVerify(Ending ending)
{
    setStatus(StepStatus::Verifying);
    if (m_worker)
        m_worker->retire();
    m_worker = nullptr;
    readBoth(false, [this, ending] {
        // The findings show what the verification read, not what the inspection found before the run.
        setFindings(m_state.inspectionFindings(m_plan));
        const QString db = m_plan.mgcDatabase;
        const QString primary = m_plan.primaryInstance.name;
        const QString secondary = m_plan.backupInstance.name;
        StepOutcome outcome;
        if (isFullyConfigured()) {
            outcome.status = StepStatus::Done;
            outcome.summary =
                tr("Log shipping of %1 from %2 to %3 is configured: msdb holds the rows on both "
                   "sides, and the backup, copy and restore jobs are enabled with schedules.")
                    .arg(db, primary, secondary);
            if (ending == Ending::AfterRun) {
                if (!m_done.isEmpty())
                    outcome.summary += u' ' + tr("Done: %1.").arg(m_done.join(tr(", ")));
                if (!m_skipped.isEmpty())
                    outcome.summary += u' ' + tr("Skipped: %1.").arg(m_skipped.join(tr(", ")));
            }
            finish(outcome);
            return;
        }
        outcome.status = StepStatus::Failed;
        outcome.summary =
            (ending == Ending::AfterRun ? tr("The scripts ran, but log shipping of %1 is not complete: %2.")
                                        : tr("Log shipping of %1 is not configured: %2."))
                .arg(db, m_state.missingParts(m_plan).join(tr("; ")));
        outcome.remedy = tr("Run the step (again): its scripts replace existing entries (@overwrite = 1).");
        finish(outcome);
    });
}

// ---- cancel -----------------------------------------------------------------------------------------------

void LogShippingStep::cancel()
{
    if (m_watcher.isWaiting()) {
        m_watcher.cancel();
        return;
    }
    SqlStep::cancel();
}

// ---- waiting for the first log backup, copy and restore ---------------------------------------------------

void LogShippingStep::waitForFirstLogShipped(const Plan& plan, int timeoutMs)
{
    if (!m_watcher.isWaiting())
        m_watcher.start(withDefaults(plan), timeoutMs);
}

} // namespace pchat
