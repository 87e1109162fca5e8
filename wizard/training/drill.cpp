#include "drill.h"

#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"
#include "wizard/failbackwizard.h"

#include <utility>

namespace pchat {

Drill::Drill(Id id, int pageId, QStringList labFaults, PlanChange planChange, const Targets& targets)
    : m_id(id)
    , m_pageId(pageId)
    , m_labFaults(std::move(labFaults))
    , m_planChange(planChange)
    , m_targets(targets)
{
}

QList<Drill> Drill::catalogOf(const Procedure& procedure, const Targets& targets)
{
    using Catalog = QList<Drill> (*)(const Targets&);
    static const std::pair<QLatin1String, Catalog> catalogs[] = {
        {AuditProcedure::Failback, &Drill::catalog},
        {AuditProcedure::Failover, &Drill::failoverCatalog},
    };
    for (const auto& [name, catalog] : catalogs) {
        if (procedure.name() == name)
            return catalog(targets);
    }
    return {};
}

QList<Drill> Drill::catalog(const Targets& t)
{
    using W = FailbackWizard;
    return {
        // The Preflight's connectivity check meets the wrong password first.
        Drill(Id::WrongPassword, W::EnvironmentPageId, {}, PlanChange::MistypedPassword, t),
        Drill(Id::BackupConnectionLost, W::BackupPageId, {QStringLiteral("backup-drop-at:40")},
              PlanChange::None, t),
        Drill(Id::DatabaseInUse, W::RestorePageId,
              {QStringLiteral("db-in-use:%1:%2").arg(t.primaryInstance, t.database)},
              PlanChange::KeepExistingConnections, t),
        Drill(Id::AgentStopped, W::LogShippingPageId,
              {QStringLiteral("agent-stopped:%1").arg(t.secondaryInstance)}, PlanChange::None, t),
        Drill(Id::ShareAccessDenied, W::LogShippingPageId,
              {QStringLiteral("share-not-readable:%1").arg(t.secondaryAgentAccount)}, PlanChange::None, t),
        // Step 6's cmdlet; step 1 uses the same one, but it has run by then.
        Drill(Id::CmdletFails, W::SetActiveServersPageId,
              {QStringLiteral("shell-cmdlet-fails:Set-CsPersistentChatActiveServer")}, PlanChange::None, t),
    };
}

QList<Drill> Drill::failoverCatalog(const Targets& t)
{
    const auto pageOf = [](StepId step) { return FailbackWizard::actionPageId(Procedure::failover(), step); };
    return {
        Drill(Id::FailoverShareNotReadable, pageOf(StepId::FailoverCopyBackups),
              {QStringLiteral("share-not-readable:%1").arg(t.secondaryServiceAccount)}, PlanChange::None, t),
        Drill(Id::LogBackupMissing, pageOf(StepId::FailoverApplyLogs), {QStringLiteral("log-backup-missing")},
              PlanChange::None, t),
        Drill(Id::SessionHoldsBackupMgc, pageOf(StepId::FailoverBringOnline),
              {QStringLiteral("db-in-use:%1:%2").arg(t.secondaryInstance, t.database)}, PlanChange::None, t),
        Drill(Id::MirrorInstallFails, pageOf(StepId::FailoverInstallMirror),
              {QStringLiteral("mirror-install-fails:%1").arg(t.backupMirror)}, PlanChange::None, t),
    };
}

QString Drill::key() const
{
    switch (m_id) {
    case Id::DatabaseInUse:
        return QStringLiteral("database-in-use");
    case Id::ShareAccessDenied:
        return QStringLiteral("share-access-denied");
    case Id::BackupConnectionLost:
        return QStringLiteral("backup-connection-lost");
    case Id::CmdletFails:
        return QStringLiteral("cmdlet-fails");
    case Id::AgentStopped:
        return QStringLiteral("agent-stopped");
    case Id::WrongPassword:
        return QStringLiteral("wrong-password");
    case Id::FailoverShareNotReadable:
        return QStringLiteral("failover-share-not-readable");
    case Id::LogBackupMissing:
        return QStringLiteral("log-backup-missing");
    case Id::SessionHoldsBackupMgc:
        return QStringLiteral("session-holds-backup-mgc");
    case Id::MirrorInstallFails:
        return QStringLiteral("mirror-install-fails");
    }
    return {};
}

QString Drill::title() const
{
    switch (m_id) {
    case Id::DatabaseInUse:
        return tr("Database in use at the restore");
    case Id::ShareAccessDenied:
        return tr("Share access denied for the secondary's Agent");
    case Id::BackupConnectionLost:
        return tr("Connection lost during the backup");
    case Id::CmdletFails:
        return tr("A cmdlet that fails");
    case Id::AgentStopped:
        return tr("SQL Server Agent stopped");
    case Id::WrongPassword:
        return tr("Wrong password");
    case Id::FailoverShareNotReadable:
        return tr("Share not readable for the backup instance");
    case Id::LogBackupMissing:
        return tr("A log backup missing from the chain");
    case Id::SessionHoldsBackupMgc:
        return tr("A session holds the backup mgc");
    case Id::MirrorInstallFails:
        return tr("The mirror instance does not answer");
    }
    return {};
}

QString Drill::description() const
{
    const Targets& t = m_targets;
    switch (m_id) {
    case Id::DatabaseInUse:
        return tr("When the restore page opens, another session starts to use %1 on %2 (an application or a "
                  "forgotten query window), and \"Close existing connections\" is off, as SSMS leaves it. "
                  "The "
                  "restore fails with error 3101.")
            .arg(t.database, t.primaryInstance);
    case Id::ShareAccessDenied:
        return tr("When the log shipping page opens, the SQL Server Agent account of %1 (%2) loses read "
                  "access "
                  "to the log shipping share. The configuration succeeds, but the copy job fails with "
                  "\"access "
                  "denied\" when you wait for the first log backup, copy and restore.")
            .arg(t.secondaryInstance, t.secondaryAgentAccount);
    case Id::BackupConnectionLost:
        return tr("While step 3 backs up %1 on %2, the connection drops at 40 percent. The backup stops, and "
                  "the file it was writing is unusable.")
            .arg(t.database, t.secondaryInstance);
    case Id::CmdletFails:
        return tr("In step 6, Set-CsPersistentChatActiveServer fails: the management shell cannot reach the "
                  "Central Management Store.");
    case Id::AgentStopped:
        return tr("When the log shipping page opens, SQL Server Agent stops on %1. Log shipping's jobs could "
                  "not "
                  "run, so the step refuses to configure it.")
            .arg(t.secondaryInstance);
    case Id::WrongPassword:
        return tr("When the Environment page opens, the password of %1 is replaced by a mistyped one, as a "
                  "slip "
                  "of the finger would give it; the lab is not changed. The Preflight checks cannot log in "
                  "(error 18456).")
            .arg(t.primaryInstance);
    case Id::FailoverShareNotReadable:
        return tr("When the page of failover step 2 opens, the SQL Server service account of %1 (%2) loses "
                  "read access to the log shipping share. xp_dirtree lists the share as empty, without an "
                  "error; the wizard reads a file there and shows SQL Server's error 3201 (operating system "
                  "error 5).")
            .arg(t.secondaryInstance, t.secondaryServiceAccount);
    case Id::LogBackupMissing:
        return tr("When the page that applies the log backups opens, one log backup on the share is gone: "
                  "the "
                  "first one log shipping had not copied when the disaster struck. The wizard finds a gap in "
                  "the log chain of %1 and names the missing LSN range.")
            .arg(t.database);
    case Id::SessionHoldsBackupMgc:
        return tr("When the page that brings %1 online opens, an application session uses %1 on %2, as a "
                  "Persistent Chat server that reconnects would. RESTORE ... WITH RECOVERY fails with error "
                  "3101 while it is there.")
            .arg(t.database, t.secondaryInstance);
    case Id::MirrorInstallFails:
        return tr("When the page \"Mirror the new primary mgc\" opens, the backup's mirror instance %1 stops "
                  "answering. Install-CsMirrorDatabase fails: it cannot connect to the mirror.")
            .arg(t.backupMirror);
    }
    return {};
}

QString Drill::recovery() const
{
    const Targets& t = m_targets;
    switch (m_id) {
    case Id::DatabaseInUse:
        return tr(
            "Read the error and its remedy. Either tick \"Close existing connections\" and retry, or end "
            "the session as the DBA would (fix it in the lab) and retry.");
    case Id::ShareAccessDenied:
        return tr("Read the copy job's error and its remedy. Grant %1 read access on the share as the file "
                  "server's administrator would (fix it in the lab), then wait for the first log shipping "
                  "again.")
            .arg(t.secondaryAgentAccount);
    case Id::BackupConnectionLost:
        return tr("Read the error and its remedy: the wizard reads the state again on a new connection. Once "
                  "the network is back (fix it in the lab), retry the backup; it writes the file anew.");
    case Id::CmdletFails:
        return tr("Read the shell's error and the remedy. Once the Central Management Server answers again "
                  "(fix it in the lab), run the step again.");
    case Id::AgentStopped:
        return tr("Read the refusal and its remedy. Start SQL Server Agent on %1 as the DBA would (fix it in "
                  "the lab), then run the step again.")
            .arg(t.secondaryInstance);
    case Id::WrongPassword:
        return tr("Read the Preflight error and its remedy. Go back to the Environment page, type the lab's "
                  "password for %1 again (the trainer has it; it stands in the scenario file), and run the "
                  "checks again. Nothing needs fixing in the lab.")
            .arg(t.primaryInstance);
    case Id::FailoverShareNotReadable:
        return tr("Read the error and its remedy. Grant %1 read access on the share as the file server's "
                  "administrator would (fix it in the lab), then choose Re-check: the uncopied log backups "
                  "are listed again.")
            .arg(t.secondaryServiceAccount);
    case Id::LogBackupMissing:
        return tr("Read the gap, its LSN range and the remedy. Restore what precedes the gap if you must go "
                  "on, or find the missing backup first (fix it in the lab: the file is back on the share), "
                  "let the page read the chain again and restore the rest.");
    case Id::SessionHoldsBackupMgc:
        return tr("Read the session the page lists (host and program). Confirm ending it, type the database "
                  "and the instance, and run the step: KILL ends it before the recovery. If it comes back, "
                  "stop the application as its administrator would (fix it in the lab) and run again.");
    case Id::MirrorInstallFails:
        return tr("Read the cmdlet's error and its remedy. Once %1 answers again (fix it in the lab), run "
                  "the "
                  "step again: it installs the mirror of what is not mirrored yet.")
            .arg(t.backupMirror);
    }
    return {};
}

QString Drill::fixAction() const
{
    const Targets& t = m_targets;
    switch (m_id) {
    case Id::DatabaseInUse:
        return tr("End the session that uses %1.").arg(t.database);
    case Id::ShareAccessDenied:
        return tr("Grant %1 read access on the share.").arg(t.secondaryAgentAccount);
    case Id::FailoverShareNotReadable:
        return tr("Grant %1 read access on the share.").arg(t.secondaryServiceAccount);
    case Id::BackupConnectionLost:
        return tr("Bring the network back.");
    case Id::CmdletFails:
        return tr("Bring the Central Management Server back.");
    case Id::AgentStopped:
        return tr("Start SQL Server Agent on %1.").arg(t.secondaryInstance);
    case Id::LogBackupMissing:
        return tr("Put the missing log backup back on the share.");
    case Id::SessionHoldsBackupMgc:
        return tr("Stop the application that uses %1 on %2.").arg(t.database, t.secondaryInstance);
    case Id::MirrorInstallFails:
        return tr("Start the SQL Server service of %1.").arg(t.backupMirror);
    case Id::WrongPassword:
        break;
    }
    return {};
}

QString Drill::mistyped(const QString& password)
{
    QString slip = password;
    for (QChar& ch : slip) {
        const QChar flipped = ch.isUpper() ? ch.toLower() : ch.toUpper();
        if (flipped != ch) {
            ch = flipped;
            return slip;
        }
    }
    return slip + u'x';
}

} // namespace pchat
