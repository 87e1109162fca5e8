#include "applylogsstep.h"

#include "backend/sql/backupsql.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logrestoresql.h"
#include "backend/sql/lsn.h"
#include "backupheader.h"
#include "logbackupchain.h"
#include "logbackupnames.h"
#include "recoverypoint.h"
#include "resultvalues.h"
#include "stepsession.h"

namespace pchat {

namespace {

QString folderPath(const QString& folder, const QString& name)
{
    return joinWindowsPath(folder, name);
}

} // namespace

ApplyLogsStep::ApplyLogsStep(QObject* parent)
    : BackupMgcStep(StepId::FailoverApplyLogs, parent)
{
}

ApplyLogsStep::~ApplyLogsStep()
{
    stopProbe();
}

QStringList ApplyLogsStep::folders() const
{
    return folders(m_plan, m_readFromShare || m_plan.failover.restoreFromShare);
}

QStringList ApplyLogsStep::folders(const Plan& plan, bool readFromShare)
{
    // The copy folder first: among equal backups the chain restores the first listed, and the local copy is
    // the one log shipping would have read.
    QStringList result;
    if (!plan.logShipping.copyDestinationFolder.isEmpty())
        result << plan.logShipping.copyDestinationFolder;
    if (readFromShare && !plan.logShipping.backupNetworkPath.isEmpty())
        result << plan.logShipping.backupNetworkPath;
    return result;
}

// ---- reading the chain ------------------------------------------------------------------------------------

void ApplyLogsStep::readChain(StepSession* session, bool inspection, std::function<void()> then)
{
    const QString database = m_plan.mgcDatabase;
    m_files.clear();
    m_chain = {};
    readBackupMgc(session, inspection, [=, this] {
        session->execute(LogRestoreSql::redoStartLsn(database), [=, this](const BatchResult& redo) {
            if (!redo.succeeded()) {
                failBatch(redo, tr("Reading the redo point of %1 failed.").arg(database), inspection);
                return;
            }
            m_redoLsn =
                ResultValues::text(redo.statements.value(0).value(0, QStringLiteral("redo_start_lsn")));
            readLastRestore(session, [=, this] {
                // A database in STANDBY is ONLINE for sys.master_files (no redo point): the newest log
                // restore msdb records ends where the next must begin.
                if (!Lsn::isValid(m_redoLsn) && m_db.standby && !m_lastApplied.path.isEmpty())
                    m_redoLsn = m_lastApplied.set.lastLsn;
                if (!m_db.restoring()) {
                    then();
                    return;
                }
                readFolders(session, inspection, folders(), then);
            });
        });
    });
}

void ApplyLogsStep::readLastRestore(StepSession* session, std::function<void()> then)
{
    session->execute(LogRestoreSql::lastLogRestore(m_plan.mgcDatabase),
                     [this, then](const BatchResult& result) {
                         // Only for the recovery point's wording: msdb may lack the rows (history cleaned
                         // up), which is no reason to stop.
                         if (result.succeeded() && !result.statements.value(0).rows.isEmpty())
                             m_lastApplied = RecoveryPoint::fromRows(result.statements.value(0));
                         then();
                     });
}

void ApplyLogsStep::readFolders(StepSession* session, bool inspection, QStringList pending,
                                std::function<void()> then)
{
    if (pending.isEmpty()) {
        QStringList paths;
        for (const LogBackupFile& file : std::as_const(m_files))
            paths << file.path;
        m_files.clear();
        readHeaders(session, inspection, paths, then);
        return;
    }
    const QString folder = pending.takeFirst();
    session->execute(FailoverSql::listFolder(folder), [=, this](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(result, tr("Listing %1 on %2 failed.").arg(folder, m_plan.backupInstance.name),
                      inspection);
            return;
        }
        const StatementResult rows = result.statements.value(0);
        QStringList names;
        for (int row = 0; row < rows.rows.size(); ++row) {
            const QString name = ResultValues::text(rows.value(row, QStringLiteral("subdirectory")));
            if (ResultValues::integer(rows.value(row, QStringLiteral("file"))) == 1 &&
                LogBackupNames::isLogBackupOf(m_plan.mgcDatabase, name))
                names << name;
        }
        // Oldest first by the name's time, so that the headers are read in the order they will be needed.
        names.sort(Qt::CaseInsensitive);
        if (!names.isEmpty()) {
            for (const QString& name : std::as_const(names))
                m_files << LogBackupFile{folderPath(folder, name), {}};
            readFolders(session, inspection, pending, then);
            return;
        }
        // xp_dirtree lists a folder its service account cannot read as empty, without an error: reading a
        // file there makes SQL Server say why (3201 with the operating system's error). Only "not found"
        // means the folder is readable and really holds no log backup.
        const QString probeName = m_files.isEmpty() ? m_plan.mgcDatabase + QStringLiteral(".trn")
                                                    : m_files.constLast().path.section(u'\\', -1);
        session->execute(BackupSql::headerOnly(folderPath(folder, probeName)),
                         [=, this](const BatchResult& probed) {
                             constexpr int cannotOpenDevice = 3201;
                             constexpr int fileNotFound = 2;
                             const SqlMessage error = ErrorAdvice::decisiveError(probed.messages);
                             if (!probed.succeeded() &&
                                 !(error.number == cannotOpenDevice &&
                                   ErrorAdvice::operatingSystemError(error.text) == fileNotFound)) {
                                 failBatch(probed,
                                           tr("%1 cannot read %2: it lists no log backup there.")
                                               .arg(m_plan.backupInstance.name, folder),
                                           inspection);
                                 return;
                             }
                             readFolders(session, inspection, pending, then);
                         });
    });
}

void ApplyLogsStep::readHeaders(StepSession* session, bool inspection, QStringList paths,
                                std::function<void()> then)
{
    if (paths.isEmpty()) {
        m_chain = LogBackupChain::plan(m_files, m_redoLsn);
        then();
        return;
    }
    const QString path = paths.takeFirst();
    session->execute(BackupSql::headerOnly(path), [=, this](const BatchResult& result) {
        if (!result.succeeded()) {
            failBatch(result, tr("Reading the header of %1 failed.").arg(path), inspection);
            return;
        }
        for (const BackupSetInfo& set : BackupHeader::fromRows(result.statements.value(0)))
            m_files << LogBackupFile{path, set};
        readHeaders(session, inspection, paths, then);
    });
}

// ---- findings ---------------------------------------------------------------------------------------------

QString ApplyLogsStep::gapText() const
{
    const QString first = m_chain.afterGap.isEmpty() ? QString() : m_chain.afterGap.constFirst().path;
    return tr("No log backup holds LSN %1 up to %2: the backups after it (from %3) cannot be restored.")
        .arg(m_chain.gapFromLsn, m_chain.gapToLsn, first);
}

QString ApplyLogsStep::recoveryPointText() const
{
    return RecoveryPoint::describe(m_lastApplied, m_plan.mgcDatabase);
}

StepFindings ApplyLogsStep::chainFindings() const
{
    const QString database = m_plan.mgcDatabase;
    StepFindings findings;
    const bool restoring = m_db.restoring();
    findings << StepFinding{tr("%1 on %2").arg(database, m_plan.backupInstance.name), m_db.describe(),
                            m_db.exists};
    if (!restoring) {
        findings << StepFinding{tr("Log restores"),
                                tr("none possible: %1 is recovered and ONLINE").arg(database), true};
        findings << StepFinding{tr("Last log backup restored"), recoveryPointText(), true};
        return findings;
    }
    findings << StepFinding{tr("Redo point (sys.master_files.redo_start_lsn)"),
                            m_chain.redoPointKnown ? Lsn::normalized(m_redoLsn) : tr("unknown"),
                            m_chain.redoPointKnown};
    for (const QString& folder : folders()) {
        int count = 0;
        for (const LogBackupFile& file : m_files)
            count += file.path.startsWith(folder, Qt::CaseInsensitive) ? 1 : 0;
        findings << StepFinding{tr("Log backups in %1").arg(folder), tr("%n backup set(s)", "", count), true};
    }
    findings << StepFinding{tr("Already restored"),
                            tr("%n log backup(s)", "", int(m_chain.alreadyApplied.size())), true};
    if (!m_chain.toApply.isEmpty()) {
        findings << StepFinding{
            tr("To restore, in this order"),
            tr("%n log backup(s), LSN %1 to %2: %3 ... %4", "", int(m_chain.toApply.size()))
                .arg(Lsn::normalized(m_chain.toApply.constFirst().set.firstLsn), m_chain.nextLsn,
                     ResultValues::windowsFileName(m_chain.toApply.constFirst().path),
                     ResultValues::windowsFileName(m_chain.toApply.constLast().path)),
            true};
    } else {
        findings << StepFinding{tr("To restore"), tr("nothing"), true};
    }
    if (!m_chain.duplicates.isEmpty())
        findings << StepFinding{tr("Skipped as duplicates"),
                                tr("%n log backup(s) (in both folders)", "", int(m_chain.duplicates.size())),
                                true};
    if (!m_chain.invalid.isEmpty() || !m_chain.notLogBackups.isEmpty())
        findings << StepFinding{tr("Not usable"),
                                tr("%n backup set(s) with no valid log range or not a log backup", "",
                                   int(m_chain.invalid.size() + m_chain.notLogBackups.size())),
                                true};
    if (m_chain.hasGap)
        findings << StepFinding{tr("Gap in the log chain"), gapText(), false};
    findings << StepFinding{tr("Last log backup restored"), recoveryPointText(), true};
    return findings;
}

bool ApplyLogsStep::nothingToApply() const
{
    return !m_db.restoring() || (m_chain.redoPointKnown && m_chain.toApply.isEmpty() && !m_chain.hasGap);
}

// ---- inspecting -------------------------------------------------------------------------------------------

void ApplyLogsStep::inspect(const Plan& plan)
{
    m_plan = plan;
    m_lastApplied = {};
    setStatus(StepStatus::Inspecting);
    openSession(m_plan.backupInstance, true, [this](StepSession* session) {
        readChain(session, true, [this] {
            const StepFindings findings = chainFindings();
            StepOutcome outcome;
            const bool restoring = m_db.restoring();
            if (nothingToApply()) {
                outcome.status = StepStatus::AlreadyDone;
                outcome.summary =
                    restoring ? tr("%1 has every log backup found; the last is %2.")
                                    .arg(m_plan.mgcDatabase, recoveryPointText())
                              : tr("%1 is ONLINE: it was recovered, and no log backup can be restored "
                                   "any more.")
                                    .arg(m_plan.mgcDatabase);
                setOutcome(outcome);
            } else if (!m_chain.redoPointKnown) {
                failWith({StepStatus::Failed,
                          tr("The redo point of %1 cannot be read, so the wizard cannot tell which log "
                             "backups it lacks.")
                              .arg(m_plan.mgcDatabase),
                          {},
                          tr("Check that %1 is the log-shipping secondary (RESTORING or STANDBY) and that "
                             "your login may read sys.master_files.")
                              .arg(m_plan.mgcDatabase)},
                         true, findings);
                return;
            } else if (m_chain.toApply.isEmpty()) {
                failWith({StepStatus::Failed, gapText(), {}, gapRemedy()}, true, findings);
                return;
            } else {
                setStatus(StepStatus::Ready);
            }
            setFindings(findings);
        });
    });
}

QString ApplyLogsStep::gapRemedy() const
{
    // Read from the share (step 2's choice), the missing backup belongs there: the copy folder is not all
    // the step reads.
    const QStringList read = folders();
    return tr("Find the missing log backups (on the share, in the primary's local backup folder, or in "
              "another copy) and put them in %1, then run the step again. Without them, %2 can only be "
              "brought online at the point before the gap: what was written after it is lost.")
        .arg(read.isEmpty() ? m_plan.logShipping.copyDestinationFolder : read.constLast(),
             m_plan.mgcDatabase);
}

// ---- running ----------------------------------------------------------------------------------------------

void ApplyLogsStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_applied.clear();
    m_queue.clear();
    m_lastApplied = {};
    m_current = -1;
    m_stopError = {};
    m_stopSummary.clear();
    setStatus(StepStatus::Running);
    openSession(m_plan.backupInstance, false, [this](StepSession* session) {
        // Planned again: what another restore applied since the inspection is skipped.
        readChain(session, false, [this] {
            setFindings(chainFindings());
            m_queue = m_chain.toApply;
            if (m_queue.isEmpty()) {
                startVerify(Ending::AfterRun);
                return;
            }
            StepSession* worker = newWorker(m_plan.backupInstance);
            worker->open(
                [this] { applyNext(); },
                [this](const SqlMessages& messages) { failOpen(messages, m_plan.backupInstance, false); });
        });
    });
}

void ApplyLogsStep::applyNext()
{
    if (m_cancelRequested) {
        startVerify(Ending::AfterCancel);
        return;
    }
    if (m_queue.isEmpty()) {
        m_current = -1;
        startVerify(Ending::AfterRun);
        return;
    }
    const LogBackupFile file = m_queue.takeFirst();
    m_current = int(m_chain.toApply.size() - m_queue.size() - 1);
    Q_EMIT fileStarted(m_current, int(m_chain.toApply.size()), file.path);
    const QString batch =
        LogRestoreSql::restoreLog(m_plan.mgcDatabase, file.path, file.set.position, statsPercent);
    m_worker->execute(batch, [this, file](const BatchResult& result) {
        stopProbe();
        if (result.succeeded()) {
            m_applied << file;
            m_lastApplied = file;
            applyNext();
            return;
        }
        fileStopped(result, file);
    });
    startProbe(m_plan.backupInstance, QStringLiteral("RESTORE LOG"), file.set.sizeBytes);
}

void ApplyLogsStep::fileStopped(const BatchResult& result, const LogBackupFile& file)
{
    // Never stopped with a success: that applies the next file.
    if (const std::optional<Ending> ending = endingOf(result, m_stopError)) {
        startVerify(*ending);
        return;
    }
    const SqlMessage error = ErrorAdvice::decisiveError(result.messages);
    // 4326: the database has this log already (another restore got there first): nothing is lost.
    if (error.number == 4326) {
        applyNext();
        return;
    }
    const QString needed =
        m_applied.isEmpty() ? Lsn::normalized(m_redoLsn) : Lsn::normalized(m_applied.constLast().set.lastLsn);
    m_stopError = error;
    if (error.number == 4305) {
        m_stopSummary = tr("SQL Server refused %1 (error 4305): it begins at LSN %2, but %3 needs LSN %4 "
                           "next. The log backups holding LSN %4 up to %2 are missing.")
                            .arg(file.path, Lsn::normalized(file.set.firstLsn), m_plan.mgcDatabase, needed);
    } else if (error.number == 3117) {
        m_stopSummary = tr("SQL Server refused %1 (error 3117): %2 is no longer waiting for log restores; it "
                           "was recovered or restored anew.")
                            .arg(file.path, m_plan.mgcDatabase);
    } else {
        m_stopSummary = tr("Restoring %1 failed.").arg(file.path);
    }
    startVerify(Ending::AfterRun);
}

// ---- verifying --------------------------------------------------------------------------------------------

void ApplyLogsStep::verify(const Plan& plan)
{
    m_plan = plan;
    m_applied.clear();
    m_stopError = {};
    m_stopSummary.clear();
    startVerify(Ending::Requested);
}

void ApplyLogsStep::startVerify(Ending ending)
{
    stopProbe();
    m_current = -1;
    setStatus(StepStatus::Verifying);
    if (m_worker)
        m_worker->retire();
    const LogBackupFile lastOfRun = m_lastApplied;
    openSession(m_plan.backupInstance, false, [this, ending, lastOfRun](StepSession* session) {
        readChain(session, false, [this, ending, lastOfRun] {
            if (!lastOfRun.path.isEmpty())
                m_lastApplied = lastOfRun;
            setFindings(chainFindings());
            const QString restored = tr("%n log backup(s) restored.", "", int(m_applied.size()));
            StepOutcome outcome;
            if (ending == Ending::AfterCancel) {
                outcome.status = StepStatus::Cancelled;
                outcome.summary =
                    tr("Cancelled. %1 The recovery point so far: %2.").arg(restored, recoveryPointText());
                outcome.remedy = tr("Run the step again to restore the rest.");
            } else if (ending == Ending::AfterConnectionLost || !m_stopSummary.isEmpty()) {
                outcome.status = StepStatus::Failed;
                outcome.error = m_stopError;
                outcome.summary =
                    ending == Ending::AfterConnectionLost
                        ? tr("The connection to %1 broke. %2").arg(m_plan.backupInstance.name, restored)
                        : m_stopSummary + QLatin1Char(' ') + restored;
                outcome.remedy = m_stopError.number == 4305 ? gapRemedy() : ErrorAdvice::remedy(m_stopError);
            } else if (nothingToApply()) {
                outcome.status = StepStatus::Done;
                outcome.summary = tr("%1 %2 has every log backup found and stays RESTORING for step 4; "
                                     "the recovery point is %3.")
                                      .arg(restored, m_plan.mgcDatabase, recoveryPointText());
            } else if (m_chain.hasGap && m_chain.toApply.isEmpty()) {
                outcome.status = StepStatus::Failed;
                outcome.summary = restored + QLatin1Char(' ') + gapText();
                outcome.remedy = gapRemedy();
            } else {
                outcome.status = StepStatus::Failed;
                outcome.summary =
                    tr("%1 %n log backup(s) are still to be restored.", "", int(m_chain.toApply.size()))
                        .arg(restored);
                outcome.remedy = tr("Run the step (again) to restore them.");
            }
            finish(outcome);
        });
    });
}

} // namespace pchat
