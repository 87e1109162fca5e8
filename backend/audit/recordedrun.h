// What an audit folder says about a run, read back for resuming it: its plan, where it stood and whether it
// ended.
#pragma once

#include "auditevent.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace pchat {

struct RecordedRun
{
    Q_DECLARE_TR_FUNCTIONS(RecordedRun)

public:
    struct StepRecord
    {
        QString status; // the last step-state recorded (AuditTrail::statusName)
        qint64 sequence = 0;
        QDateTime utc;
    };

    QString folder;
    QDateTime startedUtc;
    QString host;
    QString operatorName;
    QString mode;
    QString pool;
    QString procedure; // the name run-started records; "failback" for journals written before it did
    QJsonObject plan;  // from the latest run-started or run-resumed: no passwords
    QString lastKind;  // the kind of the journal's last event
    QString lastPage;  // the page key of the last page-entered
    qint64 eventCount = 0;
    QHash<int, StepRecord> steps; // the procedure's step number (1..7) -> its last recorded state

    // Ended with run-finished: nothing to resume.
    bool isFinished() const { return lastKind == AuditKind::RunFinished; }
    // The step's last recorded state says it was done (ran and verified, or found done).
    bool isStepDone(int step) const;
    // The first of these step numbers not recorded done; one past the last when all are.
    int firstStepNotDone(const QList<int>& numbers) const;
    // A line for the operator: when, where, pool and where the run stood (stoppedAt, as
    // Procedure::describeProgress words it).
    QString describe(const QString& stoppedAt) const;

    // Reads <folder>/journal.jsonl; nullopt with *error when it is missing or unreadable. The chain is not
    // checked here (AuditVerifier does that); resuming only needs the facts.
    static std::optional<RecordedRun> read(const QString& folder, QString* error = nullptr);
    // For continuing a run: runs AuditVerifier first and reads nothing from a journal that does not verify
    // (an open run, NotClosed, is what resuming is for); *error then names the problem in the user's
    // language.
    static std::optional<RecordedRun> readVerified(const QString& folder, QString* error = nullptr);
    // The newest run folder under root of this procedure in this mode ("production" or "training") that did
    // not finish and reached a step of the procedure; empty when there is none.
    static QString findResumable(const QString& root, const QString& mode, const QString& procedure);
};

} // namespace pchat
