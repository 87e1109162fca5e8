#include "failbackrun.h"

#include "backend/audit/audittrail.h"
#include "backend/audit/journalkeys.h"
#include "backend/audit/recordedrun.h"
#include "backend/audit/runinfo.h"
#include "backend/plan/planjson.h"
#include "backend/steps/failbackstep.h"

namespace pchat {

namespace {

RunInfo runInfo(const Procedure& procedure, const QJsonObject& plan, const QString& pool,
                const FailbackRun::Mode& mode)
{
    RunInfo info = RunInfo::current();
    info.procedure = procedure.name();
    info.mode = mode.training ? Journal::Mode::Training : Journal::Mode::Production;
    info.language = mode.language;
    info.plan = plan;
    info.pool = pool;
    info.unattended = mode.unattended;
    return info;
}

} // namespace

FailbackRun::FailbackRun(const Procedure& procedure, QObject* parent)
    : QObject(parent)
    , m_procedure(procedure)
    , m_trail(new AuditTrail(this))
    , m_steps(procedure.createActions(this))
{
    for (FailbackStep* step : std::as_const(m_steps))
        m_trail->attachStep(step, numberOf(step));
}

FailbackStep* FailbackRun::step(StepId id) const
{
    for (FailbackStep* step : m_steps) {
        if (step->id() == id)
            return step;
    }
    return nullptr;
}

int FailbackRun::numberOf(const FailbackStep* step) const
{
    const ProcedureStep* described = m_procedure.find(step->id());
    return described ? described->number() : -1;
}

RunInfo FailbackRun::startInfo(const Plan& plan, const Mode& mode) const
{
    // The folder is named after the pool, without its service prefix ("PersistentChatServer:").
    return runInfo(m_procedure, PlanJson::toJson(plan), plan.lync.poolIdentity.section(u':', -1), mode);
}

bool FailbackRun::start(const QString& root, const Plan& plan, const Mode& mode, QString* error)
{
    if (!m_trail->startRun(root, startInfo(plan, mode), error))
        return false;
    m_closed = false;
    return true;
}

void FailbackRun::startAsync(const QString& root, const Plan& plan, const Mode& mode, QObject* context,
                             std::function<void(bool started, const QString& error)> done)
{
    m_trail->startRunAsync(root, startInfo(plan, mode), context,
                           [this, done = std::move(done)](bool started, const QString& error) {
                               if (started)
                                   m_closed = false;
                               done(started, error);
                           });
}

bool FailbackRun::isStarting() const
{
    return m_trail->isStarting();
}

bool FailbackRun::resume(const RecordedRun& run, const Mode& mode, QString* error)
{
    if (!m_trail->resumeRun(run.folder, runInfo(m_procedure, run.plan, run.pool, mode), error))
        return false;
    m_closed = false;
    return true;
}

bool FailbackRun::isOpen() const
{
    return m_trail->isActive() && !m_closed;
}

void FailbackRun::finish(bool success)
{
    QJsonObject steps;
    for (const FailbackStep* step : std::as_const(m_steps))
        steps.insert(QString::number(numberOf(step)), AuditTrail::statusName(int(step->status())));
    close(
        {{AuditKey::Result, success ? AuditResult::Success : AuditResult::Failed}, {AuditKey::Steps, steps}},
        true);
}

void FailbackRun::interrupt(const QString& reason, const QString& page)
{
    close({{AuditKey::Reason, reason}, {AuditKey::Page, page}}, false);
}

void FailbackRun::interrupt(const QString& reason, const QString& page, const QString& message)
{
    close({{AuditKey::Reason, reason}, {AuditKey::Page, page}, {AuditKey::Message, message}}, false);
}

void FailbackRun::close(const QJsonObject& details, bool finished)
{
    if (!isOpen())
        return;
    m_closed = true;
    m_trail->record(finished ? AuditKind::RunFinished : AuditKind::RunInterrupted, details);
    // After the closing event nothing more belongs to the run.
    m_trail->seal();
}

} // namespace pchat
