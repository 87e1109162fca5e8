// The failover's step 6: mirror the new primary mgc and mgccomp on the backup instance to the backup's mirror
// instance with Install-CsMirrorDatabase (once per database type), verified in sys.database_mirroring on the
// backup instance and with Get-CsDatabaseMirrorState. A database already mirrored to that mirror is skipped.
#pragma once

#include "backend/shell/lynccommands.h"
#include "mirroringinfo.h"
#include "shellstep.h"

#include <QMap>

namespace pchat {

struct BatchResult;
class StepSession;

class FailoverInstallMirrorStep : public ShellStep
{
    Q_OBJECT

public:
    explicit FailoverInstallMirrorStep(QObject* parent = nullptr);
    ~FailoverInstallMirrorStep() override;

    // Reads the mirroring of mgc and mgccomp on the backup instance: AlreadyDone when both are principals
    // mirrored to the plan's mirror, Failed when one is mirrored elsewhere or missing, else Ready.
    void inspect(const Plan& plan) override;
    // Installs the mirror of every database not yet mirrored to the plan's mirror, then verifies.
    void run(const Plan& plan) override;
    // sys.database_mirroring on the backup instance and Get-CsDatabaseMirrorState: Done when both show each
    // database mirrored to the plan's mirror.
    void verify(const Plan& plan) override;
    void cancel() override;

    // mgc and mgccomp as the backup instance last showed them.
    const MirroringInfos& mirroring() const { return m_mirroring; }
    // Get-CsDatabaseMirrorState's objects as last read (verify).
    const QList<QMap<QString, QString>>& mirrorStates() const { return m_states; }

    // Install-CsMirrorDatabase for mgc (PersistentChat) or mgccomp (PersistentChatCompliance) with the plan's
    // share, the backup instance's server and instance name.
    static QString installCommand(const Plan& plan, ChatDatabaseType type);
    // Get-CsDatabaseMirrorState for the pool of the plan's identity.
    static QString stateCommand(const Plan& plan);
    // The pool's FQDN: the plan's identity without PersistentChatServer: or service:.
    static QString poolFqdn(const Plan& plan);

private:
    enum class VerifyReason
    {
        Requested,
        AfterRun,
        AfterCancel,
    };

    // Opens a session on the backup instance, reads the mirroring into m_mirroring, then calls then().
    void readMirroring(bool inspection, std::function<void()> then);
    bool mirroredToPlanMirror(const MirroringInfo& info) const;
    StepFindings mirroringFindings() const;
    void installNext(QList<ChatDatabaseType> types);
    void startVerify(VerifyReason reason);
    void finishVerify(VerifyReason reason, const ShellResult& result);
    void failSql(const QString& summary, const SqlMessage& error, const QString& remedy, bool inspection);

    QPointer<StepSession> m_session;
    MirroringInfos m_mirroring;
    QList<QMap<QString, QString>> m_states;
};

} // namespace pchat
