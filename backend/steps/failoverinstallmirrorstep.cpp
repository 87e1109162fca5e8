#include "failoverinstallmirrorstep.h"

#include "backend/sql/batchresult.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/mirroringsql.h"
#include "removemirroringstep.h"
#include "stepsession.h"

namespace pchat {

namespace {

const QList<ChatDatabaseType> allTypes{ChatDatabaseType::PersistentChat,
                                       ChatDatabaseType::PersistentChatCompliance};

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

FailoverInstallMirrorStep::FailoverInstallMirrorStep(QObject* parent)
    : ShellStep(StepId::FailoverInstallMirror, parent)
{
}

FailoverInstallMirrorStep::~FailoverInstallMirrorStep() = default;

QString FailoverInstallMirrorStep::installCommand(const Plan& plan, ChatDatabaseType type)
{
    return LyncCommands::installMirrorDatabase(type, plan.failover.fileShare, plan.failover.backupServerFqdn,
                                               plan.backupInstanceName(),
                                               plan.failover.dropExistingDatabasesOnMirror);
}

QString FailoverInstallMirrorStep::poolFqdn(const Plan& plan)
{
    const QString identity = plan.lync.poolIdentity.trimmed();
    return identity.contains(u':') ? identity.section(u':', 1).trimmed() : identity;
}

QString FailoverInstallMirrorStep::stateCommand(const Plan& plan)
{
    return LyncCommands::getDatabaseMirrorState(poolFqdn(plan));
}

void FailoverInstallMirrorStep::cancel()
{
    ShellStep::cancel();
    if (m_session)
        m_session->cancel();
}

bool FailoverInstallMirrorStep::mirroredToPlanMirror(const MirroringInfo& info) const
{
    return info.mirrored && same(info.role, QStringLiteral("PRINCIPAL")) &&
           same(info.partnerInstance, m_plan.failover.mirrorServerName());
}

StepFindings FailoverInstallMirrorStep::mirroringFindings() const
{
    StepFindings findings;
    for (const MirroringInfo& info : m_mirroring) {
        StepFinding finding;
        finding.subject = tr("%1 on %2: mirroring").arg(info.database, m_plan.backupInstance.name);
        if (!info.exists) {
            finding.value = tr("no such database");
            finding.ok = false;
        } else if (!info.mirrored) {
            finding.value = tr("not mirrored");
        } else {
            finding.value = tr("%1, %2, partner %3").arg(info.role, info.state, info.partnerInstance);
            finding.ok = mirroredToPlanMirror(info);
        }
        findings << finding;
    }
    // The plan holds no connection to the mirror instance: what it shows is what the principal knows of it.
    findings << StepFinding{tr("Mirror instance %1").arg(m_plan.failover.mirrorServerName()),
                            tr("read from the principal only (the plan gives no connection to the mirror)"),
                            true};
    return findings;
}

void FailoverInstallMirrorStep::failSql(const QString& summary, const SqlMessage& error,
                                        const QString& remedy, bool inspection)
{
    StepOutcome outcome;
    outcome.status = StepStatus::Failed;
    outcome.error = error;
    outcome.summary = summary;
    outcome.remedy = remedy;
    failWith(outcome, inspection, {{summary, error.text.isEmpty() ? summary : error.text, false}});
}

void FailoverInstallMirrorStep::readMirroring(bool inspection, std::function<void()> then)
{
    if (m_session)
        m_session->retire();
    auto* session = new StepSession(m_plan.backupInstance, this);
    m_session = session;
    session->setCommandGate(forwardingGate());
    connect(session, &StepSession::commandStarted, this, &FailbackStep::commandStarted);
    connect(session, &StepSession::commandFinished, this, &FailbackStep::commandFinished);
    connect(session, &StepSession::message, this, &FailbackStep::message);
    const QStringList databases{m_plan.mgcDatabase, m_plan.mgccompDatabase};
    session->open(
        [this, session, databases, inspection, then] {
            session->execute(MirroringSql::mirroringState(databases), [this, databases, inspection,
                                                                       then](const BatchResult& result) {
                if (!result.succeeded()) {
                    const SqlMessage error = ErrorAdvice::errorOf(result);
                    failSql(tr("Reading the mirroring on %1 failed.").arg(m_plan.backupInstance.name), error,
                            ErrorAdvice::remedy(error), inspection);
                    return;
                }
                m_mirroring = RemoveMirroringStep::mirroringFrom(result, databases);
                then();
            });
        },
        [this, inspection](const SqlMessages& messages) {
            failSql(tr("Could not connect to %1.").arg(m_plan.backupInstance.name),
                    ErrorAdvice::decisiveError(messages),
                    ErrorAdvice::remedyForOpenFailure(messages, m_plan.backupInstance), inspection);
        });
}

void FailoverInstallMirrorStep::inspect(const Plan& plan)
{
    m_plan = plan;
    setStatus(StepStatus::Inspecting);
    readMirroring(true, [this] {
        const StepFindings findings = mirroringFindings();
        StepOutcome outcome;
        for (const MirroringInfo& info : std::as_const(m_mirroring)) {
            if (!info.exists) {
                outcome.status = StepStatus::Failed;
                outcome.summary =
                    tr("%1 does not exist on %2.").arg(info.database, m_plan.backupInstance.name);
                outcome.remedy =
                    tr("Check the database names and the backup instance in the plan; mgc must be "
                       "online there (step 4) before it can be mirrored.");
            } else if (info.mirrored && !mirroredToPlanMirror(info)) {
                outcome.status = StepStatus::Failed;
                outcome.summary = tr("%1 on %2 is already mirrored (%3, partner %4), not as principal to %5.")
                                      .arg(info.database, m_plan.backupInstance.name, info.role,
                                           info.partnerInstance, m_plan.failover.mirrorServerName());
                outcome.remedy = tr("Correct the mirror instance in the plan if %1 is the backup's mirror; "
                                    "otherwise remove that mirroring first (Uninstall-CsMirrorDatabase).")
                                     .arg(info.partnerInstance);
            }
            if (outcome.status == StepStatus::Failed)
                break;
        }
        const bool allDone =
            std::all_of(m_mirroring.cbegin(), m_mirroring.cend(),
                        [this](const MirroringInfo& info) { return mirroredToPlanMirror(info); });
        if (outcome.status == StepStatus::Failed) {
            setOutcome(outcome);
        } else if (allDone) {
            outcome.status = StepStatus::AlreadyDone;
            outcome.summary =
                tr("%1 and %2 are already mirrored to %3.")
                    .arg(m_plan.mgcDatabase, m_plan.mgccompDatabase, m_plan.failover.mirrorServerName());
            setOutcome(outcome);
        } else {
            setStatus(StepStatus::Ready);
        }
        setFindings(findings);
    });
}

void FailoverInstallMirrorStep::run(const Plan& plan)
{
    m_plan = plan;
    m_cancelRequested = false;
    setStatus(StepStatus::Running);
    readMirroring(false, [this] {
        if (m_cancelRequested) {
            startVerify(VerifyReason::AfterCancel);
            return;
        }
        // A database already mirrored to the plan's mirror is skipped: a re-run installs only what is
        // missing.
        QList<ChatDatabaseType> missing;
        for (qsizetype i = 0; i < m_mirroring.size() && i < allTypes.size(); ++i) {
            if (!mirroredToPlanMirror(m_mirroring.at(i)))
                missing << allTypes.at(i);
        }
        installNext(missing);
    });
}

void FailoverInstallMirrorStep::installNext(QList<ChatDatabaseType> types)
{
    if (types.isEmpty()) {
        startVerify(VerifyReason::AfterRun);
        return;
    }
    const ChatDatabaseType type = types.takeFirst();
    const QString database =
        type == ChatDatabaseType::PersistentChat ? m_plan.mgcDatabase : m_plan.mgccompDatabase;
    runShell({installCommand(m_plan, type)}, [this, types, database](const ShellResult& result) {
        m_lastOutput = result.standardOutput;
        if (result.cancelled || m_cancelRequested) {
            startVerify(VerifyReason::AfterCancel);
            return;
        }
        if (result.ok) {
            installNext(types);
            return;
        }
        StepOutcome outcome;
        outcome.status = StepStatus::Failed;
        outcome.error = errorMessage(result);
        outcome.summary = tr("Install-CsMirrorDatabase for %1 failed.").arg(database);
        const bool shellProblem = result.timedOut || (result.exitCode < 0 && result.standardError.isEmpty());
        outcome.remedy =
            shellProblem
                ? remedyFor(result, m_plan.lync)
                : tr("Check that the mirror instance %1 runs and is reachable, that the SQL Server "
                     "service accounts of %2 and %1 can write and read %3, and that Topology Builder "
                     "names %1 as the mirror of the backup store. A database of that name left on the "
                     "mirror needs \"Drop existing databases on the mirror\". Then run the step again.")
                      .arg(m_plan.failover.mirrorServerName(), m_plan.backupInstance.name,
                           m_plan.failover.fileShare);
        finish(outcome);
    });
}

void FailoverInstallMirrorStep::verify(const Plan& plan)
{
    m_plan = plan;
    startVerify(VerifyReason::Requested);
}

void FailoverInstallMirrorStep::startVerify(VerifyReason reason)
{
    setStatus(StepStatus::Verifying);
    readMirroring(false, [this, reason] {
        runShell({stateCommand(m_plan)}, [this, reason](const ShellResult& result) {
            if (!result.ok) {
                failShell(result, tr("Reading the mirror state (Get-CsDatabaseMirrorState) failed."), false);
                return;
            }
            finishVerify(reason, result);
        });
    });
}

void FailoverInstallMirrorStep::finishVerify(VerifyReason reason, const ShellResult& result)
{
    m_states = ShellResult::parseObjects(result.standardOutput);
    StepFindings findings = mirroringFindings();
    bool ok = std::all_of(m_mirroring.cbegin(), m_mirroring.cend(),
                          [this](const MirroringInfo& info) { return mirroredToPlanMirror(info); });
    for (const QString& database : {m_plan.mgcDatabase, m_plan.mgccompDatabase}) {
        const auto state = std::find_if(m_states.cbegin(), m_states.cend(), [&](const auto& object) {
            return same(object.value(QStringLiteral("DatabaseName")), database);
        });
        const bool found = state != m_states.cend();
        const bool mirrored =
            found && same(state->value(QStringLiteral("StateOnPrimary")), QStringLiteral("Principal")) &&
            same(state->value(QStringLiteral("StateOnMirror")), QStringLiteral("Mirror"));
        ok = ok && mirrored;
        findings << StepFinding{tr("Get-CsDatabaseMirrorState: %1").arg(database),
                                found ? tr("on the primary %1 (%2), on the mirror %3 (%4)")
                                            .arg(state->value(QStringLiteral("StateOnPrimary")),
                                                 state->value(QStringLiteral("MirroringStatusOnPrimary")),
                                                 state->value(QStringLiteral("StateOnMirror")),
                                                 state->value(QStringLiteral("MirroringStatusOnSecondary")))
                                      : tr("not listed"),
                                mirrored};
    }
    setFindings(findings);
    StepOutcome outcome;
    const bool cancelled = reason == VerifyReason::AfterCancel;
    if (ok) {
        outcome.status = cancelled ? StepStatus::Cancelled : StepStatus::Done;
        outcome.summary = tr("%1 and %2 on %3 are mirrored to %4.")
                              .arg(m_plan.mgcDatabase, m_plan.mgccompDatabase, m_plan.backupInstance.name,
                                   m_plan.failover.mirrorServerName());
    } else {
        outcome.status = cancelled ? StepStatus::Cancelled : StepStatus::Failed;
        outcome.summary =
            tr("%1 and %2 are not both mirrored to %3 (see the findings).")
                .arg(m_plan.mgcDatabase, m_plan.mgccompDatabase, m_plan.failover.mirrorServerName());
        outcome.remedy =
            tr("Run the step (again); if the mirror stays missing, run Install-CsMirrorDatabase in "
               "the management shell and read its error.");
    }
    finish(outcome);
}

} // namespace pchat
