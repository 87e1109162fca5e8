#include "removemirroringstep.h"

#include "backend/sql/erroradvice.h"
#include "backend/sql/mirroringsql.h"
#include "resultvalues.h"
#include "stepsession.h"

namespace pchat {

RemoveMirroringStep::RemoveMirroringStep(QObject* parent)
    : SqlStep(StepId::RemoveMirroring, parent)
{
}

RemoveMirroringStep::~RemoveMirroringStep() = default;

QStringList RemoveMirroringStep::databases() const
{
    return {m_plan.mgcDatabase, m_plan.mgccompDatabase};
}

MirroringInfos RemoveMirroringStep::mirroringFrom(const BatchResult& result, const QStringList& databases)
{
    MirroringInfos infos;
    const StatementResult rows =
        result.statements.isEmpty() ? StatementResult{} : result.statements.constFirst();
    for (const QString& database : databases) {
        MirroringInfo info;
        info.database = database;
        for (int row = 0; row < rows.rows.size(); ++row) {
            const QString name = ResultValues::text(rows.value(row, QStringLiteral("database_name")));
            if (name.compare(database, Qt::CaseInsensitive) != 0)
                continue;
            info.exists = true;
            info.mirrored = !rows.value(row, QStringLiteral("mirroring_guid")).isNull();
            info.role = ResultValues::text(rows.value(row, QStringLiteral("mirroring_role_desc")));
            info.state = ResultValues::text(rows.value(row, QStringLiteral("mirroring_state_desc")));
            info.partnerName = ResultValues::text(rows.value(row, QStringLiteral("mirroring_partner_name")));
            info.partnerInstance =
                ResultValues::text(rows.value(row, QStringLiteral("mirroring_partner_instance")));
            info.witnessName = ResultValues::text(rows.value(row, QStringLiteral("mirroring_witness_name")));
        }
        infos << info;
    }
    return infos;
}

void RemoveMirroringStep::readState(StepSession* session, std::function<void(const BatchResult&)> then)
{
    session->execute(MirroringSql::mirroringState(databases()), [this, then](const BatchResult& result) {
        if (result.succeeded())
            m_mirroring = mirroringFrom(result, databases());
        then(result);
    });
}

StepFindings RemoveMirroringStep::findingsFromState() const
{
    StepFindings findings;
    for (const MirroringInfo& info : m_mirroring) {
        StepFinding finding;
        finding.subject = tr("%1: mirroring").arg(info.database);
        if (!info.exists) {
            finding.value = tr("the database does not exist on %1").arg(m_plan.backupInstance.name);
            finding.ok = false;
        } else if (!info.mirrored) {
            finding.value = tr("not mirrored (already removed)");
        } else {
            const QString partner = info.partnerInstance.isEmpty()
                                        ? info.partnerName
                                        : tr("%1 (%2)").arg(info.partnerInstance, info.partnerName);
            const QString witness = info.witnessName.isEmpty() ? tr("no witness") : info.witnessName;
            finding.value =
                tr("%1, %2, partner %3, witness: %4").arg(info.role, info.state, partner, witness);
            // The instance that serves the pool holds the principal; removing mirroring on the mirror would
            // leave this instance's copy RESTORING.
            finding.ok = info.role.compare(QLatin1String("MIRROR"), Qt::CaseInsensitive) != 0;
            if (!finding.ok)
                finding.value += QLatin1Char(' ') + tr("(this instance holds the mirror copy: is it the "
                                                       "instance that serves the pool since the failover?)");
        }
        findings << finding;
    }
    return findings;
}

QStringList RemoveMirroringStep::missingDatabases() const
{
    QStringList missing;
    for (const MirroringInfo& info : m_mirroring) {
        if (!info.exists)
            missing << info.database;
    }
    return missing;
}

void RemoveMirroringStep::readStateOnBackup(bool inspecting, std::function<void()> then)
{
    StepSession* session = newSession(m_plan.backupInstance);
    session->open(
        [this, session, inspecting, then] {
            readState(session, [this, inspecting, then](const BatchResult& result) {
                if (!result.succeeded()) {
                    failBatch(result,
                              tr("Reading the mirroring state on %1 failed.").arg(m_plan.backupInstance.name),
                              inspecting);
                    return;
                }
                then();
            });
        },
        [this, inspecting](const SqlMessages& messages) {
            failOpen(messages, m_plan.backupInstance, inspecting);
        });
}

StepOutcome RemoveMirroringStep::missingDatabasesOutcome(const QString& summary) const
{
    StepOutcome outcome;
    outcome.status = StepStatus::Failed;
    outcome.summary = summary;
    outcome.remedy = tr("Check the database names in the plan and that the backup instance is "
                        "the one that serves Persistent Chat since the failover.");
    return outcome;
}

void RemoveMirroringStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    readStateOnBackup(true, [this] {
        const QStringList missing = missingDatabases();
        if (!missing.isEmpty()) {
            setOutcome(missingDatabasesOutcome(
                tr("%1 has no database %2.")
                    .arg(m_plan.backupInstance.name, missing.join(QLatin1String(", ")))));
        } else if (std::none_of(m_mirroring.cbegin(), m_mirroring.cend(),
                                [](const MirroringInfo& info) { return info.mirrored; })) {
            StepOutcome outcome;
            outcome.status = StepStatus::AlreadyDone;
            outcome.summary = tr("Mirroring is already removed from %1 and %2.")
                                  .arg(m_plan.mgcDatabase, m_plan.mgccompDatabase);
            setOutcome(outcome);
        } else {
            setStatus(StepStatus::Ready);
        }
        setFindings(findingsFromState());
    });
}

void RemoveMirroringStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_removed.clear();
    m_skipped.clear();
    m_queue.clear();
    m_lostError = {};
    setStatus(StepStatus::Running);
    // Read the state again: a database whose mirroring is gone by now is skipped, not altered.
    readStateOnBackup(false, [this] {
        setFindings(findingsFromState());
        const QStringList missing = missingDatabases();
        if (!missing.isEmpty()) {
            finish(missingDatabasesOutcome(
                tr("%1 has no database %2; nothing was changed.")
                    .arg(m_plan.backupInstance.name, missing.join(QLatin1String(", ")))));
            return;
        }
        for (const MirroringInfo& info : std::as_const(m_mirroring)) {
            if (info.mirrored)
                m_queue << info.database;
            else
                m_skipped << info.database;
        }
        removeNext();
    });
}

void RemoveMirroringStep::removeNext()
{
    if (m_cancelRequested) {
        startVerify(VerifyReason::AfterCancel);
        return;
    }
    if (m_queue.isEmpty()) {
        startVerify(VerifyReason::AfterRun);
        return;
    }
    const QString database = m_queue.takeFirst();
    m_session->execute(MirroringSql::removeMirroring(database), [this, database](const BatchResult& result) {
        switch (result.outcome) {
        case BatchResult::Outcome::Succeeded:
            m_removed << database;
            removeNext();
            return;
        case BatchResult::Outcome::Cancelled:
            startVerify(VerifyReason::AfterCancel);
            return;
        case BatchResult::Outcome::ConnectionLost:
            m_lostError = ErrorAdvice::lostConnection(result.messages);
            startVerify(VerifyReason::AfterConnectionLost);
            return;
        case BatchResult::Outcome::Failed:
            break;
        }
        // 1416: not mirrored (any more) - someone removed it in the meantime; the result is in place.
        if (result.hasError(1416) && ErrorAdvice::decisiveError(result.messages).number == 1416) {
            m_skipped << database;
            removeNext();
            return;
        }
        StepOutcome outcome;
        outcome.status = StepStatus::Failed;
        outcome.error = ErrorAdvice::decisiveError(result.messages);
        outcome.summary = m_removed.isEmpty()
                              ? tr("Removing mirroring from %1 failed.").arg(database)
                              : tr("Removing mirroring from %1 failed; it was removed from %2.")
                                    .arg(database, m_removed.join(QLatin1String(", ")));
        outcome.remedy = ErrorAdvice::remedy(outcome.error);
        finish(outcome);
    });
}

void RemoveMirroringStep::verify(const Plan& plan)
{
    m_plan = plan;
    startVerify(VerifyReason::Requested);
}

void RemoveMirroringStep::startVerify(VerifyReason reason)
{
    setStatus(StepStatus::Verifying);
    // After a lost connection the old session is useless; a fresh one reads the end state in every case.
    StepSession* session = newSession(m_plan.backupInstance);
    session->open(
        [this, session, reason] {
            readState(session, [this, reason](const BatchResult& result) {
                if (!result.succeeded()) {
                    failBatch(result,
                              tr("Reading the mirroring state on %1 failed.").arg(m_plan.backupInstance.name),
                              false);
                    return;
                }
                setFindings(findingsFromState());
                evaluate(reason);
            });
        },
        [this](const SqlMessages& messages) { failOpen(messages, m_plan.backupInstance, false); });
}

void RemoveMirroringStep::evaluate(VerifyReason reason)
{
    QStringList stillMirrored;
    for (const MirroringInfo& info : std::as_const(m_mirroring)) {
        if (!info.exists || info.mirrored)
            stillMirrored << info.database;
    }
    StepOutcome outcome;
    if (stillMirrored.isEmpty()) {
        outcome.status = reason == VerifyReason::AfterCancel ? StepStatus::Cancelled : StepStatus::Done;
        QStringList parts;
        if (!m_removed.isEmpty())
            parts << tr("Mirroring removed from %1.").arg(m_removed.join(QLatin1String(", ")));
        if (!m_skipped.isEmpty())
            parts << tr("Not mirrored any more, skipped: %1.").arg(m_skipped.join(QLatin1String(", ")));
        if (parts.isEmpty())
            parts << tr("No mirroring is configured for %1 and %2.")
                         .arg(m_plan.mgcDatabase, m_plan.mgccompDatabase);
        if (!m_removed.isEmpty())
            parts << tr("The former mirror copies stay RESTORING on their instance.");
        if (reason == VerifyReason::AfterCancel)
            parts.prepend(tr("Cancelled, but mirroring was already removed:"));
        if (reason == VerifyReason::AfterConnectionLost)
            parts << tr("(The connection broke, but the state read back on a new connection is right.)");
        outcome.summary = parts.join(QLatin1Char(' '));
        finish(outcome);
        return;
    }
    const QString still = tr("Mirroring is still configured for %1 on %2.")
                              .arg(stillMirrored.join(QLatin1String(", ")), m_plan.backupInstance.name);
    switch (reason) {
    case VerifyReason::AfterCancel:
        outcome.status = StepStatus::Cancelled;
        outcome.summary = m_removed.isEmpty() ? tr("Cancelled. %1").arg(still)
                                              : tr("Cancelled after removing mirroring from %1. %2")
                                                    .arg(m_removed.join(QLatin1String(", ")), still);
        break;
    case VerifyReason::AfterConnectionLost:
        outcome.status = StepStatus::Failed;
        outcome.error = m_lostError;
        outcome.summary = tr("The connection to %1 broke. %2").arg(m_plan.backupInstance.name, still);
        outcome.remedy = ErrorAdvice::remedy(m_lostError);
        break;
    case VerifyReason::AfterRun:
    case VerifyReason::Requested:
        outcome.status = StepStatus::Failed;
        outcome.summary = still;
        outcome.remedy = tr("Run the step (again) to remove it.");
        break;
    }
    finish(outcome);
}

} // namespace pchat
