#include "logshippingstep.h"

#include "resultvalues.h"
#include "sql/checksql.h"
#include "sql/erroradvice.h"
#include "sql/logshippingsql.h"
#include "sql/restoresql.h"
#include "stepsession.h"

#include <QDate>

namespace pchat {

namespace {

// Often enough that a job's end shows within a second; the history query is cheap.
constexpr int pollIntervalMs = 400;

QString normalizedGuid(const QString& guid)
{
    QString text = guid.trimmed().toLower();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    return text;
}

QString secondaryEntry(const QString& server, const QString& database)
{
    return server.toLower() + u'|' + database.toLower();
}

bool isRestoring(const QString& state, bool standby)
{
    return state == u"RESTORING" || standby;
}

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
{
    m_pollTimer.setInterval(pollIntervalMs);
    m_deadline.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogShippingStep::pollWaitJob);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        failWait(
            tr("%1 on %2 did not finish within %3 s.")
                .arg(waitJobName(m_waitIndex), waitInstanceName(m_waitIndex),
                     QString::number(m_deadline.interval() / 1000)),
            tr("Check that SQL Server Agent runs on %1 and look at the job's history (SQL Server Agent > "
               "Jobs > %2 > View History). The jobs also run on their schedules: verify again later.")
                .arg(waitInstanceName(m_waitIndex), waitJobName(m_waitIndex)));
    });
}

LogShippingStep::~LogShippingStep()
{
    stopProbe();
}

// ---- reading the state ------------------------------------------------------------------------------------

QList<LogShippingStep::Read> LogShippingStep::primaryReads()
{
    const QString db = m_plan.mgcDatabase;
    const QString instance = m_plan.primaryInstance.name;
    Side* const side = &m_primary;
    *side = Side{};
    return {
        {CheckSql::databases({db}), tr("Reading the state of %1 on %2 failed.").arg(db, instance),
         [side](const StatementResult& rows) {
             side->databaseExists = !rows.rows.isEmpty();
             side->databaseState = ResultValues::text(rows.value(0, QStringLiteral("state_desc")));
             side->recoveryModel = ResultValues::text(rows.value(0, QStringLiteral("recovery_model_desc")));
             side->standby = ResultValues::flag(rows.value(0, QStringLiteral("is_in_standby")));
         }},
        {CheckSql::databaseSizeMb(db),
         {},
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row)
                 side->databaseBytes +=
                     ResultValues::integer(rows.value(row, QStringLiteral("size_mb"))) * 1024 * 1024;
         },
         true},
        {CheckSql::services(),
         {},
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row) {
                 if (ResultValues::text(rows.value(row, QStringLiteral("servicename")))
                         .startsWith(QLatin1String("SQL Server Agent"), Qt::CaseInsensitive))
                     side->agentState = ResultValues::text(rows.value(row, QStringLiteral("status_desc")));
             }
         },
         true},
        {LogShippingSql::primaryState(db),
         tr("Reading the log shipping primary configuration on %1 failed.").arg(instance),
         [side](const StatementResult& rows) {
             side->configured = !rows.rows.isEmpty();
             side->jobIds = QStringList{
                 normalizedGuid(ResultValues::text(rows.value(0, QStringLiteral("backup_job_id"))))};
             side->lastFile = ResultValues::text(rows.value(0, QStringLiteral("last_backup_file")));
         }},
        {LogShippingSql::primarySecondaries(db),
         tr("Reading the log shipping secondaries of %1 on %2 failed.").arg(db, instance),
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row)
                 side->secondaryEntries << secondaryEntry(
                     ResultValues::text(rows.value(row, QStringLiteral("secondary_server"))),
                     ResultValues::text(rows.value(row, QStringLiteral("secondary_database"))));
         }},
        {LogShippingSql::logShippingJobs(),
         tr("Reading the SQL Server Agent jobs of %1 failed.").arg(instance),
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row) {
                 LogShippingJobInfo job;
                 job.jobId = normalizedGuid(ResultValues::text(rows.value(row, QStringLiteral("job_id"))));
                 job.name = ResultValues::text(rows.value(row, QStringLiteral("name")));
                 job.enabled = ResultValues::flag(rows.value(row, QStringLiteral("enabled")));
                 job.scheduleName = ResultValues::text(rows.value(row, QStringLiteral("schedule_name")));
                 job.scheduleEnabled =
                     ResultValues::flag(rows.value(row, QStringLiteral("schedule_enabled")));
                 side->jobs << job;
             }
         }},
    };
}

QList<LogShippingStep::Read> LogShippingStep::secondaryReads()
{
    const QString db = m_plan.mgcDatabase;
    const QString instance = m_plan.backupInstance.name;
    Side* const side = &m_secondary;
    *side = Side{};
    return {
        {CheckSql::databases({db}), tr("Reading the state of %1 on %2 failed.").arg(db, instance),
         [side](const StatementResult& rows) {
             side->databaseExists = !rows.rows.isEmpty();
             side->databaseState = ResultValues::text(rows.value(0, QStringLiteral("state_desc")));
             side->recoveryModel = ResultValues::text(rows.value(0, QStringLiteral("recovery_model_desc")));
             side->standby = ResultValues::flag(rows.value(0, QStringLiteral("is_in_standby")));
         }},
        {CheckSql::services(),
         {},
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row) {
                 if (ResultValues::text(rows.value(row, QStringLiteral("servicename")))
                         .startsWith(QLatin1String("SQL Server Agent"), Qt::CaseInsensitive))
                     side->agentState = ResultValues::text(rows.value(row, QStringLiteral("status_desc")));
             }
         },
         true},
        {LogShippingSql::secondaryState(db),
         tr("Reading the log shipping secondary configuration on %1 failed.").arg(instance),
         [side](const StatementResult& rows) {
             side->configured = !rows.rows.isEmpty();
             side->primaryServer = ResultValues::text(rows.value(0, QStringLiteral("primary_server")));
             side->jobIds = QStringList{
                 normalizedGuid(ResultValues::text(rows.value(0, QStringLiteral("copy_job_id")))),
                 normalizedGuid(ResultValues::text(rows.value(0, QStringLiteral("restore_job_id"))))};
             side->lastFile = ResultValues::text(rows.value(0, QStringLiteral("last_restored_file")));
             side->lastCopiedFile = ResultValues::text(rows.value(0, QStringLiteral("last_copied_file")));
         }},
        {LogShippingSql::logShippingJobs(),
         tr("Reading the SQL Server Agent jobs of %1 failed.").arg(instance),
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row) {
                 LogShippingJobInfo job;
                 job.jobId = normalizedGuid(ResultValues::text(rows.value(row, QStringLiteral("job_id"))));
                 job.name = ResultValues::text(rows.value(row, QStringLiteral("name")));
                 job.enabled = ResultValues::flag(rows.value(row, QStringLiteral("enabled")));
                 job.scheduleName = ResultValues::text(rows.value(row, QStringLiteral("schedule_name")));
                 job.scheduleEnabled =
                     ResultValues::flag(rows.value(row, QStringLiteral("schedule_enabled")));
                 side->jobs << job;
             }
         }},
        {RestoreSql::sessionsInDatabase(db), tr("Reading the sessions in %1 on %2 failed.").arg(db, instance),
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row) {
                 SessionInfo info;
                 info.sessionId = int(ResultValues::integer(rows.value(row, QStringLiteral("session_id"))));
                 info.loginName = ResultValues::text(rows.value(row, QStringLiteral("login_name")));
                 info.hostName = ResultValues::text(rows.value(row, QStringLiteral("host_name")));
                 info.programName = ResultValues::text(rows.value(row, QStringLiteral("program_name")));
                 side->sessions << info;
             }
         },
         true},
    };
}

void LogShippingStep::runReads(StepSession* session, QList<Read> reads, bool inspection,
                               std::function<void()> then)
{
    if (reads.isEmpty()) {
        then();
        return;
    }
    const Read read = reads.takeFirst();
    session->execute(read.batch, [this, session, reads, read, inspection, then](const BatchResult& result) {
        if (!result.succeeded() && !(read.optional && result.outcome == BatchResult::Outcome::Failed)) {
            failBatch(result, read.failure.isEmpty() ? tr("Reading the state failed.") : read.failure,
                      inspection);
            return;
        }
        if (result.succeeded())
            read.take(result.statements.value(0));
        runReads(session, reads, inspection, then);
    });
}

void LogShippingStep::readBoth(bool inspection, std::function<void()> then)
{
    StepSession* primary = newSession(m_plan.primaryInstance);
    primary->open(
        [this, primary, inspection, then] {
            runReads(primary, primaryReads(), inspection, [this, inspection, then] {
                StepSession* secondary = newSession(m_plan.backupInstance);
                secondary->open([this, secondary, inspection,
                                 then] { runReads(secondary, secondaryReads(), inspection, then); },
                                [this, inspection](const SqlMessages& messages) {
                                    failOpen(messages, m_plan.backupInstance, inspection);
                                });
            });
        },
        [this, inspection](const SqlMessages& messages) {
            failOpen(messages, m_plan.primaryInstance, inspection);
        });
}

bool LogShippingStep::jobReady(const LogShippingJobInfos& jobs, const QString& jobId) const
{
    if (jobId.isEmpty())
        return false;
    return std::any_of(jobs.cbegin(), jobs.cend(), [&jobId](const LogShippingJobInfo& job) {
        return job.jobId == jobId && job.enabled && !job.scheduleName.isEmpty() && job.scheduleEnabled;
    });
}

bool LogShippingStep::primaryComplete() const
{
    return m_primary.configured && jobReady(m_primary.jobs, m_primary.jobIds.value(0)) &&
           m_primary.secondaryEntries.contains(
               secondaryEntry(m_plan.backupInstance.name, m_plan.mgcDatabase));
}

bool LogShippingStep::secondaryComplete() const
{
    return m_secondary.configured &&
           m_secondary.primaryServer.compare(m_plan.primaryInstance.name, Qt::CaseInsensitive) == 0 &&
           jobReady(m_secondary.jobs, m_secondary.jobIds.value(0)) &&
           jobReady(m_secondary.jobs, m_secondary.jobIds.value(1));
}

bool LogShippingStep::isFullyConfigured() const
{
    return primaryComplete() && secondaryComplete();
}

QStringList LogShippingStep::missingParts() const
{
    const QString db = m_plan.mgcDatabase;
    const QString primary = m_plan.primaryInstance.name;
    const QString secondary = m_plan.backupInstance.name;
    QStringList missing;
    if (!m_primary.configured)
        missing << tr("%1 on %2 is not a log shipping primary (msdb.dbo.log_shipping_primary_databases)")
                       .arg(db, primary);
    else if (!jobReady(m_primary.jobs, m_primary.jobIds.value(0)))
        missing << tr("the backup job on %1 is missing, disabled or has no enabled schedule").arg(primary);
    if (m_primary.configured && !m_primary.secondaryEntries.contains(secondaryEntry(secondary, db)))
        missing << tr("%1 has no secondary entry for %2.%3 (msdb.dbo.log_shipping_primary_secondaries)")
                       .arg(primary, secondary, db);
    if (!m_secondary.configured)
        missing << tr("%1 on %2 is not a log shipping secondary (msdb.dbo.log_shipping_secondary_databases)")
                       .arg(db, secondary);
    else {
        if (m_secondary.primaryServer.compare(primary, Qt::CaseInsensitive) != 0)
            missing << tr("the secondary on %1 follows %2, not %3")
                           .arg(secondary, m_secondary.primaryServer, primary);
        if (!jobReady(m_secondary.jobs, m_secondary.jobIds.value(0)))
            missing
                << tr("the copy job on %1 is missing, disabled or has no enabled schedule").arg(secondary);
        if (!jobReady(m_secondary.jobs, m_secondary.jobIds.value(1)))
            missing
                << tr("the restore job on %1 is missing, disabled or has no enabled schedule").arg(secondary);
    }
    return missing;
}

// ---- inspecting -------------------------------------------------------------------------------------------

void LogShippingStep::inspect(const Plan& plan)
{
    m_plan = withDefaults(plan);
    setStatus(StepStatus::Inspecting);
    readBoth(true, [this] { inspectionDone(); });
}

StepFindings LogShippingStep::inspectionFindings() const
{
    const QString db = m_plan.mgcDatabase;
    const QString primary = m_plan.primaryInstance.name;
    const QString secondary = m_plan.backupInstance.name;
    const auto describeJobs = [this](const LogShippingJobInfos& jobs) {
        QStringList parts;
        for (const LogShippingJobInfo& job : jobs) {
            parts << (job.scheduleName.isEmpty()
                          ? tr("%1 (%2, no schedule)")
                                .arg(job.name, job.enabled ? tr("enabled") : tr("disabled"))
                          : tr("%1 (%2, schedule %3 %4)")
                                .arg(job.name, job.enabled ? tr("enabled") : tr("disabled"), job.scheduleName,
                                     job.scheduleEnabled ? tr("enabled") : tr("disabled")));
        }
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
    };
    const auto agent = [this](const QString& state, const QString& instance) {
        return StepFinding{tr("SQL Server Agent on %1").arg(instance),
                           state.isEmpty() ? tr("unknown (sys.dm_server_services could not be read)") : state,
                           state.isEmpty() ||
                               state.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0};
    };
    StepFindings findings;
    findings << StepFinding{
        tr("%1 on %2: log shipping primary").arg(db, primary),
        m_primary.configured ? (primaryComplete() ? tr("yes, with an enabled, scheduled backup job and the "
                                                       "secondary %1")
                                                        .arg(secondary)
                                                  : tr("yes, but incomplete"))
                             : tr("no"),
        true};
    findings << StepFinding{tr("%1 on %2: log shipping secondary").arg(db, secondary),
                            m_secondary.configured
                                ? (secondaryComplete()
                                       ? tr("yes, of %1, with enabled, scheduled copy and restore jobs")
                                             .arg(m_secondary.primaryServer)
                                       : tr("yes (of %1), but incomplete").arg(m_secondary.primaryServer))
                                : tr("no"),
                            true};
    const bool simple = m_primary.recoveryModel.compare(QLatin1String("SIMPLE"), Qt::CaseInsensitive) == 0;
    findings << StepFinding{tr("%1 on %2: recovery model").arg(db, primary),
                            !m_primary.databaseExists
                                ? tr("the database does not exist (run step 4 first)")
                                : (simple ? tr("SIMPLE: log shipping needs FULL or BULK_LOGGED (error 32015)")
                                          : m_primary.recoveryModel),
                            m_primary.databaseExists && !simple};
    findings << agent(m_primary.agentState, primary);
    findings << agent(m_secondary.agentState, secondary);
    findings << StepFinding{tr("Log shipping jobs on %1").arg(primary), describeJobs(m_primary.jobs), true};
    findings << StepFinding{tr("Log shipping jobs on %1").arg(secondary), describeJobs(m_secondary.jobs),
                            true};
    const bool initializes = m_plan.logShipping.initialization != SecondaryInitialization::AlreadyInitialized;
    QString state = m_secondary.databaseExists ? m_secondary.databaseState : tr("does not exist");
    if (m_secondary.standby)
        state += tr(" (standby)");
    const int others = int(m_secondary.sessions.size());
    if (others > 0)
        state += tr(", %n other session(s) use it", nullptr, others);
    if (initializes && isRestoring(m_secondary.databaseState, m_secondary.standby) && m_primary.configured)
        state += tr("; initialized by an earlier run, the run skips the initialization");
    else if (initializes && m_secondary.databaseExists)
        state += tr("; the initialization overwrites it");
    findings << StepFinding{tr("%1 on %2").arg(db, secondary), state,
                            !initializes || others == 0 || m_plan.restore.closeExistingConnections};
    return findings;
}

void LogShippingStep::inspectionDone()
{
    setStatus(isFullyConfigured() ? StepStatus::AlreadyDone : StepStatus::Ready);
    setFindings(inspectionFindings());
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
    m_restoreBatches.clear();
    m_singleUserSet = false;
    m_restoreStarted = false;
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
    if (!m_primary.databaseExists || m_primary.databaseState != u"ONLINE") {
        refused.summary = m_primary.databaseExists
                              ? tr("%1 is %2 on %3, not ONLINE; nothing was changed.")
                                    .arg(db, m_primary.databaseState, primary)
                              : tr("%1 does not exist on %2; nothing was changed.").arg(db, primary);
        refused.remedy = tr("Restore %1 on %2 first (step 4), then run this step.").arg(db, primary);
        finish(refused);
        return;
    }
    if (m_primary.recoveryModel.compare(QLatin1String("SIMPLE"), Qt::CaseInsensitive) == 0) {
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
    if (!m_primary.agentState.isEmpty() &&
        m_primary.agentState.compare(QLatin1String("Running"), Qt::CaseInsensitive) != 0)
        stopped << primary;
    if (!m_secondary.agentState.isEmpty() &&
        m_secondary.agentState.compare(QLatin1String("Running"), Qt::CaseInsensitive) != 0)
        stopped << secondary;
    if (!stopped.isEmpty()) {
        // The configuration would succeed, but no job would ever run: the procedure requires Agent first.
        refused.summary =
            tr("SQL Server Agent is not running on %1; nothing was changed.").arg(stopped.join(tr(" and ")));
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
    if (isRestoring(m_secondary.databaseState, m_secondary.standby) && m_primary.configured) {
        // The primary is configured only after the restore succeeded: an earlier run initialized the
        // secondary, and the log backups since continue its chain. Initializing again would only cost time.
        const QString why =
            tr("Skipped: %1 on %2 is already %3 and %4 is a log shipping primary, so an earlier "
               "run initialized it.")
                .arg(db, secondary,
                     m_secondary.standby ? QStringLiteral("STANDBY") : m_secondary.databaseState, primary);
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
            startProbe(m_plan.primaryInstance, QStringLiteral("BACKUP"), m_primary.databaseBytes);
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
    m_restoreBatches = LogShippingSql::initializationRestore(m_plan);
    setSubStep(InitRestore, StepStatus::Running, m_plan.initializationBackupPath());
    m_lastPercent = 0;
    StepSession* worker = newWorker(m_plan.backupInstance);
    worker->open([this] { runNextRestoreBatch(); },
                 [this](const SqlMessages& messages) {
                     setSubStep(InitRestore, StepStatus::Failed, tr("Could not connect."));
                     failOpen(messages, m_plan.backupInstance, false);
                 });
}

void LogShippingStep::runNextRestoreBatch()
{
    if (m_restoreBatches.isEmpty()) {
        startPrimaryConfiguration();
        return;
    }
    if (m_cancelRequested && !m_restoreStarted) {
        BatchResult cancelled;
        cancelled.outcome = BatchResult::Outcome::Cancelled;
        restoreInterrupted(cancelled);
        return;
    }
    const QString batch = m_restoreBatches.takeFirst();
    const bool isRestore = batch.startsWith(QLatin1String("RESTORE"), Qt::CaseInsensitive);
    const bool isSingleUser = batch == RestoreSql::setSingleUser(m_plan.mgcDatabase);
    if (isRestore) {
        m_restoreStarted = true;
        startProbe(m_plan.backupInstance, QStringLiteral("RESTORE"), m_primary.databaseBytes);
    }
    m_worker->execute(batch, [this, isRestore, isSingleUser](const BatchResult& result) {
        if (isRestore)
            stopProbe();
        if (!result.succeeded()) {
            restoreInterrupted(result);
            return;
        }
        if (isSingleUser)
            m_singleUserSet = true;
        if (isRestore) {
            m_singleUserSet = false; // a database left restoring takes the backup's access mode
            ProgressSample done;
            done.command = QStringLiteral("RESTORE DATABASE");
            done.percent = 100;
            done.elapsedMs = result.elapsedMs;
            Q_EMIT progress(done);
            setSubStep(InitRestore, StepStatus::Done,
                       tr("%1 restored in %2 s; %3 is %4 on %5.")
                           .arg(m_plan.initializationBackupPath(),
                                QString::number(double(result.elapsedMs) / 1000.0, 'f', 1),
                                m_plan.mgcDatabase,
                                m_plan.logShipping.restoreMode == LogRestoreMode::Standby
                                    ? QStringLiteral("STANDBY")
                                    : QStringLiteral("RESTORING"),
                                m_plan.backupInstance.name));
            m_done << tr("the restore on %1").arg(m_plan.backupInstance.name);
        }
        runNextRestoreBatch();
    });
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
    const bool giveBack = m_singleUserSet;
    m_singleUserSet = false;
    const auto report = [this, result, db, secondary](const QString& state) {
        StepOutcome outcome;
        if (result.outcome == BatchResult::Outcome::Cancelled) {
            setSubStep(InitRestore, StepStatus::Cancelled, state);
            finishCancelled(tr("The restore on %1 was cancelled at %2 percent. %3")
                                .arg(secondary, QString::number(qRound(m_lastPercent)), state));
            return;
        }
        outcome.status = StepStatus::Failed;
        outcome.error = result.outcome == BatchResult::Outcome::ConnectionLost
                            ? ErrorAdvice::lostConnection(result.messages)
                            : ErrorAdvice::decisiveError(result.messages);
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
        [this, session, giveBack, readState] {
            if (!giveBack) {
                readState();
                return;
            }
            // The restore did not start: give the database back to its users.
            session->execute(RestoreSql::setMultiUser(m_plan.mgcDatabase),
                             [readState](const BatchResult&) { readState(); });
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
    setSubStep(index, StepStatus::Failed,
               result.outcome == BatchResult::Outcome::ConnectionLost
                   ? ErrorAdvice::lostConnection(result.messages).text
                   : ErrorAdvice::decisiveError(result.messages).text);
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
                .arg(db, missingParts().join(tr("; ")));
        outcome.remedy = tr("Run the step (again): its scripts replace existing entries (@overwrite = 1).");
        finish(outcome);
    });
}

// ---- cancel -----------------------------------------------------------------------------------------------

void LogShippingStep::cancel()
{
    if (m_waiting) {
        failWait(tr("Waiting for the first log backup was cancelled."),
                 tr("The jobs already started run on in SQL Server Agent; verify again later."));
        return;
    }
    SqlStep::cancel();
}

// ---- waiting for the first log backup, copy and restore ---------------------------------------------------

StepSession* LogShippingStep::makeWaitSession(const InstanceSettings& instance)
{
    auto* session = new StepSession(instance, this);
    session->setCommandGate(forwardingGate());
    connect(session, &StepSession::commandStarted, this, &FailbackStep::commandStarted);
    connect(session, &StepSession::commandFinished, this, &FailbackStep::commandFinished);
    connect(session, &StepSession::message, this, &FailbackStep::message);
    return session;
}

QString LogShippingStep::waitJobName(int index) const
{
    const LogShippingSettings& ls = m_waitPlan.logShipping;
    return index == 0 ? ls.backupJobName : (index == 1 ? ls.copyJobName : ls.restoreJobName);
}

StepSession* LogShippingStep::waitSession(int index) const
{
    return index == 0 ? m_waitPrimary.data() : m_waitSecondary.data();
}

QString LogShippingStep::waitInstanceName(int index) const
{
    return index == 0 ? m_waitPlan.primaryInstance.name : m_waitPlan.backupInstance.name;
}

void LogShippingStep::waitForFirstLogShipped(const Plan& plan, int timeoutMs)
{
    if (m_waiting)
        return;
    m_waitPlan = withDefaults(plan);
    m_waiting = true;
    m_waitIndex = 0;
    m_pollBusy = false;
    m_restoredFile.clear();
    m_deadline.start(timeoutMs);
    m_waitPrimary = makeWaitSession(m_waitPlan.primaryInstance);
    m_waitSecondary = makeWaitSession(m_waitPlan.backupInstance);
    const auto openFailed = [this](const InstanceSettings& instance) {
        return [this, instance](const SqlMessages& messages) {
            failWait(tr("Could not connect to %1: %2")
                         .arg(instance.name, messages.isEmpty() ? QString() : messages.constFirst().text),
                     ErrorAdvice::remedyForOpenFailure(messages, instance));
        };
    };
    m_waitPrimary->open(
        [this, openFailed] {
            m_waitSecondary->open([this] { startWaitJob(0); }, openFailed(m_waitPlan.backupInstance));
        },
        openFailed(m_waitPlan.primaryInstance));
}

void LogShippingStep::startWaitJob(int index)
{
    m_waitIndex = index;
    StepSession* session = waitSession(index);
    const QString job = waitJobName(index);
    const QString instance = waitInstanceName(index);
    session->execute(LogShippingSql::lastJobHistoryId(job), [this, session, job,
                                                             instance](const BatchResult& baseline) {
        if (!m_waiting)
            return;
        if (!baseline.succeeded()) {
            const SqlMessage error = ErrorAdvice::decisiveError(baseline.messages);
            failWait(tr("Reading the history of %1 on %2 failed: %3").arg(job, instance, error.text),
                     ErrorAdvice::remedy(error));
            return;
        }
        m_historyBaseline =
            ResultValues::integer(baseline.statements.value(0).value(0, QStringLiteral("instance_id")));
        m_jobClock.start();
        Q_EMIT firstLogProgress(job, StepStatus::Running, tr("Started on %1.").arg(instance), 0);
        session->execute(LogShippingSql::startJob(job), [this, job, instance](const BatchResult& started) {
            if (!m_waiting)
                return;
            if (!started.succeeded()) {
                const SqlMessage error = started.outcome == BatchResult::Outcome::ConnectionLost
                                             ? ErrorAdvice::lostConnection(started.messages)
                                             : ErrorAdvice::decisiveError(started.messages);
                Q_EMIT firstLogProgress(job, StepStatus::Failed, error.text, m_jobClock.elapsed());
                failWait(tr("%1 could not be started on %2: %3").arg(job, instance, error.text),
                         ErrorAdvice::remedy(error));
                return;
            }
            m_pollBusy = false;
            m_pollTimer.start();
            pollWaitJob();
        });
    });
}

void LogShippingStep::pollWaitJob()
{
    if (!m_waiting || m_pollBusy)
        return;
    StepSession* session = waitSession(m_waitIndex);
    if (!session)
        return;
    m_pollBusy = true;
    const QString job = waitJobName(m_waitIndex);
    const QString instance = waitInstanceName(m_waitIndex);
    session->execute(LogShippingSql::jobHistorySince(job, m_historyBaseline), [this, job, instance](
                                                                                  const BatchResult& result) {
        m_pollBusy = false;
        if (!m_waiting)
            return;
        if (!result.succeeded()) {
            const SqlMessage error = result.outcome == BatchResult::Outcome::ConnectionLost
                                         ? ErrorAdvice::lostConnection(result.messages)
                                         : ErrorAdvice::decisiveError(result.messages);
            failWait(tr("Reading the history of %1 on %2 failed: %3").arg(job, instance, error.text),
                     ErrorAdvice::remedy(error));
            return;
        }
        const StatementResult rows = result.statements.value(0);
        QString stepFailure;
        for (int row = 0; row < rows.rows.size(); ++row) {
            const int stepId = int(ResultValues::integer(rows.value(row, QStringLiteral("step_id"))));
            const int status = int(ResultValues::integer(rows.value(row, QStringLiteral("run_status")), -1));
            const QString message = ResultValues::text(rows.value(row, QStringLiteral("message")));
            if (stepId > 0 && status == 0 && stepFailure.isEmpty())
                stepFailure = message;
            if (stepId != 0)
                continue;
            // The job outcome row: the job has ended.
            m_pollTimer.stop();
            if (status == 1) {
                waitJobSucceeded(message);
                return;
            }
            const QString shown = stepFailure.isEmpty() ? message : stepFailure;
            Q_EMIT firstLogProgress(job, StepStatus::Failed, shown, m_jobClock.elapsed());
            failWait(tr("%1 failed on %2: %3").arg(job, instance, shown),
                     ErrorAdvice::remedyForJobFailure(shown, job, instance));
            return;
        }
    });
}

void LogShippingStep::waitJobSucceeded(const QString& message)
{
    const int index = m_waitIndex;
    const QString job = waitJobName(index);
    const qint64 took = m_jobClock.elapsed();
    const QString db = m_waitPlan.mgcDatabase;
    StepSession* session = waitSession(index);
    // The file the job handled, from the log-shipping tables, for the page's "first log file".
    const QString batch = index == 0 ? LogShippingSql::primaryState(db) : LogShippingSql::secondaryState(db);
    session->execute(batch, [this, index, job, took, message](const BatchResult& result) {
        if (!m_waiting)
            return;
        const StatementResult rows = result.statements.value(0);
        const QString column = index == 0   ? QStringLiteral("last_backup_file")
                               : index == 1 ? QStringLiteral("last_copied_file")
                                            : QStringLiteral("last_restored_file");
        const QString file = ResultValues::text(rows.value(0, column));
        QString detail = message;
        if (!file.isEmpty())
            detail = index == 0   ? tr("Backed up %1.").arg(file)
                     : index == 1 ? tr("Copied %1.").arg(file)
                                  : tr("Restored %1.").arg(file);
        Q_EMIT firstLogProgress(job, StepStatus::Done, detail, took);
        if (index < 2) {
            startWaitJob(index + 1);
            return;
        }
        if (file.isEmpty()) {
            failWait(tr("%1 succeeded on %2, but no log backup has been restored yet (last_restored_file is "
                        "empty).")
                         .arg(job, m_waitPlan.backupInstance.name),
                     tr("A restore delay in the plan (%1 minutes) postpones the restore of new log backups. "
                        "Otherwise check the copy destination folder and the history of the copy job, then "
                        "verify again later.")
                         .arg(m_waitPlan.logShipping.restoreDelayMinutes));
            return;
        }
        m_restoredFile = file;
        endWait();
        Q_EMIT firstLogShipped(true, file, {}, {});
    });
}

void LogShippingStep::failWait(const QString& error, const QString& remedy)
{
    if (!m_waiting)
        return;
    endWait();
    Q_EMIT firstLogShipped(false, m_restoredFile, error, remedy);
}

void LogShippingStep::endWait()
{
    m_waiting = false;
    m_pollTimer.stop();
    m_deadline.stop();
    if (m_waitPrimary)
        m_waitPrimary->retire();
    if (m_waitSecondary)
        m_waitSecondary->retire();
}

} // namespace pchat
