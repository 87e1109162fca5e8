// Step 4: restore the primary's mgc from the step 3 file WITH REPLACE, RECOVERY (optionally closing existing
// connections first), followed live by a probe on a second connection; verified through sys.databases
// (ONLINE) and msdb.dbo.restorehistory. A cancel or a lost connection is never done: the state the server
// left is read again and reported.
#pragma once

#include "backend/plan/filerelocation.h"
#include "backupfileinfo.h"
#include "backupsetinfo.h"
#include "restorerun.h"
#include "sessioninfo.h"
#include "sqlstep.h"

#include <QPointer>
#include <QStringList>

namespace pchat {

class ProgressProbe;

class RestoreStep : public SqlStep
{
    Q_OBJECT

public:
    explicit RestoreStep(QObject* parent = nullptr);
    ~RestoreStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;

    // RESTORE HEADERONLY of the file: the backup sets to choose from (Specify Backup).
    const BackupSetInfos& backupSets() const { return m_backupSets; }
    // The position inspect read the file list of: the plan's when the file has it, else the newest full
    // database backup; 0 when the file holds none.
    int selectedPosition() const { return m_position; }
    // RESTORE FILELISTONLY of that backup set: the rows of the relocation grid.
    const BackupFileInfos& backupFiles() const { return m_backupFiles; }
    // The instance's default data and log folders (SERVERPROPERTY), or else the folders of the target
    // database's current files; empty when neither is known.
    QString defaultDataPath() const { return m_defaultDataPath; }
    QString defaultLogPath() const { return m_defaultLogPath; }
    // The backup's files moved to the default folders, keeping their file names.
    QList<FileRelocation> suggestedRelocations() const;
    // The target database on the primary as last read: exists, state_desc (ONLINE, RESTORING ...), mirrored.
    bool targetExists() const { return m_targetExists; }
    QString targetState() const { return m_targetState; }
    bool targetMirrored() const { return m_targetMirrored; }
    // Other sessions that use the target database (what "Close existing connections" ends).
    const SessionInfos& otherSessions() const { return m_otherSessions; }
    int otherSessionCount() const { return int(m_otherSessions.size()); }

private:
    void readHeader(StepSession* session, bool inspection, std::function<void()> then);
    void readFileList(StepSession* session, std::function<void()> then);
    void readDefaultPaths(StepSession* session, std::function<void()> then);
    void readTarget(StepSession* session, bool inspection, std::function<void()> then);
    void readMirroring(StepSession* session, std::function<void()> then);
    void readCurrentFiles(StepSession* session, std::function<void()> then);
    void readSessions(StepSession* session, std::function<void()> then);
    void readLatestRestore(StepSession* session, bool inspection, std::function<void()> then);
    void inspectionDone();
    StepFindings inspectionFindings() const;
    int choosePosition(int wanted) const;

    void runBatches(const QStringList& batches);
    void cancelledBetweenBatches();
    // A batch did not succeed: the state left is read back, or (refused) the step fails with the error.
    void batchStopped(const BatchResult& result, bool restoreBatch);
    // The size of the backup set to restore, for the progress probe's throughput.
    qint64 selectedBackupSize() const;
    void readLeftState(Ending ending);
    void startVerify(Ending ending);

    BackupSetInfos m_backupSets;
    BackupFileInfos m_backupFiles;
    int m_position = 0;
    QString m_defaultDataPath;
    QString m_defaultLogPath;
    QString m_currentDataFolder;
    QString m_currentLogFolder;
    bool m_targetExists = false;
    QString m_targetState;
    bool m_targetMirrored = false;
    SessionInfos m_otherSessions;

    // The run: its restore sequence and what it has done so far.
    RestoreRun m_restore;
    SqlMessage m_lostError;
    qint64 m_restoreElapsedMs = 0;
    // restore_history_id before the run, to tell the run's restore from older ones; -1 unknown.
    qint64 m_previousRestoreId = -1;
    qint64 m_latestRestoreId = 0;
    QDateTime m_latestRestoreDate;
};

} // namespace pchat
