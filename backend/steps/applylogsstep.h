// Failover step 3: restores every log backup the backup mgc lacks, in LSN order, WITH NORECOVERY, on the
// backup instance. Inspect lists the copy folder (and the share, when the operator reads from it), reads each
// file's header and the database's redo point and plans the chain (LogBackupChain), gap included; run
// restores the plan file by file, stops at a gap or at SQL Server's 4305/3117; verify plans again.
#pragma once

#include "backupmgcstep.h"
#include "logchainplan.h"

#include <QStringList>

namespace pchat {

class ApplyLogsStep : public BackupMgcStep
{
    Q_OBJECT

public:
    explicit ApplyLogsStep(QObject* parent = nullptr);
    ~ApplyLogsStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;

    // Off: the log backups are read from log shipping's copy folder only. On: from the share as well (the
    // backup instance's service account reads it), for the backups step 2 did not copy.
    void setReadFromShare(bool on) { m_readFromShare = on; }
    bool readFromShare() const { return m_readFromShare; }
    // The folders listed, in the order the chain prefers them.
    QStringList folders() const;
    // The same for a plan: the copy folder, then the share when readFromShare.
    static QStringList folders(const Plan& plan, bool readFromShare);
    // STATS = n of each RESTORE LOG.
    static constexpr int statsPercent = 10;

    // As last read: the database's state, its redo point and every log backup set found, with the plan.
    QString redoStartLsn() const { return m_redoLsn; }
    const LogBackupFiles& files() const { return m_files; }
    const LogChainPlan& chain() const { return m_chain; }
    // The run so far: the backups restored (in order), and the one being restored (-1 before and after).
    const LogBackupFiles& applied() const { return m_applied; }
    int currentIndex() const { return m_current; }
    // The last log backup the database has (from this run, or else from msdb's restorehistory): the recovery
    // point that step 4 states. Empty path when unknown.
    const LogBackupFile& lastApplied() const { return m_lastApplied; }

Q_SIGNALS:
    // The restore of file index (0-based) of count in chain().toApply begins: the page's per-file progress.
    void fileStarted(int index, int count, const QString& path);

private:
    // Reads state, redo point, folders and headers on session, plans the chain, then calls then; a failure
    // ends the verb (inspection or not).
    void readChain(StepSession* session, bool inspection, std::function<void()> then);
    void readFolders(StepSession* session, bool inspection, QStringList folders, std::function<void()> then);
    void readHeaders(StepSession* session, bool inspection, QStringList paths, std::function<void()> then);
    void readLastRestore(StepSession* session, std::function<void()> then);
    StepFindings chainFindings() const;
    // The outcome when nothing is left to restore (AlreadyDone or Done), or else a failure: a gap, the
    // database not restoring.
    bool nothingToApply() const;
    QString gapText() const;
    QString gapRemedy() const;
    QString recoveryPointText() const;
    void applyNext();
    void fileStopped(const BatchResult& result, const LogBackupFile& file);
    void startVerify(Ending ending);

    bool m_readFromShare = false;
    QString m_redoLsn;
    LogBackupFiles m_files;
    LogChainPlan m_chain;
    LogBackupFiles m_queue;
    LogBackupFiles m_applied;
    LogBackupFile m_lastApplied;
    int m_current = -1;
    SqlMessage m_stopError;
    QString m_stopSummary;
};

} // namespace pchat
