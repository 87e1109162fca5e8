#include "failoverremovelogshippingstep.h"

#include "backend/sql/erroradvice.h"
#include "backend/sql/failoversql.h"
#include "resultvalues.h"
#include "stepsession.h"

#include <QLocale>

namespace pchat {

namespace {

// sp_delete_log_shipping_secondary_database: "Database %s does not exist as log shipping secondary."
constexpr int notASecondary = 32014;

QString dateText(const QDateTime& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

FailoverRemoveLogShippingStep::FailoverRemoveLogShippingStep(QObject* parent)
    : SqlStep(StepId::FailoverRemoveLogShipping, parent)
{
}

FailoverRemoveLogShippingStep::~FailoverRemoveLogShippingStep() = default;

QString FailoverRemoveLogShippingStep::readBatch() const
{
    QStringList statements{FailoverSql::logShippingRecord(m_plan.mgcDatabase),
                           FailoverSql::secondaryJobs(m_plan.mgcDatabase),
                           FailoverSql::remainingLogShipping(m_plan.mgcDatabase)};
    const QString jobs = FailoverSql::jobsNamed(m_record.jobNames);
    if (!jobs.isEmpty())
        statements << jobs;
    return statements.join(QLatin1Char('\n'));
}

void FailoverRemoveLogShippingStep::takeState(const BatchResult& result)
{
    const auto statement = [&result](int index) {
        return index < result.statements.size() ? result.statements.at(index) : StatementResult{};
    };
    const StatementResult monitor = statement(0);
    if (!monitor.rows.isEmpty()) {
        // Only a reading while log shipping is configured replaces the record: after the removal msdb has
        // nothing left, and what it knew before is what the page and the report must keep.
        LogShippingRecord record;
        record.known = true;
        record.primaryServer = ResultValues::text(monitor.value(0, QStringLiteral("primary_server")));
        record.primaryDatabase = ResultValues::text(monitor.value(0, QStringLiteral("primary_database")));
        record.lastCopiedFile = ResultValues::text(monitor.value(0, QStringLiteral("last_copied_file")));
        record.lastCopiedDate = ResultValues::dateTime(monitor.value(0, QStringLiteral("last_copied_date")));
        record.lastRestoredFile = ResultValues::text(monitor.value(0, QStringLiteral("last_restored_file")));
        record.lastRestoredDate =
            ResultValues::dateTime(monitor.value(0, QStringLiteral("last_restored_date")));
        record.shareFolder = ResultValues::text(monitor.value(0, QStringLiteral("backup_source_directory")));
        record.copyFolder =
            ResultValues::text(monitor.value(0, QStringLiteral("backup_destination_directory")));
        const StatementResult jobs = statement(1);
        for (int row = 0; row < jobs.rows.size(); ++row)
            record.jobNames << ResultValues::text(jobs.value(row, QStringLiteral("name")));
        record.readAt = QDateTime::currentDateTime();
        m_record = record;
    }
    const StatementResult remaining = statement(2);
    qint64 rows = 0;
    for (const char* column : {"secondary_database_rows", "monitor_rows", "orphaned_secondary_rows"})
        rows += ResultValues::integer(remaining.value(0, QString::fromLatin1(column)));
    m_remainingJobs.clear();
    const StatementResult named = statement(3);
    for (int row = 0; row < named.rows.size(); ++row)
        m_remainingJobs << ResultValues::text(named.value(row, QStringLiteral("name")));
    m_configured = rows > 0 || !m_remainingJobs.isEmpty();
}

void FailoverRemoveLogShippingStep::readState(Phase phase, std::function<void()> then)
{
    const bool inspecting = phase == Phase::Inspect;
    StepSession* session = newSession(m_plan.backupInstance);
    session->open(
        [this, session, inspecting, then] {
            session->execute(readBatch(), [this, inspecting, then](const BatchResult& result) {
                if (!result.succeeded()) {
                    failBatch(result,
                              tr("Reading the log shipping configuration on %1 failed.")
                                  .arg(m_plan.backupInstance.name),
                              inspecting);
                    return;
                }
                takeState(result);
                then();
            });
        },
        [this, inspecting](const SqlMessages& messages) {
            failOpen(messages, m_plan.backupInstance, inspecting);
        });
}

StepFindings FailoverRemoveLogShippingStep::findingsFromState() const
{
    StepFindings findings;
    const QString database = m_plan.mgcDatabase;
    findings << StepFinding{tr("%1: log shipping secondary").arg(database),
                            m_configured ? tr("configured on %1").arg(m_plan.backupInstance.name)
                                         : tr("not configured (removed)")};
    if (!m_record.known) {
        if (m_configured)
            findings << StepFinding{tr("Log shipping monitor"), tr("no row for %1").arg(database), false};
        return findings;
    }
    // Said on each line, since these lines go into the audit trail and the report on their own.
    const QString before = m_configured ? QString() : tr(" (before the removal)");
    const auto file = [](const QString& name, const QDateTime& date) {
        if (name.isEmpty())
            return tr("none");
        return date.isValid() ? tr("%1 at %2").arg(name, dateText(date)) : name;
    };
    findings << StepFinding{tr("Primary server and database") + before,
                            tr("%1, %2").arg(m_record.primaryServer, m_record.primaryDatabase)}
             << StepFinding{tr("Last copied file") + before,
                            file(m_record.lastCopiedFile, m_record.lastCopiedDate)}
             << StepFinding{tr("Last restored file") + before,
                            file(m_record.lastRestoredFile, m_record.lastRestoredDate)}
             << StepFinding{tr("Source folder (share)") + before, m_record.shareFolder}
             << StepFinding{tr("Destination folder for copied files") + before, m_record.copyFolder}
             << StepFinding{tr("Copy and restore jobs") + before,
                            m_record.jobNames.isEmpty() ? tr("none")
                                                        : m_record.jobNames.join(QLatin1String(", "))};
    if (!m_remainingJobs.isEmpty())
        findings << StepFinding{tr("Jobs still in msdb"), m_remainingJobs.join(QLatin1String(", ")), false};
    return findings;
}

void FailoverRemoveLogShippingStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    readState(Phase::Inspect, [this] {
        if (m_configured) {
            setStatus(StepStatus::Ready);
        } else {
            StepOutcome outcome;
            outcome.status = StepStatus::AlreadyDone;
            outcome.summary = tr("Log shipping is already removed from %1 on %2.")
                                  .arg(m_plan.mgcDatabase, m_plan.backupInstance.name);
            setOutcome(outcome);
        }
        // Last: the findings announce the end of the inspection (inspected()).
        setFindings(findingsFromState());
    });
}

void FailoverRemoveLogShippingStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    setStatus(StepStatus::Running);
    // Read again right before the removal: the record then holds the copy job's latest file.
    readState(Phase::Run, [this] {
        setFindings(findingsFromState());
        if (!m_configured) {
            evaluate(Phase::Run);
            return;
        }
        remove();
    });
}

void FailoverRemoveLogShippingStep::remove()
{
    if (m_cancelRequested) {
        readState(Phase::VerifyAfterCancel, [this] { evaluate(Phase::VerifyAfterCancel); });
        return;
    }
    m_session->execute(FailoverSql::removeLogShipping(m_plan.mgcDatabase), [this](const BatchResult& result) {
        const SqlMessage decisive = ErrorAdvice::decisiveError(result.messages);
        if (result.succeeded() || decisive.number == notASecondary) {
            readState(Phase::VerifyAfterRun, [this] { evaluate(Phase::VerifyAfterRun); });
            return;
        }
        if (result.outcome == BatchResult::Outcome::Cancelled ||
            result.outcome == BatchResult::Outcome::ConnectionLost) {
            // What the server did is read back on a new connection either way.
            readState(Phase::VerifyAfterCancel, [this] { evaluate(Phase::VerifyAfterCancel); });
            return;
        }
        StepOutcome outcome;
        outcome.status = StepStatus::Failed;
        outcome.error = decisive;
        outcome.summary = tr("Removing log shipping from %1 failed.").arg(m_plan.mgcDatabase);
        outcome.remedy = ErrorAdvice::remedy(outcome.error);
        finish(outcome);
    });
}

void FailoverRemoveLogShippingStep::verify(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Verifying);
    readState(Phase::Verify, [this] { evaluate(Phase::Verify); });
}

void FailoverRemoveLogShippingStep::evaluate(Phase phase)
{
    setFindings(findingsFromState());
    StepOutcome outcome;
    if (!m_configured) {
        outcome.status = phase == Phase::Run                 ? StepStatus::AlreadyDone
                         : phase == Phase::VerifyAfterCancel ? StepStatus::Cancelled
                                                             : StepStatus::Done;
        outcome.summary =
            phase == Phase::Run
                ? tr("Log shipping was already removed from %1; nothing was sent.").arg(m_plan.mgcDatabase)
                : tr("Log shipping is removed from %1 on %2: msdb no longer lists it as a secondary, and its "
                     "copy and restore jobs are gone. The database stays as it is (RESTORING or STANDBY).")
                      .arg(m_plan.mgcDatabase, m_plan.backupInstance.name);
        finish(outcome);
        return;
    }
    outcome.status = phase == Phase::VerifyAfterCancel ? StepStatus::Cancelled : StepStatus::Failed;
    outcome.summary =
        tr("msdb on %1 still lists log shipping for %2.").arg(m_plan.backupInstance.name, m_plan.mgcDatabase);
    if (outcome.status == StepStatus::Failed)
        outcome.remedy = tr("Run the step (again) to remove it; if it stays, remove the secondary in SSMS: "
                            "database Properties, Transaction Log Shipping.");
    finish(outcome);
}

} // namespace pchat
