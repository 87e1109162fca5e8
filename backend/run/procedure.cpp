#include "procedure.h"

#include "backend/audit/journalkeys.h"
#include "backend/audit/recordedrun.h"
#include "backend/run/procedurescript.h"
#include "backend/steps/applylogsstep.h"
#include "backend/steps/backupstep.h"
#include "backend/steps/bringonlinestep.h"
#include "backend/steps/clearactiveserversstep.h"
#include "backend/steps/failovercopybackupsstep.h"
#include "backend/steps/failoverinstallmirrorstep.h"
#include "backend/steps/failoverpoolstatestep.h"
#include "backend/steps/failoverremovelogshippingstep.h"
#include "backend/steps/failoversetactiveserversstep.h"
#include "backend/steps/logshippingstep.h"
#include "backend/steps/poolnormalstep.h"
#include "backend/steps/preflightcheck.h"
#include "backend/steps/removemirroringstep.h"
#include "backend/steps/restorestep.h"
#include "backend/steps/setactiveserversstep.h"

namespace pchat {

namespace {

template <typename Step> std::function<FailbackStep*(QObject*)> factory()
{
    return [](QObject* parent) -> FailbackStep* { return new Step(parent); };
}

ProcedureStep action(StepId id, int number, const char* title, const char* where,
                     std::function<FailbackStep*(QObject*)> create)
{
    return {id, number, title, where, AuditPage::step(number), std::move(create)};
}

// Step 0: the checks, which need no step object; where names what they read.
ProcedureStep preflight(const char* where)
{
    const char* title = QT_TRANSLATE_NOOP("StepInfo", "Preflight checks");
    return {StepId::Preflight, 0, title, where, AuditPage::Preflight, {}};
}

} // namespace

// The texts keep the context "StepInfo" they had when StepInfo held them, so that no translation is lost.
const Procedure& Procedure::failback()
{
    static const Procedure procedure(
        AuditProcedure::Failback, AuditProcedure::Failover,
        QT_TRANSLATE_NOOP("Procedure", "Persistent Chat failback"), &PreflightCheck::failback,
        {
            preflight(QT_TRANSLATE_NOOP("StepInfo",
                                        "Both SQL Server instances and the Lync Server Management Shell")),
            action(StepId::ClearActiveServers, 1,
                   QT_TRANSLATE_NOOP("StepInfo", "Clear the Active Server list"),
                   QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
                   factory<ClearActiveServersStep>()),
            action(StepId::RemoveMirroring, 2,
                   QT_TRANSLATE_NOOP("StepInfo", "Remove mirroring from mgc and mgccomp"),
                   QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"),
                   factory<RemoveMirroringStep>()),
            action(StepId::BackupMgc, 3,
                   QT_TRANSLATE_NOOP("StepInfo", "Back up mgc to the log-shipping share"),
                   QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"), factory<BackupStep>()),
            action(StepId::RestorePrimary, 4, QT_TRANSLATE_NOOP("StepInfo", "Restore the primary mgc"),
                   QT_TRANSLATE_NOOP("StepInfo", "Primary SQL Server instance"), factory<RestoreStep>()),
            action(StepId::LogShipping, 5,
                   QT_TRANSLATE_NOOP("StepInfo", "Configure log shipping for the primary mgc"),
                   QT_TRANSLATE_NOOP("StepInfo", "Primary and backup SQL Server instances"),
                   factory<LogShippingStep>()),
            action(StepId::SetActiveServers, 6, QT_TRANSLATE_NOOP("StepInfo", "Set the active servers"),
                   QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
                   factory<SetActiveServersStep>()),
            action(StepId::PoolNormal, 7, QT_TRANSLATE_NOOP("StepInfo", "Return the pool to Normal"),
                   QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"), factory<PoolNormalStep>()),
        },
        {
            {
                QStringLiteral("00-preflight-backup-instance.sql"),
                QStringLiteral("00-preflight-primary-instance.sql"),
                QStringLiteral("00-preflight-shell.ps1"),
                QStringLiteral("01-clear-active-servers.ps1"),
                QStringLiteral("02-remove-mirroring.sql"),
                QStringLiteral("03-backup-mgc.sql"),
                QStringLiteral("04-restore-mgc.sql"),
                QStringLiteral("05a-log-shipping-initialize-backup.sql"),
                QStringLiteral("05b-log-shipping-initialize-restore.sql"),
                QStringLiteral("05c-log-shipping-primary.sql"),
                QStringLiteral("05d-log-shipping-secondary.sql"),
                QStringLiteral("06-set-active-servers.ps1"),
                QStringLiteral("07-set-pool-state-normal.ps1"),
            },
            &ProcedureScript::failbackPreflightParts,
            nullptr,
        });
    return procedure;
}

const Procedure& Procedure::failover()
{
    static const Procedure procedure(
        AuditProcedure::Failover, AuditProcedure::Failback,
        QT_TRANSLATE_NOOP("Procedure", "Persistent Chat failover"), &PreflightCheck::failover,
        {
            preflight(QT_TRANSLATE_NOOP("StepInfo",
                                        "Backup SQL Server instance and the Lync Server Management Shell")),
            action(StepId::FailoverRemoveLogShipping, 1,
                   QT_TRANSLATE_NOOP("StepInfo", "Remove log shipping from the backup mgc"),
                   QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"),
                   factory<FailoverRemoveLogShippingStep>()),
            action(StepId::FailoverCopyBackups, 2,
                   QT_TRANSLATE_NOOP("StepInfo", "Copy the uncopied log backups"),
                   QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"),
                   factory<FailoverCopyBackupsStep>()),
            action(StepId::FailoverApplyLogs, 3,
                   QT_TRANSLATE_NOOP("StepInfo", "Apply the unapplied log backups"),
                   QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"), factory<ApplyLogsStep>()),
            action(StepId::FailoverBringOnline, 4,
                   QT_TRANSLATE_NOOP("StepInfo", "Bring the backup mgc online"),
                   QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"), factory<BringOnlineStep>()),
            action(StepId::FailoverPoolState, 5, QT_TRANSLATE_NOOP("StepInfo", "Fail the pool over"),
                   QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
                   factory<FailoverPoolStateStep>()),
            action(StepId::FailoverInstallMirror, 6,
                   QT_TRANSLATE_NOOP("StepInfo", "Mirror the new primary mgc"),
                   QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
                   factory<FailoverInstallMirrorStep>()),
            action(StepId::FailoverSetActiveServers, 7,
                   QT_TRANSLATE_NOOP("StepInfo", "Set the active servers of the backup data center"),
                   QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
                   factory<FailoverSetActiveServersStep>()),
        },
        {
            {
                QStringLiteral("00-preflight-backup-instance.sql"),
                QStringLiteral("00-preflight-primary-instance.sql"),
                QStringLiteral("00-preflight-shell.ps1"),
                QStringLiteral("01-remove-log-shipping.sql"),
                QStringLiteral("02-list-uncopied-log-backups.sql"),
                QStringLiteral("03-apply-log-backups.sql"),
                QStringLiteral("04-bring-mgc-online.sql"),
                QStringLiteral("05-set-pool-state-failedover.ps1"),
                QStringLiteral("06-install-mirror.ps1"),
                QStringLiteral("07-set-active-servers.ps1"),
            },
            &ProcedureScript::failoverPreflightParts,
            // What the files cannot carry: the names of the log backups and the sessions are known only when
            // they run.
            QT_TRANSLATE_NOOP(
                "ScriptExporter",
                "Step 2 only lists the log backups; its header holds the robocopy line that copies "
                "those missing (unless step 3 reads the share). Step 3 finds, orders and restores "
                "the log backups on the server itself and stops at a gap or a failed restore. Step 4 "
                "lists the sessions in mgc: end each one with KILL and its session ID before mgc "
                "can be recovered."),
        });
    return procedure;
}

QList<const Procedure*> Procedure::all()
{
    return {&failback(), &failover()};
}

const Procedure* Procedure::byName(const QString& name)
{
    for (const Procedure* procedure : all()) {
        if (procedure->name() == name)
            return procedure;
    }
    return nullptr;
}

const Procedure& Procedure::of(StepId id)
{
    for (const Procedure* procedure : all()) {
        if (id != StepId::Preflight && procedure->find(id))
            return *procedure;
    }
    return failback();
}

Procedure::Procedure(QString name, QString nextName, const char* titleText,
                     PreflightCheck::Builder preflightChecks, QList<ProcedureStep> steps, Scripts scripts)
    : m_name(std::move(name))
    , m_nextName(std::move(nextName))
    , m_titleText(titleText)
    , m_preflightChecks(preflightChecks)
    , m_steps(std::move(steps))
    , m_scripts(std::move(scripts))
{
    for (const ProcedureStep& step : std::as_const(m_steps)) {
        if (step.create) {
            m_actions << step;
            m_actionIds << step.id;
        }
    }
}

const Procedure& Procedure::nextInCycle() const
{
    const Procedure* next = byName(m_nextName);
    Q_ASSERT(next);
    return *next;
}

QString Procedure::title() const
{
    return QCoreApplication::translate("Procedure", m_titleText);
}

const ProcedureStep* Procedure::find(StepId id) const
{
    for (const ProcedureStep& step : m_steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

const ProcedureStep* Procedure::step(int number) const
{
    for (const ProcedureStep& step : m_steps) {
        if (step.number() == number)
            return &step;
    }
    return nullptr;
}

int Procedure::lastNumber() const
{
    return m_actions.isEmpty() ? 0 : m_actions.constLast().number();
}

QList<int> Procedure::actionNumbers() const
{
    QList<int> numbers;
    for (const ProcedureStep& step : m_actions)
        numbers << step.number();
    return numbers;
}

int Procedure::nextStep(const RecordedRun& run) const
{
    return run.firstStepNotDone(actionNumbers());
}

// The texts keep the context "RecordedRun" they had when RecordedRun worded them.
QString Procedure::describeProgress(const RecordedRun& run) const
{
    const int next = nextStep(run);
    const ProcedureStep* stopped = step(next);
    if (!stopped)
        return QCoreApplication::translate("RecordedRun", "every step was recorded done");
    const QString status = run.steps.value(next).status;
    return QCoreApplication::translate("RecordedRun", "it stopped at step %1, \"%2\" (last recorded: %3)")
        .arg(QString::number(next), stopped->title(),
             status.isEmpty() ? QCoreApplication::translate("RecordedRun", "not started") : status);
}

QString Procedure::pageKey(int number) const
{
    const ProcedureStep* found = step(number);
    return found ? found->pageKey : AuditPage::step(number);
}

QList<FailbackStep*> Procedure::createActions(QObject* parent) const
{
    QList<FailbackStep*> created;
    for (const ProcedureStep& step : m_actions)
        created << step.create(parent);
    return created;
}

} // namespace pchat
