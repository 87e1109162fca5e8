#include "restorestep.h"

#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/mirroringsql.h"
#include "backend/sql/progressprobe.h"
#include "backend/sql/restoresql.h"
#include "backupheader.h"
#include "resultvalues.h"
#include "stepsession.h"

namespace pchat {

namespace {

QString joinWindowsFolder(const QString& folder, const QString& fileName)
{
    if (folder.isEmpty())
        return fileName;
    return folder.endsWith(QLatin1Char('\\')) ? folder + fileName : folder + QLatin1Char('\\') + fileName;
}

} // namespace

RestoreStep::RestoreStep(QObject* parent)
    : SqlStep(StepId::RestorePrimary, parent)
{
}

RestoreStep::~RestoreStep()
{
    stopProbe();
}

QList<FileRelocation> RestoreStep::suggestedRelocations() const
{
    QList<FileRelocation> relocations;
    for (const BackupFileInfo& file : m_backupFiles) {
        const QString folder = file.isLog() ? m_defaultLogPath : m_defaultDataPath;
        relocations << FileRelocation{
            file.logicalName,
            folder.isEmpty() ? file.physicalName
                             : joinWindowsFolder(folder, ResultValues::windowsFileName(file.physicalName))};
    }
    return relocations;
}

int RestoreStep::choosePosition(int wanted) const
{
    int newestFull = 0;
    for (const BackupSetInfo& set : m_backupSets) {
        if (set.position == wanted)
            return wanted;
        if (set.isFullDatabaseBackup())
            newestFull = std::max(newestFull, set.position);
    }
    return newestFull;
}

// ---- reading the state
// -------------------------------------------------------------------------------------

void RestoreStep::readHeader(StepSession* session, bool inspection, std::function<void()> then)
{
    const QString path = m_plan.backupFilePath();
    session->execute(BackupSql::headerOnly(path), [this, inspection, then, path](const BatchResult& result) {
        if (!result.succeeded()) {
            if (!inspection && result.outcome == BatchResult::Outcome::Cancelled) {
                finish({StepStatus::Cancelled,
                        tr("Cancelled before the restore started; nothing was changed."),
                        {},
                        {}});
                return;
            }
            failBatch(result, tr("Reading the backup file %1 failed.").arg(path), inspection);
            return;
        }
        m_backupSets = BackupHeader::fromRows(result.statements.value(0));
        m_position = choosePosition(m_plan.restore.backupSetPosition);
        then();
    });
}

void RestoreStep::readFileList(StepSession* session, std::function<void()> then)
{
    const QString path = m_plan.backupFilePath();
    session->execute(
        BackupSql::fileListOnly(path, m_position), [this, then, path](const BatchResult& result) {
            if (!result.succeeded()) {
                failBatch(result,
                          tr("Reading the file list of backup set %1 in %2 failed.")
                              .arg(QString::number(m_position), path),
                          true);
                return;
            }
            const StatementResult rows = result.statements.value(0);
            BackupFileInfos files;
            for (int row = 0; row < rows.rows.size(); ++row) {
                BackupFileInfo file;
                file.logicalName = ResultValues::text(rows.value(row, QStringLiteral("LogicalName")));
                file.physicalName = ResultValues::text(rows.value(row, QStringLiteral("PhysicalName")));
                const QString type = ResultValues::text(rows.value(row, QStringLiteral("Type")));
                file.type = type.isEmpty() ? QChar() : type.at(0);
                file.sizeBytes = ResultValues::integer(rows.value(row, QStringLiteral("Size")));
                files << file;
            }
            m_backupFiles = files;
            then();
        });
}

void RestoreStep::readDefaultPaths(StepSession* session, std::function<void()> then)
{
    session->execute(CheckSql::defaultPaths(), [this, then](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(
                result,
                tr("Reading the default data and log folders of %1 failed.").arg(m_plan.primaryInstance.name),
                true);
            return;
        }
        const StatementResult rows = result.statements.value(0);
        // SQL Server ends these paths with a backslash; the relocation joins exactly one.
        m_defaultDataPath = ResultValues::text(rows.value(0, QStringLiteral("default_data_path")));
        m_defaultLogPath = ResultValues::text(rows.value(0, QStringLiteral("default_log_path")));
        while (m_defaultDataPath.endsWith(QLatin1Char('\\')))
            m_defaultDataPath.chop(1);
        while (m_defaultLogPath.endsWith(QLatin1Char('\\')))
            m_defaultLogPath.chop(1);
        then();
    });
}

void RestoreStep::readTarget(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(CheckSql::databases({m_plan.mgcDatabase}),
                     [this, inspection, then](const BatchResult& result) {
                         if (!result.succeeded()) {
                             failBatch(result,
                                       tr("Reading the state of %1 on %2 failed.")
                                           .arg(m_plan.mgcDatabase, m_plan.primaryInstance.name),
                                       inspection);
                             return;
                         }
                         const StatementResult rows = result.statements.value(0);
                         m_targetExists = !rows.rows.isEmpty();
                         m_targetState = ResultValues::text(rows.value(0, QStringLiteral("state_desc")));
                         then();
                     });
}

void RestoreStep::readMirroring(StepSession* session, std::function<void()> then)
{
    session->execute(MirroringSql::mirroringState({m_plan.mgcDatabase}), [this,
                                                                          then](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(result,
                      tr("Reading the mirroring state of %1 on %2 failed.")
                          .arg(m_plan.mgcDatabase, m_plan.primaryInstance.name),
                      true);
            return;
        }
        const StatementResult rows = result.statements.value(0);
        m_targetMirrored = !rows.rows.isEmpty() && !rows.value(0, QStringLiteral("mirroring_guid")).isNull();
        then();
    });
}

void RestoreStep::readCurrentFiles(StepSession* session, std::function<void()> then)
{
    session->execute(CheckSql::databaseSizeMb(m_plan.mgcDatabase), [this, then](const BatchResult& result) {
        m_currentDataFolder.clear();
        m_currentLogFolder.clear();
        // Only a fallback for the default folders: a failure here does not stop the inspection.
        const StatementResult rows = result.statements.value(0);
        for (int row = 0; row < rows.rows.size(); ++row) {
            const QString folder = ResultValues::windowsFolder(
                ResultValues::text(rows.value(row, QStringLiteral("physical_name"))));
            const bool isLog = ResultValues::text(rows.value(row, QStringLiteral("type_desc"))) == u"LOG";
            QString& target = isLog ? m_currentLogFolder : m_currentDataFolder;
            if (target.isEmpty())
                target = folder;
        }
        if (m_defaultDataPath.isEmpty())
            m_defaultDataPath = m_currentDataFolder;
        if (m_defaultLogPath.isEmpty())
            m_defaultLogPath = m_currentLogFolder;
        then();
    });
}

void RestoreStep::readSessions(StepSession* session, std::function<void()> then)
{
    session->execute(RestoreSql::sessionsInDatabase(m_plan.mgcDatabase),
                     [this, then](const BatchResult& result) {
                         if (!result.succeeded()) {
                             failBatch(result,
                                       tr("Reading the sessions in %1 on %2 failed.")
                                           .arg(m_plan.mgcDatabase, m_plan.primaryInstance.name),
                                       true);
                             return;
                         }
                         m_otherSessions = SessionInfo::fromRows(result.statements.value(0));
                         then();
                     });
}

void RestoreStep::readLatestRestore(StepSession* session, bool inspection, std::function<void()> then)
{
    session->execute(RestoreSql::latestRestore(m_plan.mgcDatabase), [this, inspection,
                                                                     then](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(result, tr("Reading the restore history of %1 failed.").arg(m_plan.mgcDatabase),
                      inspection);
            return;
        }
        const StatementResult rows = result.statements.value(0);
        m_latestRestoreId = rows.rows.isEmpty()
                                ? 0
                                : ResultValues::integer(rows.value(0, QStringLiteral("restore_history_id")));
        m_latestRestoreDate = ResultValues::dateTime(rows.value(0, QStringLiteral("restore_date")));
        then();
    });
}

StepFindings RestoreStep::inspectionFindings() const
{
    const QString path = m_plan.backupFilePath();
    const QString instance = m_plan.primaryInstance.name;
    const QString database = m_plan.mgcDatabase;
    StepFindings findings;
    findings << StepFinding{tr("Backup file %1").arg(path),
                            tr("%n backup set(s)", nullptr, int(m_backupSets.size())),
                            !m_backupSets.isEmpty()};
    const auto chosen = std::find_if(m_backupSets.cbegin(), m_backupSets.cend(),
                                     [this](const BackupSetInfo& set) { return set.position == m_position; });
    if (chosen != m_backupSets.cend()) {
        findings << StepFinding{tr("Backup set %1").arg(chosen->position),
                                tr("%1: %2 of %3 on %4, finished %5, %6")
                                    .arg(chosen->name.isEmpty() ? tr("(no name)") : chosen->name,
                                         chosen->typeDescription, chosen->databaseName, chosen->serverName,
                                         QLocale().toString(chosen->finishDate, QLocale::ShortFormat),
                                         ResultValues::size(chosen->sizeBytes)),
                                chosen->isFullDatabaseBackup()};
    } else {
        findings << StepFinding{tr("Backup set"), tr("the file holds no full database backup"), false};
    }
    QStringList files;
    for (const BackupFileInfo& file : m_backupFiles)
        files << tr("%1 (%2) %3").arg(file.logicalName, QString(file.type), file.physicalName);
    if (!files.isEmpty())
        findings << StepFinding{tr("Files in the backup set"), files.join(QLatin1String("; ")), true};
    findings << StepFinding{tr("Default data and log folders of %1").arg(instance),
                            tr("%1; %2").arg(m_defaultDataPath.isEmpty() ? tr("unknown") : m_defaultDataPath,
                                             m_defaultLogPath.isEmpty() ? tr("unknown") : m_defaultLogPath),
                            true};
    if (!m_targetExists)
        findings << StepFinding{tr("%1 on %2").arg(database, instance),
                                tr("does not exist; the restore creates it"), true};
    else if (m_targetMirrored)
        findings << StepFinding{
            tr("%1 on %2").arg(database, instance),
            tr("%1, configured for database mirroring: it cannot be restored").arg(m_targetState), false};
    else
        findings << StepFinding{tr("%1 on %2").arg(database, instance),
                                tr("%1: the restore overwrites it (REPLACE)").arg(m_targetState), true};
    QStringList sessions;
    for (const SessionInfo& session : m_otherSessions) {
        QString who = tr("session %1: %2 on %3")
                          .arg(QString::number(session.sessionId), session.loginName, session.hostName);
        if (!session.programName.isEmpty())
            who += QStringLiteral(" (%1)").arg(session.programName);
        sessions << who;
    }
    findings << StepFinding{
        tr("Other sessions in %1").arg(database),
        sessions.isEmpty()
            ? tr("none")
            : (m_plan.restore.closeExistingConnections
                   ? tr("%1; \"Close existing connections\" ends them")
                         .arg(sessions.join(QLatin1String(", ")))
                   : tr("%1; the restore fails unless they end or \"Close existing connections\" is ticked")
                         .arg(sessions.join(QLatin1String(", ")))),
        sessions.isEmpty() || m_plan.restore.closeExistingConnections};
    return findings;
}

void RestoreStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    m_backupSets.clear();
    m_backupFiles.clear();
    m_position = 0;
    openSession(m_plan.primaryInstance, true, [this](StepSession* session) {
        readHeader(session, true, [this, session] {
            const auto afterFiles = [this, session] {
                readDefaultPaths(session, [this, session] {
                    readTarget(session, true, [this, session] {
                        readMirroring(session, [this, session] {
                            readCurrentFiles(session, [this, session] {
                                readSessions(session, [this] { inspectionDone(); });
                            });
                        });
                    });
                });
            };
            if (m_position > 0)
                readFileList(session, afterFiles);
            else
                afterFiles();
        });
    });
}

void RestoreStep::inspectionDone()
{
    if (m_position <= 0) {
        StepOutcome outcome;
        outcome.status = StepStatus::Failed;
        outcome.summary = tr("%1 holds no full database backup.").arg(m_plan.backupFilePath());
        outcome.remedy = tr("Run step 3 to write the backup of %1 to this file.").arg(m_plan.mgcDatabase);
        failWith(outcome, true, inspectionFindings());
        return;
    }
    if (m_targetMirrored) {
        StepOutcome outcome;
        outcome.status = StepStatus::Failed;
        outcome.summary = tr("%1 on %2 is configured for database mirroring.")
                              .arg(m_plan.mgcDatabase, m_plan.primaryInstance.name);
        SqlMessage like3104;
        like3104.number = 3104;
        outcome.remedy = ErrorAdvice::remedy(like3104);
        failWith(outcome, true, inspectionFindings());
        return;
    }
    setStatus(StepStatus::Ready);
    setFindings(inspectionFindings());
}

// ---- running ----------------------------------------------------------------------------------------------

void RestoreStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_lostError = {};
    m_lastPercent = 0;
    m_restoreElapsedMs = 0;
    m_previousRestoreId = -1;
    setStatus(StepStatus::Running);
    if (m_session)
        m_session->retire();
    StepSession* worker = newWorker(m_plan.primaryInstance);
    worker->open(
        [this, worker] {
            readHeader(worker, false, [this, worker] {
                readLatestRestore(worker, false, [this] {
                    m_previousRestoreId = m_latestRestoreId;
                    runBatches(RestoreSql::restoreBatches(m_plan.mgcDatabase, m_plan.backupFilePath(),
                                                          m_plan.restore, RecoveryState::Recovery));
                });
            });
        },
        [this](const SqlMessages& messages) { failOpen(messages, m_plan.primaryInstance, false); });
}

void RestoreStep::runBatches(const QStringList& batches)
{
    RestoreRun::Hooks hooks;
    hooks.cancelRequested = [this] { return m_cancelRequested; };
    hooks.restoreStarting = [this] {
        startProbe(m_plan.primaryInstance, QStringLiteral("RESTORE"), selectedBackupSize());
    };
    hooks.restoreEnded = [this](const BatchResult& result) {
        m_restoreElapsedMs = std::max<qint64>(1, result.elapsedMs);
        stopProbe();
        if (result.succeeded())
            Q_EMIT progress(RestoreRun::finishedSample(result));
    };
    hooks.completed = [this] { startVerify(Ending::AfterRun); };
    hooks.stopped = [this](const BatchResult* result, bool restoreBatch) {
        if (result)
            batchStopped(*result, restoreBatch);
        else
            cancelledBetweenBatches();
    };
    m_restore.start(m_worker, m_plan.mgcDatabase, batches, std::move(hooks));
}

void RestoreStep::cancelledBetweenBatches()
{
    if (m_restore.restoreStarted()) {
        readLeftState(Ending::AfterCancel);
    } else if (m_restore.singleUserSet()) {
        // Cancelled between SINGLE_USER and the restore: give the database back to its users.
        m_restore.giveBack(m_worker, [this] {
            finish({StepStatus::Cancelled,
                    tr("Cancelled before the restore started; %1 is back in MULTI_USER and unchanged.")
                        .arg(m_plan.mgcDatabase),
                    {},
                    {}});
        });
    } else {
        finish({StepStatus::Cancelled,
                tr("Cancelled before the restore started; nothing was changed."),
                {},
                {}});
    }
}

void RestoreStep::batchStopped(const BatchResult& result, bool restoreBatch)
{
    // Never stopped with a success: the hooks report that as completed.
    if (const std::optional<Ending> ending = endingOf(result, m_lostError)) {
        readLeftState(*ending);
        return;
    }
    const QString summary =
        restoreBatch
            ? tr("The restore of %1 on %2 failed.").arg(m_plan.mgcDatabase, m_plan.primaryInstance.name)
            : tr("Preparing %1 on %2 for the restore failed.")
                  .arg(m_plan.mgcDatabase, m_plan.primaryInstance.name);
    // A restore that refused to start gives the database back to its users before reporting.
    m_restore.giveBack(m_worker, [this, result, summary] { failBatch(result, summary, false); });
}

qint64 RestoreStep::selectedBackupSize() const
{
    qint64 bytes = 0;
    for (const BackupSetInfo& set : std::as_const(m_backupSets)) {
        if (set.position == m_plan.restore.backupSetPosition)
            bytes = set.sizeBytes;
    }
    return bytes;
}

void RestoreStep::readLeftState(Ending ending)
{
    stopProbe();
    setStatus(StepStatus::Verifying);
    StepSession* session = newSession(m_plan.primaryInstance);
    if (m_worker)
        m_worker->retire();
    const auto report = [this, ending](const QString& state) {
        StepOutcome outcome;
        outcome.status = ending == Ending::AfterCancel ? StepStatus::Cancelled : StepStatus::Failed;
        const QString interruption =
            ending == Ending::AfterCancel
                ? tr("The restore was cancelled at %1 percent.").arg(qRound(m_lastPercent))
                : tr("The connection to %1 broke during the restore (at %2 percent).")
                      .arg(m_plan.primaryInstance.name, QString::number(qRound(m_lastPercent)));
        outcome.summary = interruption + QLatin1Char(' ') + state;
        if (ending == Ending::AfterConnectionLost) {
            outcome.error = m_lostError;
            outcome.remedy = ErrorAdvice::remedy(m_lostError);
        } else {
            outcome.remedy = tr("Run the step again to restore %1 completely.").arg(m_plan.mgcDatabase);
        }
        finish(outcome);
    };
    session->open(
        [this, session, report] {
            readTarget(session, false, [this, session, report] {
                readLatestRestore(session, false, [this, report] {
                    const QString database = m_plan.mgcDatabase;
                    const QString instance = m_plan.primaryInstance.name;
                    const bool restored = m_previousRestoreId >= 0 && m_latestRestoreId > m_previousRestoreId;
                    if (!m_targetExists)
                        report(tr("%1 does not exist on %2.").arg(database, instance));
                    else if (m_targetState == u"RESTORING")
                        report(tr("The restore did not complete: %1 is RESTORING on %2 and cannot be used "
                                  "until a "
                                  "restore completes.")
                                   .arg(database, instance));
                    else if (restored && m_targetState == u"ONLINE")
                        report(
                            tr("%1 is ONLINE on %2 and restorehistory records the restore: it had completed "
                               "before the interruption, and the end state read back confirms it.")
                                .arg(database, instance));
                    else
                        report(tr("The restore did not complete: %1 is %2 on %3.")
                                   .arg(database, m_targetState, instance));
                });
            });
        },
        [this, report](const SqlMessages& messages) {
            report(tr("The state of %1 could not be read again: %2 %3")
                       .arg(m_plan.mgcDatabase, messages.isEmpty() ? QString() : messages.constFirst().text,
                            ErrorAdvice::remedyForOpenFailure(messages, m_plan.primaryInstance)));
        });
}

// ---- verifying --------------------------------------------------------------------------------------------

void RestoreStep::verify(const Plan& plan)
{
    m_plan = plan;
    m_previousRestoreId = -1;
    m_restoreElapsedMs = 0;
    startVerify(Ending::Requested);
}

void RestoreStep::startVerify(Ending ending)
{
    setStatus(StepStatus::Verifying);
    if (m_worker)
        m_worker->retire();
    openSession(m_plan.primaryInstance, false, [this, ending](StepSession* session) {
        readTarget(session, false, [this, session, ending] {
            readLatestRestore(session, false, [this, ending] {
                const QString database = m_plan.mgcDatabase;
                const QString instance = m_plan.primaryInstance.name;
                const bool recorded = m_latestRestoreId > 0 &&
                                      (m_previousRestoreId < 0 || m_latestRestoreId > m_previousRestoreId);
                StepOutcome outcome;
                if (m_targetExists && m_targetState == u"ONLINE" && recorded) {
                    outcome.status = StepStatus::Done;
                    outcome.summary =
                        ending == Ending::AfterRun
                            ? tr("%1 is ONLINE on %2: restored from %3 in %4 s; restorehistory records "
                                 "the "
                                 "restore.")
                                  .arg(database, instance, m_plan.backupFilePath(),
                                       QString::number(double(m_restoreElapsedMs) / 1000.0, 'f', 1))
                            : tr("%1 is ONLINE on %2; restorehistory records the restore of %3.")
                                  .arg(database, instance,
                                       QLocale().toString(m_latestRestoreDate, QLocale::ShortFormat));
                    finish(outcome);
                    return;
                }
                outcome.status = StepStatus::Failed;
                if (!m_targetExists)
                    outcome.summary = tr("%1 does not exist on %2.").arg(database, instance);
                else if (m_targetState != u"ONLINE")
                    outcome.summary =
                        tr("%1 is %2 on %3, not ONLINE.").arg(database, m_targetState, instance);
                else if (ending == Ending::AfterRun)
                    outcome.summary =
                        tr("%1 is ONLINE on %2, but restorehistory records no restore from this run.")
                            .arg(database, instance);
                else
                    outcome.summary = tr("%1 is ONLINE on %2, but restorehistory records no restore.")
                                          .arg(database, instance);
                outcome.remedy = tr("Run the step (again) to restore %1.").arg(database);
                finish(outcome);
            });
        });
    });
}

} // namespace pchat
