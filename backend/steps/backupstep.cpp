#include "backupstep.h"

#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/progressprobe.h"
#include "resultvalues.h"
#include "stepsession.h"

namespace pchat {

namespace {

// How often the probe asks the server: progress reaches the page well within 300 ms.

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

QString megabytesPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? QString::number(double(bytes) / 1048576.0 / (double(ms) / 1000.0), 'f', 1)
                  : QStringLiteral("-");
}

} // namespace

BackupStep::BackupStep(QObject* parent)
    : SqlStep(StepId::BackupMgc, parent)
{
}

BackupStep::~BackupStep()
{
    stopProbe();
}

// ---- reading the state
// -------------------------------------------------------------------------------------

void BackupStep::readDatabase(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(
        CheckSql::databases({m_plan.mgcDatabase}), [this, inspection, then](const BatchResult& result) {
            if (!result.succeeded()) {
                failBatch(result, tr("Reading the state of %1 failed.").arg(m_plan.mgcDatabase), inspection);
                return;
            }
            const StatementResult rows = result.statements.value(0);
            m_databaseExists = !rows.rows.isEmpty();
            m_databaseState = ResultValues::text(rows.value(0, QStringLiteral("state_desc")));
            m_recoveryModel = ResultValues::text(rows.value(0, QStringLiteral("recovery_model_desc")));
            then();
        });
}

void BackupStep::readSize(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(
        CheckSql::databaseSizeMb(m_plan.mgcDatabase), [this, inspection, then](const BatchResult& result) {
            if (!result.succeeded()) {
                failBatch(result, tr("Reading the size of %1 failed.").arg(m_plan.mgcDatabase), inspection);
                return;
            }
            const StatementResult rows = result.statements.value(0);
            qint64 megabytes = 0;
            for (int row = 0; row < rows.rows.size(); ++row)
                megabytes += ResultValues::integer(rows.value(row, QStringLiteral("size_mb")));
            m_databaseBytes = megabytes * 1024 * 1024;
            then();
        });
}

void BackupStep::readFile(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(
        CheckSql::fileExists(m_plan.backupFilePath()), [this, inspection, then](const BatchResult& result) {
            if (!result.succeeded()) {
                failBatch(result, tr("Checking the backup file %1 failed.").arg(m_plan.backupFilePath()),
                          inspection);
                return;
            }
            const StatementResult rows = result.statements.value(0);
            m_fileExists = ResultValues::flag(rows.value(0, QStringLiteral("File Exists")));
            m_folderReachable = rows.rows.isEmpty() ||
                                ResultValues::flag(rows.value(0, QStringLiteral("Parent Directory Exists")));
            then();
        });
}

void BackupStep::readLatest(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(BackupSql::latestBackupSet(m_plan.mgcDatabase), [this, inspection,
                                                                      then](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(result, tr("Reading the backup history of %1 failed.").arg(m_plan.mgcDatabase),
                      inspection);
            return;
        }
        const StatementResult rows = result.statements.value(0);
        m_latest = {};
        m_latestId = 0;
        m_latestDevice.clear();
        if (!rows.rows.isEmpty()) {
            m_latestId = ResultValues::integer(rows.value(0, QStringLiteral("backup_set_id")));
            m_latest.name = ResultValues::text(rows.value(0, QStringLiteral("name")));
            m_latest.description = ResultValues::text(rows.value(0, QStringLiteral("description")));
            const QString type = ResultValues::text(rows.value(0, QStringLiteral("type")));
            m_latest.type = type == u"D" ? 1 : type == u"L" ? 2 : type == u"I" ? 5 : 0;
            m_latest.typeDescription = type;
            m_latest.databaseName = ResultValues::text(rows.value(0, QStringLiteral("database_name")));
            m_latest.serverName = m_plan.backupInstance.name;
            m_latest.position = int(ResultValues::integer(rows.value(0, QStringLiteral("position")), 1));
            m_latest.startDate = ResultValues::dateTime(rows.value(0, QStringLiteral("backup_start_date")));
            m_latest.finishDate = ResultValues::dateTime(rows.value(0, QStringLiteral("backup_finish_date")));
            m_latest.sizeBytes = ResultValues::integer(rows.value(0, QStringLiteral("backup_size")));
            m_latest.copyOnly = ResultValues::flag(rows.value(0, QStringLiteral("is_copy_only")));
            m_latest.hasChecksums = ResultValues::flag(rows.value(0, QStringLiteral("has_backup_checksums")));
            m_latestDevice = ResultValues::text(rows.value(0, QStringLiteral("physical_device_name")));
        }
        then();
    });
}

StepFindings BackupStep::inspectionFindings() const
{
    const QString database = m_plan.mgcDatabase;
    const QString instance = m_plan.backupInstance.name;
    StepFindings findings;
    if (!m_databaseExists) {
        findings << StepFinding{tr("%1 on %2").arg(database, instance), tr("does not exist"), false};
        return findings;
    }
    const bool online = m_databaseState == u"ONLINE";
    findings << StepFinding{tr("%1 on %2").arg(database, instance),
                            tr("%1, recovery model %2").arg(m_databaseState, m_recoveryModel), online};
    findings << StepFinding{tr("Size of %1").arg(database),
                            tr("%1 (data and log files)").arg(ResultValues::size(m_databaseBytes)), true};
    const QString path = m_plan.backupFilePath();
    QString file;
    if (!m_folderReachable)
        file = tr("the folder %1 does not exist or the SQL Server service account cannot reach it")
                   .arg(ResultValues::windowsFolder(path));
    else if (m_fileExists)
        file = m_plan.backup.overwriteMedia
                   ? tr("exists: the backup overwrites its backup sets (INIT)")
                   : tr("exists: the backup is appended to its backup sets (NOINIT)");
    else
        file = tr("does not exist yet; the backup creates it");
    findings << StepFinding{tr("Backup file %1").arg(path), file, m_folderReachable};
    findings << StepFinding{tr("Latest backup of %1").arg(database),
                            m_latestId > 0
                                ? tr("%1, finished %2, to %3")
                                      .arg(m_latest.name.isEmpty() ? tr("(no name)") : m_latest.name,
                                           QLocale().toString(m_latest.finishDate, QLocale::ShortFormat),
                                           m_latestDevice)
                                : tr("none recorded in msdb"),
                            true};
    return findings;
}

void BackupStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    openSession(m_plan.backupInstance, true, [this](StepSession* session) {
        readDatabase(session, true, [this, session] {
            if (!m_databaseExists || m_databaseState != u"ONLINE") {
                StepOutcome outcome;
                outcome.status = StepStatus::Failed;
                outcome.summary =
                    m_databaseExists
                        ? tr("%1 is %2 on %3; only an ONLINE database can be backed up.")
                              .arg(m_plan.mgcDatabase, m_databaseState, m_plan.backupInstance.name)
                        : tr("%1 does not exist on %2.").arg(m_plan.mgcDatabase, m_plan.backupInstance.name);
                outcome.remedy = tr("Check that the backup instance in the plan is the one that serves "
                                    "Persistent Chat since the failover (it holds the principal), and that "
                                    "step 2 has run.");
                failWith(outcome, true, inspectionFindings());
                return;
            }
            readSize(session, true, [this, session] {
                readFile(session, true, [this, session] {
                    readLatest(session, true, [this] {
                        // A backup is always made anew: the step is never already done.
                        setStatus(StepStatus::Ready);
                        setFindings(inspectionFindings());
                    });
                });
            });
        });
    });
}

// ---- running ----------------------------------------------------------------------------------------------

void BackupStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_verified = false;
    m_previousId = -1;
    m_backupElapsedMs = 0;
    m_lostError = {};
    m_lastPercent = 0;
    setStatus(StepStatus::Running);
    if (m_session)
        m_session->retire();
    StepSession* worker = newWorker(m_plan.backupInstance);
    worker->open(
        [this, worker] {
            readSize(worker, false, [this, worker] {
                readLatest(worker, false, [this] {
                    m_previousId = m_latestId;
                    startBackup();
                });
            });
        },
        [this](const SqlMessages& messages) { failOpen(messages, m_plan.backupInstance, false); });
}

void BackupStep::startBackup()
{
    if (m_cancelRequested) {
        StepOutcome outcome;
        outcome.status = StepStatus::Cancelled;
        outcome.summary = tr("Cancelled before the backup started; nothing was changed.");
        finish(outcome);
        return;
    }
    startProbe(m_plan.backupInstance, QStringLiteral("BACKUP"), m_databaseBytes);
    const QString batch =
        BackupSql::backupDatabase(m_plan.mgcDatabase, m_plan.backupFilePath(), m_plan.backup);
    m_worker->execute(batch, [this](const BatchResult& result) {
        m_backupElapsedMs = result.elapsedMs;
        stopProbe();
        if (!result.succeeded()) {
            backupEnded(result);
            return;
        }
        ProgressSample done;
        done.command = QStringLiteral("BACKUP DATABASE");
        done.percent = 100;
        done.elapsedMs = result.elapsedMs;
        done.remainingMs = 0;
        if (result.elapsedMs > 0 && m_databaseBytes > 0)
            done.megabytesPerSecond =
                double(m_databaseBytes) / 1048576.0 / (double(result.elapsedMs) / 1000.0);
        Q_EMIT progress(done);
        if (!m_plan.backup.verify || m_cancelRequested) {
            startVerify(m_cancelRequested ? Ending::AfterCancel : Ending::AfterRun);
            return;
        }
        m_worker->execute(BackupSql::verifyBackup(m_plan.mgcDatabase, m_plan.backupFilePath()),
                          [this](const BatchResult& verifyResult) {
                              if (!verifyResult.succeeded()) {
                                  backupEnded(verifyResult);
                                  return;
                              }
                              m_verified = true;
                              startVerify(Ending::AfterRun);
                          });
    });
}

void BackupStep::backupEnded(const BatchResult& result)
{
    if (const std::optional<Ending> ending = endingOf(result, m_lostError)) {
        startVerify(*ending);
        return;
    }
    failBatch(result, tr("The backup of %1 to %2 failed.").arg(m_plan.mgcDatabase, m_plan.backupFilePath()),
              false);
}

// ---- verifying --------------------------------------------------------------------------------------------

void BackupStep::verify(const Plan& plan)
{
    m_plan = plan;
    m_previousId = -1;
    m_backupElapsedMs = 0;
    m_verified = false;
    startVerify(Ending::Requested);
}

void BackupStep::startVerify(Ending ending)
{
    setStatus(StepStatus::Verifying);
    // A fresh connection reads the end state: after a cancel or a lost connection the worker's is not to be
    // trusted.
    if (m_worker)
        m_worker->retire();
    openSession(m_plan.backupInstance, false, [this, ending](StepSession* session) {
        readLatest(session, false, [this, ending] {
            const bool toFile =
                m_latestId > 0 && m_latestDevice.compare(m_plan.backupFilePath(), Qt::CaseInsensitive) == 0;
            const bool isNew = m_previousId < 0 || m_latestId > m_previousId;
            if (toFile && isNew && m_latest.type == 1) {
                checkHeader(ending);
                return;
            }
            const QString state =
                m_latestId > 0
                    ? tr("The newest backup of %1 in msdb is \"%2\" from %3 to %4.")
                          .arg(m_plan.mgcDatabase, m_latest.name,
                               QLocale().toString(m_latest.finishDate, QLocale::ShortFormat), m_latestDevice)
                    : tr("msdb records no backup of %1.").arg(m_plan.mgcDatabase);
            finishNotCompleted(ending, state);
        });
    });
}

void BackupStep::finishNotCompleted(Ending ending, const QString& state)
{
    StepOutcome outcome;
    const QString notUsable = tr("The backup did not complete; the file on the share is not usable.");
    switch (ending) {
    case Ending::AfterCancel:
        outcome.status = StepStatus::Cancelled;
        outcome.summary = notUsable + QLatin1Char(' ') + state;
        outcome.remedy = tr("Run the step again to make a complete backup.");
        break;
    case Ending::AfterConnectionLost:
        outcome.status = StepStatus::Failed;
        outcome.error = m_lostError;
        outcome.summary =
            tr("The connection to %1 broke during the backup (at %2 percent). %3 %4")
                .arg(m_plan.backupInstance.name, QString::number(qRound(m_lastPercent)), notUsable, state);
        outcome.remedy = ErrorAdvice::remedy(m_lostError);
        break;
    case Ending::AfterRun:
        outcome.status = StepStatus::Failed;
        outcome.summary = tr("The server reported success, but msdb has no new full backup of %1 to %2. %3")
                              .arg(m_plan.mgcDatabase, m_plan.backupFilePath(), state);
        outcome.remedy = tr("Run the step again; if this repeats, check msdb.dbo.backupset on the server.");
        break;
    case Ending::Requested:
        outcome.status = StepStatus::Failed;
        outcome.summary = tr("No full backup of %1 to %2 is recorded. %3")
                              .arg(m_plan.mgcDatabase, m_plan.backupFilePath(), state);
        outcome.remedy = tr("Run the step to make the backup.");
        break;
    }
    finish(outcome);
}

void BackupStep::checkHeader(Ending ending)
{
    m_session->execute(BackupSql::headerOnly(m_plan.backupFilePath()), [this,
                                                                        ending](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(
                result,
                tr("msdb records the backup, but the file %1 cannot be read.").arg(m_plan.backupFilePath()),
                false);
            return;
        }
        const StatementResult rows = result.statements.value(0);
        bool listed = false;
        for (int row = 0; row < rows.rows.size(); ++row) {
            const int position = int(ResultValues::integer(rows.value(row, QStringLiteral("Position"))));
            const QString database = ResultValues::text(rows.value(row, QStringLiteral("DatabaseName")));
            if (position == m_latest.position &&
                database.compare(m_plan.mgcDatabase, Qt::CaseInsensitive) == 0)
                listed = true;
        }
        if (!listed) {
            StepOutcome outcome;
            outcome.status = StepStatus::Failed;
            outcome.summary = tr("msdb records the backup as set %1 of %2, but the file does not list it.")
                                  .arg(QString::number(m_latest.position), m_plan.backupFilePath());
            outcome.remedy = tr("Another backup may have overwritten the file. Run the step again.");
            finish(outcome);
            return;
        }
        const qint64 ms = ending == Ending::AfterRun && m_backupElapsedMs > 0
                              ? m_backupElapsedMs
                              : m_latest.startDate.msecsTo(m_latest.finishDate);
        QString summary =
            tr("Backed up %1 (%2) to %3 in %4 s (%5 MB/s); it is backup set %6 in the file.")
                .arg(m_plan.mgcDatabase, ResultValues::size(m_latest.sizeBytes), m_plan.backupFilePath(),
                     seconds(ms), megabytesPerSecond(m_latest.sizeBytes, ms),
                     QString::number(m_latest.position));
        if (m_verified)
            summary += QLatin1Char(' ') + tr("RESTORE VERIFYONLY found it valid.");
        if (ending == Ending::AfterCancel)
            summary +=
                QLatin1Char(' ') + tr("(The backup had completed before the cancel reached the server.)");
        if (ending == Ending::AfterConnectionLost)
            summary +=
                QLatin1Char(' ') + tr("(The connection broke, but the server had completed the backup.)");
        StepOutcome outcome;
        outcome.status = StepStatus::Done;
        outcome.summary = summary;
        finish(outcome);
    });
}

} // namespace pchat
