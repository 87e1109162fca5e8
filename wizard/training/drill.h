// A fault drill of training mode: what goes wrong, on which page it strikes, the lab faults that make it
// happen, and how the trainee recovers with the wizard's own remedies.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pchat {

class Procedure;

class Drill
{
    Q_DECLARE_TR_FUNCTIONS(Drill)

public:
    enum class Id
    {
        DatabaseInUse,
        ShareAccessDenied,
        BackupConnectionLost,
        CmdletFails,
        AgentStopped,
        WrongPassword,
        // The failover's step 2: the backup instance's SQL Server cannot read the share.
        FailoverShareNotReadable,
        // The failover's drills.
        LogBackupMissing,
        SessionHoldsBackupMgc,
        MirrorInstallFails,
    };

    // What the drill changes in the wizard's plan when it strikes, besides the lab's faults.
    enum class PlanChange
    {
        None,
        // "Close existing connections" off (SSMS's default), so that the session in the way meets RESTORE.
        KeepExistingConnections,
        // The primary instance's password mistyped: the lab is right, the operator's input is wrong.
        MistypedPassword,
    };

    // The names the faults and texts need: from the training plan and the lab's scenario.
    struct Targets
    {
        QString primaryInstance;
        QString secondaryInstance; // the backup instance, log shipping's secondary
        QString secondaryAgentAccount;
        QString database;                // mgc
        QString secondaryServiceAccount; // the backup instance's SQL Server service account
        QString backupMirror;            // the failover's mirror of the backup instance (PCSQL02M\PCHAT)
    };

    // The drills of a procedure, in the order its steps meet them (one table row per procedure).
    static QList<Drill> catalogOf(const Procedure& procedure, const Targets& targets);
    // Every drill of the failback, in the order the procedure meets them.
    static QList<Drill> catalog(const Targets& targets);
    // The failover's drills, in the order its steps meet them; pageId() is then a page of
    // FailbackWizard(Procedure::failover()).
    static QList<Drill> failoverCatalog(const Targets& targets);

    Id id() const { return m_id; }
    // Stable name for logs and tests ("database-in-use").
    QString key() const;
    QString title() const;
    // What happens, told before the drill is chosen.
    QString description() const;
    // How the trainee recovers, told once the fault has struck.
    QString recovery() const;
    // What "fix it in the lab" does, as the DBA or administrator would; empty when the drill is corrected
    // in the wizard alone.
    QString fixAction() const;
    // The FailbackWizard::PageId whose entry switches the drill on.
    int pageId() const { return m_pageId; }
    // The lab faults switched on at that moment (and off by the fix).
    const QStringList& labFaults() const { return m_labFaults; }
    PlanChange planChange() const { return m_planChange; }
    bool hasLabFix() const { return !m_labFaults.isEmpty(); }

    // The password as a slip of the finger gives it: the case of the first letter flipped.
    static QString mistyped(const QString& password);

private:
    Drill(Id id, int pageId, QStringList labFaults, PlanChange planChange, const Targets& targets);

    Id m_id;
    int m_pageId;
    QStringList m_labFaults;
    PlanChange m_planChange;
    Targets m_targets;
};

} // namespace pchat
