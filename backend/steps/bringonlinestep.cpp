#include "bringonlinestep.h"

#include "backend/sql/erroradvice.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logrestoresql.h"
#include "recoverypoint.h"
#include "resultvalues.h"
#include "stepsession.h"

namespace pchat {

namespace {

constexpr int noSuchSession = 6106;

QString sessionList(const SessionInfos& sessions)
{
    QStringList parts;
    for (const SessionInfo& s : sessions)
        parts << QStringLiteral("%1 (%2, %3, %4)")
                     .arg(QString::number(s.sessionId), s.loginName, s.hostName, s.programName);
    return parts.join(QLatin1String("; "));
}

} // namespace

BringOnlineStep::BringOnlineStep(QObject* parent)
    : BackupMgcStep(StepId::FailoverBringOnline, parent)
{
}

BringOnlineStep::~BringOnlineStep() = default;

QString BringOnlineStep::recoveryPointText() const
{
    if (m_recoveryPoint.path.isEmpty())
        return tr("Recovery point: %1.").arg(RecoveryPoint::describe(m_recoveryPoint, m_plan.mgcDatabase));
    return tr("Recovery point: the last log backup restored is %1. What the primary wrote after it is lost.")
        .arg(RecoveryPoint::describe(m_recoveryPoint, m_plan.mgcDatabase));
}

void BringOnlineStep::readState(StepSession* session, bool inspection, std::function<void()> then)
{
    const QString database = m_plan.mgcDatabase;
    const QString instance = m_plan.backupInstance.name;
    readBackupMgc(session, inspection, [=, this] {
        session->execute(FailoverSql::sessionsInDatabase(database), [=, this](const BatchResult& sessions) {
            if (!sessions.succeeded()) {
                failBatch(sessions, tr("Reading the sessions in %1 on %2 failed.").arg(database, instance),
                          inspection);
                return;
            }
            m_sessions = SessionInfo::fromRows(sessions.statements.value(0));
            session->execute(LogRestoreSql::lastLogRestore(database), [=, this](const BatchResult& last) {
                // msdb's history only words the recovery point; without it the step still works.
                m_recoveryPoint =
                    last.succeeded() ? RecoveryPoint::fromRows(last.statements.value(0)) : LogBackupFile{};
                then();
            });
        });
    });
}

StepFindings BringOnlineStep::stateFindings() const
{
    StepFindings findings;
    findings << StepFinding{tr("%1 on %2").arg(m_plan.mgcDatabase, m_plan.backupInstance.name),
                            m_db.describe(), m_db.restoring() || m_db.recovered()};
    findings << StepFinding{tr("Other sessions in %1").arg(m_plan.mgcDatabase),
                            m_sessions.isEmpty() ? tr("none") : sessionList(m_sessions),
                            m_sessions.isEmpty() || m_db.recovered()};
    findings << StepFinding{tr("Recovery point"),
                            RecoveryPoint::describe(m_recoveryPoint, m_plan.mgcDatabase), true};
    return findings;
}

// ---- inspecting -------------------------------------------------------------------------------------------

void BringOnlineStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    openSession(m_plan.backupInstance, true, [this](StepSession* session) {
        readState(session, true, [this] {
            StepOutcome outcome;
            if (m_db.recovered()) {
                outcome.status = StepStatus::AlreadyDone;
                outcome.summary =
                    tr("%1 is ONLINE on %2. %3")
                        .arg(m_plan.mgcDatabase, m_plan.backupInstance.name, recoveryPointText());
                setOutcome(outcome);
            } else if (!m_db.restoring()) {
                failWith({StepStatus::Failed,
                          tr("%1 is %2 on %3: only a RESTORING or STANDBY database can be recovered.")
                              .arg(m_plan.mgcDatabase, m_db.state, m_plan.backupInstance.name),
                          {},
                          tr("Check the state of %1 in SQL Server Management Studio; a database in "
                             "RECOVERY_PENDING or SUSPECT needs the DBA before the failover can go on.")
                              .arg(m_plan.mgcDatabase)},
                         true, stateFindings());
                return;
            } else {
                setStatus(StepStatus::Ready);
            }
            setFindings(stateFindings());
        });
    });
}

// ---- running ----------------------------------------------------------------------------------------------

void BringOnlineStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_ended.clear();
    m_stopError = {};
    m_stopSummary.clear();
    setStatus(StepStatus::Running);
    openSession(m_plan.backupInstance, false, [this](StepSession* session) {
        readState(session, false, [this] {
            setFindings(stateFindings());
            if (m_db.recovered()) {
                startVerify(Ending::AfterRun);
                return;
            }
            SessionInfos unconfirmed;
            for (const SessionInfo& s : std::as_const(m_sessions)) {
                if (!m_toEnd.contains(s.sessionId))
                    unconfirmed << s;
            }
            if (!unconfirmed.isEmpty()) {
                failWith({StepStatus::Failed,
                          tr("Sessions use %1 that you did not confirm ending: %2. Nothing was changed.")
                              .arg(m_plan.mgcDatabase, sessionList(unconfirmed)),
                          {},
                          tr("Click Re-check to read the sessions again, confirm ending them, and run the "
                             "step again. A session that keeps coming back belongs to an application: stop "
                             "it first (on %1, for example the Persistent Chat service).")
                              .arg(unconfirmed.constFirst().hostName)},
                         false, stateFindings());
                return;
            }
            QList<int> pending;
            for (const SessionInfo& s : std::as_const(m_sessions))
                pending << s.sessionId;
            endNext(pending);
        });
    });
}

void BringOnlineStep::endNext(QList<int> pending)
{
    if (m_cancelRequested) {
        startVerify(Ending::AfterCancel);
        return;
    }
    if (pending.isEmpty()) {
        recover();
        return;
    }
    const int id = pending.takeFirst();
    m_session->execute(FailoverSql::killSession(id), [this, id, pending](const BatchResult& result) {
        // 6106: the session ended by itself meanwhile; what KILL was for is in place.
        if (result.succeeded() || ErrorAdvice::decisiveError(result.messages).number == noSuchSession) {
            m_ended << id;
            endNext(pending);
            return;
        }
        if (result.outcome == BatchResult::Outcome::ConnectionLost) {
            m_stopError = ErrorAdvice::lostConnection(result.messages);
            startVerify(Ending::AfterConnectionLost);
            return;
        }
        failBatch(result,
                  tr("Ending session %1 failed; %2 was not recovered.")
                      .arg(QString::number(id), m_plan.mgcDatabase),
                  false);
    });
}

void BringOnlineStep::recover()
{
    m_session->execute(LogRestoreSql::recoverDatabase(m_plan.mgcDatabase), [this](const BatchResult& result) {
        if (const std::optional<Ending> ending = endingOf(result, m_stopError)) {
            startVerify(*ending);
            return;
        }
        m_stopError = ErrorAdvice::decisiveError(result.messages);
        m_stopSummary = m_stopError.number == 3101
                            ? tr("A session came back into %1 after it was ended, so SQL Server could not "
                                 "recover it (error 3101).")
                                  .arg(m_plan.mgcDatabase)
                            : tr("RESTORE DATABASE %1 WITH RECOVERY failed.").arg(m_plan.mgcDatabase);
        startVerify(Ending::AfterRun);
    });
}

// ---- verifying --------------------------------------------------------------------------------------------

void BringOnlineStep::verify(const Plan& plan)
{
    m_plan = plan;
    m_stopError = {};
    m_stopSummary.clear();
    startVerify(Ending::Requested);
}

void BringOnlineStep::startVerify(Ending ending)
{
    setStatus(StepStatus::Verifying);
    openSession(m_plan.backupInstance, false, [this, ending](StepSession* session) {
        readState(session, false, [this, ending] {
            setFindings(stateFindings());
            StepOutcome outcome;
            const QString where =
                tr("%1 is %2 on %3.")
                    .arg(m_plan.mgcDatabase, m_db.standby ? QStringLiteral("STANDBY") : m_db.state,
                         m_plan.backupInstance.name);
            if (m_db.recovered() && m_stopSummary.isEmpty() && ending != Ending::AfterConnectionLost) {
                outcome.status = ending == Ending::AfterCancel ? StepStatus::Cancelled : StepStatus::Done;
                outcome.summary = where + QLatin1Char(' ') + recoveryPointText();
                if (!m_ended.isEmpty())
                    outcome.summary.prepend(tr("%n session(s) ended.", "", int(m_ended.size())) +
                                            QLatin1Char(' '));
            } else if (ending == Ending::AfterCancel) {
                outcome.status = StepStatus::Cancelled;
                outcome.summary = tr("Cancelled. %1").arg(where);
                outcome.remedy = tr("Run the step again to bring %1 online.").arg(m_plan.mgcDatabase);
            } else {
                outcome.status = StepStatus::Failed;
                outcome.error = m_stopError;
                outcome.summary =
                    (m_stopSummary.isEmpty() ? QString() : m_stopSummary + QLatin1Char(' ')) + where;
                outcome.remedy = m_stopError.number == 0
                                     ? tr("Run the step (again) to bring %1 online.").arg(m_plan.mgcDatabase)
                                     : ErrorAdvice::remedy(m_stopError);
                if (m_stopError.number == 3101)
                    outcome.remedy = tr("Click Re-check: the page lists the session that came back. Stop the "
                                        "application it belongs to (its host and program are listed), "
                                        "confirm ending it, and run the step again.");
            }
            finish(outcome);
        });
    });
}

} // namespace pchat
