#include "firstlogwatcher.h"

#include "backend/sql/batchresult.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/logshippingsql.h"
#include "resultvalues.h"
#include "stepsession.h"

namespace pchat {

namespace {

// Often enough that a job's end shows within a second; the history query is cheap.
constexpr int pollIntervalMs = 400;

} // namespace

FirstLogWatcher::FirstLogWatcher(Hooks hooks)
    : m_hooks(std::move(hooks))
{
    m_pollTimer.setInterval(pollIntervalMs);
    m_deadline.setSingleShot(true);
    QObject::connect(&m_pollTimer, &QTimer::timeout, &m_pollTimer, [this] { poll(); });
    QObject::connect(&m_deadline, &QTimer::timeout, &m_deadline, [this] {
        fail(tr("%1 on %2 did not finish within %3 s.")
                 .arg(jobName(m_index), instanceName(m_index), QString::number(m_deadline.interval() / 1000)),
             tr("Check that SQL Server Agent runs on %1 and look at the job's history (SQL Server Agent > "
                "Jobs > %2 > View History). The jobs also run on their schedules: verify again later.")
                 .arg(instanceName(m_index), jobName(m_index)));
    });
}

void FirstLogWatcher::cancel()
{
    fail(tr("Waiting for the first log backup was cancelled."),
         tr("The jobs already started run on in SQL Server Agent; verify again later."));
}

void FirstLogWatcher::start(const Plan& plan, int timeoutMs)
{
    if (m_waiting)
        return;
    m_plan = plan;
    m_waiting = true;
    m_index = 0;
    m_pollBusy = false;
    m_restoredFile.clear();
    m_deadline.start(timeoutMs);
    m_primary = m_hooks.makeSession(m_plan.primaryInstance);
    m_secondary = m_hooks.makeSession(m_plan.backupInstance);
    const auto openFailed = [this](const InstanceSettings& instance) {
        return [this, instance](const SqlMessages& messages) {
            fail(tr("Could not connect to %1: %2")
                     .arg(instance.name, messages.isEmpty() ? QString() : messages.constFirst().text),
                 ErrorAdvice::remedyForOpenFailure(messages, instance));
        };
    };
    m_primary->open(
        [this, openFailed] { m_secondary->open([this] { startJob(0); }, openFailed(m_plan.backupInstance)); },
        openFailed(m_plan.primaryInstance));
}

QString FirstLogWatcher::jobName(int index) const
{
    const LogShippingSettings& ls = m_plan.logShipping;
    return index == 0 ? ls.backupJobName : (index == 1 ? ls.copyJobName : ls.restoreJobName);
}

StepSession* FirstLogWatcher::sessionFor(int index) const
{
    return index == 0 ? m_primary.data() : m_secondary.data();
}

QString FirstLogWatcher::instanceName(int index) const
{
    return index == 0 ? m_plan.primaryInstance.name : m_plan.backupInstance.name;
}

void FirstLogWatcher::startJob(int index)
{
    m_index = index;
    StepSession* session = sessionFor(index);
    const QString job = jobName(index);
    const QString instance = instanceName(index);
    session->execute(LogShippingSql::lastJobHistoryId(job), [this, session, job,
                                                             instance](const BatchResult& baseline) {
        if (!m_waiting)
            return;
        if (!baseline.succeeded()) {
            const SqlMessage error = ErrorAdvice::decisiveError(baseline.messages);
            fail(tr("Reading the history of %1 on %2 failed: %3").arg(job, instance, error.text),
                 ErrorAdvice::remedy(error));
            return;
        }
        m_historyBaseline =
            ResultValues::integer(baseline.statements.value(0).value(0, QStringLiteral("instance_id")));
        m_jobClock.start();
        m_hooks.progress(job, StepStatus::Running, tr("Started on %1.").arg(instance), 0);
        session->execute(LogShippingSql::startJob(job), [this, job, instance](const BatchResult& started) {
            if (!m_waiting)
                return;
            if (!started.succeeded()) {
                const SqlMessage error = ErrorAdvice::errorOf(started);
                m_hooks.progress(job, StepStatus::Failed, error.text, m_jobClock.elapsed());
                fail(tr("%1 could not be started on %2: %3").arg(job, instance, error.text),
                     ErrorAdvice::remedy(error));
                return;
            }
            m_pollBusy = false;
            m_pollTimer.start();
            poll();
        });
    });
}

void FirstLogWatcher::poll()
{
    if (!m_waiting || m_pollBusy)
        return;
    StepSession* session = sessionFor(m_index);
    if (!session)
        return;
    m_pollBusy = true;
    const QString job = jobName(m_index);
    const QString instance = instanceName(m_index);
    session->execute(LogShippingSql::jobHistorySince(job, m_historyBaseline), [this, job, instance](
                                                                                  const BatchResult& result) {
        m_pollBusy = false;
        if (!m_waiting)
            return;
        if (!result.succeeded()) {
            const SqlMessage error = ErrorAdvice::errorOf(result);
            fail(tr("Reading the history of %1 on %2 failed: %3").arg(job, instance, error.text),
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
                jobSucceeded(message);
                return;
            }
            const QString shown = stepFailure.isEmpty() ? message : stepFailure;
            m_hooks.progress(job, StepStatus::Failed, shown, m_jobClock.elapsed());
            fail(tr("%1 failed on %2: %3").arg(job, instance, shown),
                 ErrorAdvice::remedyForJobFailure(shown, job, instance));
            return;
        }
    });
}

void FirstLogWatcher::jobSucceeded(const QString& message)
{
    const int index = m_index;
    const QString job = jobName(index);
    const qint64 took = m_jobClock.elapsed();
    const QString db = m_plan.mgcDatabase;
    StepSession* session = sessionFor(index);
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
        m_hooks.progress(job, StepStatus::Done, detail, took);
        if (index < 2) {
            startJob(index + 1);
            return;
        }
        if (file.isEmpty()) {
            fail(tr("%1 succeeded on %2, but no log backup has been restored yet (last_restored_file is "
                    "empty).")
                     .arg(job, m_plan.backupInstance.name),
                 tr("A restore delay in the plan (%n minute(s)) postpones the restore of new log backups. "
                    "Otherwise check the copy destination folder and the history of the copy job, then "
                    "verify again later.",
                    nullptr, m_plan.logShipping.restoreDelayMinutes));
            return;
        }
        m_restoredFile = file;
        end();
        m_hooks.shipped(true, file, {}, {});
    });
}

void FirstLogWatcher::fail(const QString& error, const QString& remedy)
{
    if (!m_waiting)
        return;
    end();
    m_hooks.shipped(false, m_restoredFile, error, remedy);
}

void FirstLogWatcher::end()
{
    m_waiting = false;
    m_pollTimer.stop();
    m_deadline.stop();
    if (m_primary)
        m_primary->retire();
    if (m_secondary)
        m_secondary->retire();
}

} // namespace pchat
