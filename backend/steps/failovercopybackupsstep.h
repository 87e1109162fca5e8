// Failover step 2: the log backups on the share that the copy job had not copied into the copy folder, as
// the backup instance's service account sees both folders (xp_dirtree, RESTORE HEADERONLY for sizes). The
// operator either copies them (robocopy, then verify) or decides that step 3 restores them from the share;
// the decision is the step's result that step 3 reads (source(), uncopiedPaths()).
#pragma once

#include "backend/steps/logbackupsource.h"
#include "sqlstep.h"

#include <QDateTime>

namespace pchat {

struct BatchResult;

class FailoverCopyBackupsStep : public SqlStep
{
    Q_OBJECT

public:
    // One uncopied log backup: its name, the time in its name (UTC) and what its header says.
    struct File
    {
        QString name;
        QDateTime backupTime;
        qint64 sizeBytes = -1; // -1 until the header was read
        QDateTime finished;

        bool operator==(const File&) const = default;
    };

    explicit FailoverCopyBackupsStep(QObject* parent = nullptr);
    ~FailoverCopyBackupsStep() override;

    // The operator's choice on the page; run() needs one.
    void setSource(LogBackupSource source) { m_source = source; }
    LogBackupSource source() const { return m_source; }
    // The share and the copy folder the step lists for the plan.
    static QString shareFolder(const Plan& plan);
    static QString copyFolder(const Plan& plan);

    void inspect(const Plan& plan) override;
    // CopyFolder: checks that the copy folder now holds every file; Share: checks that the service account
    // reads the files on the share and records the decision. Either ends Done or Failed.
    void run(const Plan& plan) override;
    // Lists both folders again and says what is still uncopied.
    void verify(const Plan& plan) override;

    // The log backups on the share that the copy folder lacked at the last listing, oldest first.
    const QList<File>& uncopied() const { return m_uncopied; }
    // Those that were uncopied at the inspection: what the operator copied, or step 3 reads from the share.
    const QList<File>& decided() const { return m_decided; }
    // For step 3: the full paths of decided(), in the folder source() names.
    QStringList uncopiedPaths() const;
    // The database's log backups in the copy folder at the last listing.
    const QStringList& copied() const { return m_copied; }

private:
    enum class Phase
    {
        Inspect,
        Run,
        Verify,
    };

    // Lists both folders, checks that the share is readable, reads the headers of the uncopied files.
    void readFolders(Phase phase, std::function<void()> then);
    void readHeaders(Phase phase, std::function<void()> then);
    void failShareUnreadable(const BatchResult& result, Phase phase);
    StepFindings findingsFromState() const;
    void evaluate(Phase phase);

    LogBackupSource m_source = LogBackupSource::NotChosen;
    QStringList m_copied;
    // The service accounts of the backup instance's SQL Server and SQL Server Agent (sys.dm_server_services).
    QStringList m_accounts;
    int m_shareLogBackups = 0;
    QList<File> m_uncopied;
    QList<File> m_decided;
};

} // namespace pchat
