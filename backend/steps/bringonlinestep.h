// Failover step 4: ends the sessions in the backup mgc that the operator confirmed (KILL), then finishes the
// restore sequence WITH RECOVERY and verifies that mgc is ONLINE. Inspect and the outcome state the recovery
// point: the last log backup restored (msdb) and its time; what the primary wrote after it is lost.
#pragma once

#include "backupmgcstep.h"
#include "logbackupfile.h"
#include "sessioninfo.h"

#include <QList>

namespace pchat {

class BringOnlineStep : public BackupMgcStep
{
    Q_OBJECT

public:
    explicit BringOnlineStep(QObject* parent = nullptr);
    ~BringOnlineStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;

    // The sessions the operator confirmed ending; run ends only these (a session that appears later stops
    // the run, so that nothing is killed unseen).
    void setSessionsToEnd(const QList<int>& sessionIds) { m_toEnd = sessionIds; }
    const QList<int>& sessionsToEnd() const { return m_toEnd; }

    // As last read: the database's state, the other sessions in it and the recovery point.
    const SessionInfos& sessions() const { return m_sessions; }
    // The newest log backup restored into the database (msdb); empty path when msdb records none.
    const LogBackupFile& recoveryPoint() const { return m_recoveryPoint; }
    // One sentence for the page and the report: the last log backup, its time and what is lost.
    QString recoveryPointText() const;
    // The sessions the last run ended.
    const QList<int>& endedSessions() const { return m_ended; }

private:
    void readState(StepSession* session, bool inspection, std::function<void()> then);
    StepFindings stateFindings() const;
    void endNext(QList<int> pending);
    void recover();
    void startVerify(Ending ending);

    QList<int> m_toEnd;
    QList<int> m_ended;
    SessionInfos m_sessions;
    LogBackupFile m_recoveryPoint;
    SqlMessage m_stopError;
    QString m_stopSummary;
};

} // namespace pchat
