#include "failovercopybackupsstep.h"

#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/failoversql.h"
#include "logbackupnames.h"
#include "resultvalues.h"
#include "stepsession.h"

#include <QLocale>

namespace pchat {

namespace {

// "Cannot open backup device '%ls'. Operating system error %ls."
constexpr int cannotOpenDevice = 3201;
constexpr int fileNotFound = 2;

} // namespace

FailoverCopyBackupsStep::FailoverCopyBackupsStep(QObject* parent)
    : SqlStep(StepId::FailoverCopyBackups, parent)
{
}

FailoverCopyBackupsStep::~FailoverCopyBackupsStep() = default;

QString FailoverCopyBackupsStep::shareFolder(const Plan& plan)
{
    return plan.logShipping.backupNetworkPath.isEmpty() ? plan.backup.shareFolder
                                                        : plan.logShipping.backupNetworkPath;
}

QString FailoverCopyBackupsStep::copyFolder(const Plan& plan)
{
    return plan.logShipping.copyDestinationFolder;
}

QStringList FailoverCopyBackupsStep::uncopiedPaths() const
{
    const QString folder = m_source == LogBackupSource::Share ? shareFolder(m_plan) : copyFolder(m_plan);
    QStringList paths;
    for (const File& file : m_decided)
        paths << joinWindowsPath(folder, file.name);
    return paths;
}

void FailoverCopyBackupsStep::readFolders(Phase phase, std::function<void()> then)
{
    const bool inspecting = phase == Phase::Inspect;
    StepSession* session = newSession(m_plan.backupInstance);
    const QString batch = FailoverSql::listFolder(shareFolder(m_plan)) + QLatin1Char('\n') +
                          FailoverSql::listFolder(copyFolder(m_plan)) + QLatin1Char('\n') +
                          CheckSql::services();
    session->open(
        [this, session, batch, phase, inspecting, then] {
            session->execute(batch, [this, session, phase, inspecting, then](const BatchResult& result) {
                if (!result.succeeded()) {
                    failBatch(result, tr("Listing the log backups failed."), inspecting);
                    return;
                }
                const auto names = [&result](int index) {
                    QStringList list;
                    const StatementResult rows =
                        index < result.statements.size() ? result.statements.at(index) : StatementResult{};
                    for (int row = 0; row < rows.rows.size(); ++row) {
                        if (ResultValues::integer(rows.value(row, QStringLiteral("file"))) == 1)
                            list << ResultValues::text(rows.value(row, QStringLiteral("subdirectory")));
                    }
                    return list;
                };
                const QString database = m_plan.mgcDatabase;
                const QStringList share = names(0);
                // The accounts that must read the share, for the remedy: the engine's and the Agent's.
                m_accounts.clear();
                const StatementResult services =
                    result.statements.size() > 2 ? result.statements.at(2) : StatementResult{};
                for (int row = 0; row < services.rows.size(); ++row) {
                    const QString service =
                        ResultValues::text(services.value(row, QStringLiteral("servicename")));
                    const QString account =
                        ResultValues::text(services.value(row, QStringLiteral("service_account")));
                    if (service.startsWith(QLatin1String("SQL Server")) && !account.isEmpty() &&
                        !m_accounts.contains(account, Qt::CaseInsensitive))
                        m_accounts << account;
                }
                m_copied.clear();
                for (const QString& name : names(1)) {
                    if (LogBackupNames::isLogBackupOf(database, name))
                        m_copied << name;
                }
                std::sort(m_copied.begin(), m_copied.end(), [&database](const QString& a, const QString& b) {
                    return LogBackupNames::backupTime(database, a) < LogBackupNames::backupTime(database, b);
                });
                m_shareLogBackups =
                    int(std::count_if(share.cbegin(), share.cend(), [&database](const QString& n) {
                        return LogBackupNames::isLogBackupOf(database, n);
                    }));
                m_uncopied.clear();
                for (const QString& name : LogBackupNames::uncopied(database, share, m_copied)) {
                    File file;
                    file.name = name;
                    file.backupTime = LogBackupNames::backupTime(database, name);
                    m_uncopied << file;
                }
                if (m_shareLogBackups > 0) {
                    readHeaders(phase, then);
                    return;
                }
                // xp_dirtree lists a folder it cannot read as empty, without an error: reading a file that
                // was on the share (the copy job copied it from there) makes SQL Server say why.
                const QString probe =
                    joinWindowsPath(shareFolder(m_plan),
                                    m_copied.isEmpty() ? database + QStringLiteral(".trn") : m_copied.last());
                session->execute(BackupSql::headerOnly(probe),
                                 [this, phase, then](const BatchResult& probed) {
                                     const SqlMessage error = ErrorAdvice::decisiveError(probed.messages);
                                     if (!probed.succeeded() &&
                                         !(error.number == cannotOpenDevice &&
                                           ErrorAdvice::operatingSystemError(error.text) == fileNotFound)) {
                                         failShareUnreadable(probed, phase);
                                         return;
                                     }
                                     then();
                                 });
            });
        },
        [this, inspecting](const SqlMessages& messages) {
            failOpen(messages, m_plan.backupInstance, inspecting);
        });
}

void FailoverCopyBackupsStep::readHeaders(Phase phase, std::function<void()> then)
{
    if (m_uncopied.isEmpty()) {
        then();
        return;
    }
    QStringList batch;
    for (const File& file : std::as_const(m_uncopied))
        batch << BackupSql::headerOnly(joinWindowsPath(shareFolder(m_plan), file.name));
    m_session->execute(batch.join(QLatin1Char('\n')), [this, phase, then](const BatchResult& result) {
        if (!result.succeeded()) {
            failShareUnreadable(result, phase);
            return;
        }
        for (int index = 0; index < m_uncopied.size() && index < result.statements.size(); ++index) {
            const StatementResult& header = result.statements.at(index);
            if (header.rows.isEmpty())
                continue;
            m_uncopied[index].sizeBytes =
                ResultValues::integer(header.value(0, QStringLiteral("BackupSize")), -1);
            m_uncopied[index].finished =
                ResultValues::dateTime(header.value(0, QStringLiteral("BackupFinishDate")));
        }
        then();
    });
}

void FailoverCopyBackupsStep::failShareUnreadable(const BatchResult& result, Phase phase)
{
    StepOutcome outcome;
    outcome.status = StepStatus::Failed;
    outcome.error = ErrorAdvice::errorOf(result);
    outcome.summary =
        tr("%1 cannot read the log backups on %2.").arg(m_plan.backupInstance.name, shareFolder(m_plan));
    // Step 3's RESTORE LOG reads the share as the SQL Server service; the copy job read it as the Agent.
    // Other operating-system errors (a wrong path, the file server down) have ErrorAdvice's remedy.
    constexpr int accessDenied = 5;
    outcome.remedy =
        ErrorAdvice::operatingSystemError(outcome.error.text) == accessDenied
            ? tr("Give %1 Read on the share %2 (share and folder permissions), then choose Re-check. Without "
                 "it "
                 "neither robocopy run as those accounts nor a restore from the share can read the files.")
                  .arg(m_accounts.isEmpty()
                           ? tr("the SQL Server service account and the SQL Server Agent account of %1")
                                 .arg(m_plan.backupInstance.name)
                           : tr("the accounts of SQL Server and SQL Server Agent on %1 (%2)")
                                 .arg(m_plan.backupInstance.name, m_accounts.join(QLatin1String(", "))),
                       shareFolder(m_plan))
            : ErrorAdvice::remedy(outcome.error);
    failWith(outcome, phase == Phase::Inspect,
             {{tr("Share %1").arg(shareFolder(m_plan)), outcome.error.text, false}});
}

StepFindings FailoverCopyBackupsStep::findingsFromState() const
{
    StepFindings findings;
    findings
        << StepFinding{tr("Log backups of %1 on the share %2").arg(m_plan.mgcDatabase, shareFolder(m_plan)),
                       QString::number(m_shareLogBackups)}
        << StepFinding{tr("Log backups in the copy folder %1").arg(copyFolder(m_plan)),
                       m_copied.isEmpty()
                           ? tr("none")
                           : tr("%1, the newest %2").arg(QString::number(m_copied.size()), m_copied.last())};
    QStringList names;
    for (const File& file : m_uncopied)
        names << file.name;
    findings << StepFinding{tr("Not copied"), names.isEmpty() ? tr("none") : names.join(QLatin1String(", "))};
    switch (m_source) {
    case LogBackupSource::NotChosen:
        break;
    case LogBackupSource::CopyFolder:
        findings << StepFinding{tr("Step 3 reads the log backups from"),
                                tr("the copy folder %1 (copied by the operator)").arg(copyFolder(m_plan))};
        break;
    case LogBackupSource::Share:
        findings << StepFinding{tr("Step 3 reads the log backups from"),
                                tr("the share %1 (not copied)").arg(shareFolder(m_plan))};
        break;
    }
    return findings;
}

void FailoverCopyBackupsStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    readFolders(Phase::Inspect, [this] {
        // The findings come last: they announce the end of the inspection (inspected()).
        m_decided = m_uncopied;
        if (!m_uncopied.isEmpty()) {
            setStatus(StepStatus::Ready);
        } else {
            StepOutcome outcome;
            outcome.status = StepStatus::AlreadyDone;
            outcome.summary =
                tr("Every log backup of %1 on the share is in the copy folder: nothing to copy.")
                    .arg(m_plan.mgcDatabase);
            setOutcome(outcome);
        }
        setFindings(findingsFromState());
    });
}

void FailoverCopyBackupsStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    // The plan's answer stands in for the page's choice (an unattended run has no page).
    if (m_source == LogBackupSource::NotChosen && plan.failover.restoreFromShare)
        m_source = LogBackupSource::Share;
    if (m_source == LogBackupSource::NotChosen) {
        StepOutcome outcome;
        outcome.status = StepStatus::Failed;
        outcome.summary =
            tr("Choose whether you copy the log backups or step 3 restores them from the share.");
        outcome.remedy =
            tr("On the page, choose one of the two. In an unattended run, copy the log backups "
               "listed above into the copy folder first, or set failover.restoreFromShare in the "
               "plan to true.");
        finish(outcome);
        return;
    }
    setStatus(StepStatus::Running);
    readFolders(Phase::Run, [this] { evaluate(Phase::Run); });
}

void FailoverCopyBackupsStep::verify(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Verifying);
    readFolders(Phase::Verify, [this] { evaluate(Phase::Verify); });
}

void FailoverCopyBackupsStep::evaluate(Phase phase)
{
    setFindings(findingsFromState());
    StepOutcome outcome;
    if (m_cancelRequested) {
        outcome.status = StepStatus::Cancelled;
        outcome.summary = tr("Cancelled; nothing was decided.");
        finish(outcome);
        return;
    }
    if (m_source == LogBackupSource::Share) {
        // The share was listed and every uncopied file's header read as the service account: step 3 can.
        if (m_decided.isEmpty())
            m_decided = m_uncopied;
        outcome.status = StepStatus::Done;
        outcome.summary = tr("Not copied: step 3 restores %n log backup(s) directly from the share %1, which "
                             "%2 reads.",
                             nullptr, int(m_decided.size()))
                              .arg(shareFolder(m_plan), m_plan.backupInstance.name);
        finish(outcome);
        return;
    }
    if (m_uncopied.isEmpty()) {
        outcome.status =
            m_decided.isEmpty() && phase == Phase::Verify && m_source == LogBackupSource::NotChosen
                ? StepStatus::AlreadyDone
                : StepStatus::Done;
        outcome.summary =
            m_decided.isEmpty()
                ? tr("Every log backup on the share is in the copy folder.")
                : tr("Copied: the copy folder %1 now holds the %n log backup(s) that were missing; "
                     "step 3 reads them there.",
                     nullptr, int(m_decided.size()))
                      .arg(copyFolder(m_plan));
        finish(outcome);
        return;
    }
    outcome.status = StepStatus::Failed;
    outcome.summary = tr("%n log backup(s) on the share are still not in the copy folder %1.", nullptr,
                         int(m_uncopied.size()))
                          .arg(copyFolder(m_plan));
    outcome.remedy =
        tr("Run the robocopy command shown on the page as an account that can read the share and "
           "write the copy folder, then choose Verify; or choose to restore directly from the "
           "share.");
    finish(outcome);
}

} // namespace pchat
