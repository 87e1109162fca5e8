// Step 3: a full backup of mgc on the backup instance to the file on the log-shipping share (Back Up Database
// as SSMS scripts it), followed live by a probe on a second connection; verified through msdb.dbo.backupset
// and RESTORE HEADERONLY of the file.
#pragma once

#include "backupsetinfo.h"
#include "sqlstep.h"

#include <QPointer>

namespace pchat {

class ProgressProbe;

class BackupStep : public SqlStep
{
    Q_OBJECT

public:
    explicit BackupStep(QObject* parent = nullptr);
    ~BackupStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;

    // What inspect read (empty or 0 before).
    QString databaseState() const { return m_databaseState; }
    QString recoveryModel() const { return m_recoveryModel; }
    qint64 databaseSizeBytes() const { return m_databaseBytes; }
    bool backupFileExists() const { return m_fileExists; }
    // False when xp_fileexist says the share folder does not exist for the SQL Server service account.
    bool shareFolderReachable() const { return m_folderReachable; }
    // The newest msdb.dbo.backupset row of the database (after a run: the new backup), and its file.
    const BackupSetInfo& latestBackup() const { return m_latest; }
    QString latestBackupDevice() const { return m_latestDevice; }
    bool hasLatestBackup() const { return m_latestId > 0; }

private:
    void readDatabase(StepSession* session, bool inspection, std::function<void()> then);
    void readSize(StepSession* session, bool inspection, std::function<void()> then);
    void readFile(StepSession* session, bool inspection, std::function<void()> then);
    void readLatest(StepSession* session, bool inspection, std::function<void()> then);
    void startBackup();
    void backupEnded(const BatchResult& result);
    void startVerify(Ending ending);
    void checkHeader(Ending ending);
    void finishNotCompleted(Ending ending, const QString& state);
    StepFindings inspectionFindings() const;

    QString m_databaseState;
    QString m_recoveryModel;
    qint64 m_databaseBytes = 0;
    bool m_databaseExists = false;
    bool m_fileExists = false;
    bool m_folderReachable = true;
    BackupSetInfo m_latest;
    qint64 m_latestId = 0;
    QString m_latestDevice;
    // The newest backup_set_id before the run started, to tell a new backup from an old one; -1 unknown.
    qint64 m_previousId = -1;
    qint64 m_backupElapsedMs = 0;
    bool m_verified = false;
    SqlMessage m_lostError;
};

} // namespace pchat
