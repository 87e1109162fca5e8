#include "procedure.h"

#include "backend/audit/journalkeys.h"
#include "backend/steps/backupstep.h"
#include "backend/steps/clearactiveserversstep.h"
#include "backend/steps/logshippingstep.h"
#include "backend/steps/poolnormalstep.h"
#include "backend/steps/removemirroringstep.h"
#include "backend/steps/restorestep.h"
#include "backend/steps/setactiveserversstep.h"

namespace pchat {

namespace {

template <typename Step> std::function<FailbackStep*(QObject*)> factory()
{
    return [](QObject* parent) -> FailbackStep* { return new Step(parent); };
}

ProcedureStep action(StepId id, const char* title, const char* where,
                     std::function<FailbackStep*(QObject*)> create)
{
    return {id, title, where, AuditPage::step(int(id)), std::move(create)};
}

} // namespace

// The texts keep the context "StepInfo" they had when StepInfo held them, so that no translation is lost.
const Procedure& Procedure::failback()
{
    static const Procedure procedure({
        {StepId::Preflight,
         QT_TRANSLATE_NOOP("StepInfo", "Preflight checks"),
         QT_TRANSLATE_NOOP("StepInfo", "Both SQL Server instances and the Lync Server Management Shell"),
         AuditPage::Preflight,
         {}},
        action(StepId::ClearActiveServers, QT_TRANSLATE_NOOP("StepInfo", "Clear the Active Server list"),
               QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
               factory<ClearActiveServersStep>()),
        action(StepId::RemoveMirroring,
               QT_TRANSLATE_NOOP("StepInfo", "Remove mirroring from mgc and mgccomp"),
               QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"), factory<RemoveMirroringStep>()),
        action(StepId::BackupMgc, QT_TRANSLATE_NOOP("StepInfo", "Back up mgc to the log-shipping share"),
               QT_TRANSLATE_NOOP("StepInfo", "Backup SQL Server instance"), factory<BackupStep>()),
        action(StepId::RestorePrimary, QT_TRANSLATE_NOOP("StepInfo", "Restore the primary mgc"),
               QT_TRANSLATE_NOOP("StepInfo", "Primary SQL Server instance"), factory<RestoreStep>()),
        action(StepId::LogShipping,
               QT_TRANSLATE_NOOP("StepInfo", "Configure log shipping for the primary mgc"),
               QT_TRANSLATE_NOOP("StepInfo", "Primary and backup SQL Server instances"),
               factory<LogShippingStep>()),
        action(StepId::SetActiveServers, QT_TRANSLATE_NOOP("StepInfo", "Set the active servers"),
               QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"),
               factory<SetActiveServersStep>()),
        action(StepId::PoolNormal, QT_TRANSLATE_NOOP("StepInfo", "Return the pool to Normal"),
               QT_TRANSLATE_NOOP("StepInfo", "Lync Server Management Shell"), factory<PoolNormalStep>()),
    });
    return procedure;
}

Procedure::Procedure(QList<ProcedureStep> steps)
    : m_steps(std::move(steps))
{
    for (const ProcedureStep& step : std::as_const(m_steps)) {
        if (step.create) {
            m_actions << step;
            m_actionIds << step.id;
        }
    }
}

const ProcedureStep* Procedure::find(StepId id) const
{
    for (const ProcedureStep& step : m_steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

QString Procedure::pageKey(int number) const
{
    for (const ProcedureStep& step : m_steps) {
        if (step.number() == number)
            return step.pageKey;
    }
    return AuditPage::step(number);
}

QList<FailbackStep*> Procedure::createActions(QObject* parent) const
{
    QList<FailbackStep*> created;
    for (const ProcedureStep& step : m_actions)
        created << step.create(parent);
    return created;
}

} // namespace pchat

// Declared in steps/stepid.h: the failback's actions, as the procedure lists them.
const QList<pchat::StepId>& pchat::procedureSteps()
{
    return Procedure::failback().actionIds();
}
