#include "logshippingstate.h"

#include "backend/sql/batchresult.h"
#include "backend/sql/checksql.h"
#include "backend/sql/logshippingsql.h"
#include "backend/sql/restoresql.h"
#include "backend/sql/servicestate.h"
#include "resultvalues.h"
#include "stepsession.h"

#include <algorithm>

namespace pchat {

namespace {

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

bool jobReady(const LogShippingJobInfos& jobs, const QString& jobId)
{
    if (jobId.isEmpty())
        return false;
    return std::any_of(jobs.cbegin(), jobs.cend(), [&jobId](const LogShippingJobInfo& job) {
        return job.jobId == jobId && job.enabled && !job.scheduleName.isEmpty() && job.scheduleEnabled;
    });
}

} // namespace

LogShippingState::Read LogShippingState::databaseRead(const QString& database, const QString& instance,
                                                      LogShippingSide* side)
{
    return {
        CheckSql::databases({database}), tr("Reading the state of %1 on %2 failed.").arg(database, instance),
        [side](const StatementResult& rows) {
            side->databaseExists = !rows.rows.isEmpty();
            side->databaseState = ResultValues::text(rows.value(0, QStringLiteral("state_desc")));
            side->recoveryModel = ResultValues::text(rows.value(0, QStringLiteral("recovery_model_desc")));
            side->standby = ResultValues::flag(rows.value(0, QStringLiteral("is_in_standby")));
        }};
}

LogShippingState::Read LogShippingState::agentRead(LogShippingSide* side)
{
    return {CheckSql::services(),
            {},
            [side](const StatementResult& rows) {
                for (int row = 0; row < rows.rows.size(); ++row) {
                    if (ResultValues::text(rows.value(row, QStringLiteral("servicename")))
                            .startsWith(QLatin1String("SQL Server Agent"), Qt::CaseInsensitive))
                        side->agentState = ResultValues::text(rows.value(row, QStringLiteral("status_desc")));
                }
            },
            true};
}

LogShippingState::Read LogShippingState::jobsRead(const QString& instance, LogShippingSide* side)
{
    return {LogShippingSql::logShippingJobs(),
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
            }};
}

QList<LogShippingState::Read> LogShippingState::primaryReads(const Plan& plan)
{
    const QString db = plan.mgcDatabase;
    const QString instance = plan.primaryInstance.name;
    LogShippingSide* const side = &m_primary;
    *side = LogShippingSide{};
    return {
        databaseRead(db, instance, side),
        {CheckSql::databaseSizeMb(db),
         {},
         [side](const StatementResult& rows) {
             for (int row = 0; row < rows.rows.size(); ++row)
                 side->databaseBytes +=
                     ResultValues::integer(rows.value(row, QStringLiteral("size_mb"))) * 1024 * 1024;
         },
         true},
        agentRead(side),
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
        jobsRead(instance, side),
    };
}

QList<LogShippingState::Read> LogShippingState::secondaryReads(const Plan& plan)
{
    const QString db = plan.mgcDatabase;
    const QString instance = plan.backupInstance.name;
    LogShippingSide* const side = &m_secondary;
    *side = LogShippingSide{};
    return {
        databaseRead(db, instance, side),
        agentRead(side),
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
        jobsRead(instance, side),
        {RestoreSql::sessionsInDatabase(db), tr("Reading the sessions in %1 on %2 failed.").arg(db, instance),
         [side](const StatementResult& rows) { side->sessions = SessionInfo::fromRows(rows); }, true},
    };
}

void LogShippingState::runReads(StepSession* session, QList<Read> reads, std::function<void()> then,
                                ReadFailed failed)
{
    if (reads.isEmpty()) {
        then();
        return;
    }
    const Read read = reads.takeFirst();
    session->execute(read.batch, [session, reads, read, then, failed](const BatchResult& result) {
        if (!result.succeeded() && !(read.optional && result.outcome == BatchResult::Outcome::Failed)) {
            failed(result, read.failure.isEmpty() ? tr("Reading the state failed.") : read.failure);
            return;
        }
        if (result.succeeded())
            read.take(result.statements.value(0));
        runReads(session, reads, then, failed);
    });
}

bool LogShippingState::primaryComplete(const Plan& plan) const
{
    return m_primary.configured && jobReady(m_primary.jobs, m_primary.jobIds.value(0)) &&
           m_primary.secondaryEntries.contains(secondaryEntry(plan.backupInstance.name, plan.mgcDatabase));
}

bool LogShippingState::secondaryComplete(const Plan& plan) const
{
    return m_secondary.configured &&
           m_secondary.primaryServer.compare(plan.primaryInstance.name, Qt::CaseInsensitive) == 0 &&
           jobReady(m_secondary.jobs, m_secondary.jobIds.value(0)) &&
           jobReady(m_secondary.jobs, m_secondary.jobIds.value(1));
}

QStringList LogShippingState::missingParts(const Plan& plan) const
{
    const QString db = plan.mgcDatabase;
    const QString primary = plan.primaryInstance.name;
    const QString secondary = plan.backupInstance.name;
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

StepFindings LogShippingState::inspectionFindings(const Plan& plan) const
{
    const QString db = plan.mgcDatabase;
    const QString primary = plan.primaryInstance.name;
    const QString secondary = plan.backupInstance.name;
    const auto describeJobs = [](const LogShippingJobInfos& jobs) {
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
    const auto agent = [](const QString& state, const QString& instance) {
        return StepFinding{tr("SQL Server Agent on %1").arg(instance),
                           state.isEmpty() ? tr("unknown (sys.dm_server_services could not be read)")
                                           : ServiceState::display(state),
                           state.isEmpty() || ServiceState::isRunning(state)};
    };
    StepFindings findings;
    findings << StepFinding{tr("%1 on %2: log shipping primary").arg(db, primary),
                            m_primary.configured
                                ? (primaryComplete(plan)
                                       ? tr("yes, with an enabled, scheduled backup job and the "
                                            "secondary %1")
                                             .arg(secondary)
                                       : tr("yes, but incomplete"))
                                : tr("no"),
                            true};
    findings << StepFinding{tr("%1 on %2: log shipping secondary").arg(db, secondary),
                            m_secondary.configured
                                ? (secondaryComplete(plan)
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
    const bool initializes = plan.logShipping.initialization != SecondaryInitialization::AlreadyInitialized;
    // One finding per fact, each a whole text, rather than clauses added to the state.
    const QString state = !m_secondary.databaseExists ? tr("does not exist")
                          : m_secondary.standby       ? tr("%1 (standby)").arg(m_secondary.databaseState)
                                                      : m_secondary.databaseState;
    const int others = int(m_secondary.sessions.size());
    findings << StepFinding{tr("%1 on %2").arg(db, secondary), state, true};
    if (others > 0)
        findings << StepFinding{tr("Other sessions in %1 on %2").arg(db, secondary),
                                tr("%n session(s) use the database", nullptr, others),
                                !initializes || plan.restore.closeExistingConnections};
    if (initializes && m_secondary.isRestoring() && m_primary.configured)
        findings << StepFinding{tr("Initialization of %1 on %2").arg(db, secondary),
                                tr("skipped: an earlier run initialized it"), true};
    else if (initializes && m_secondary.databaseExists)
        findings << StepFinding{tr("Initialization of %1 on %2").arg(db, secondary),
                                tr("overwrites the database"), true};
    return findings;
}

} // namespace pchat
