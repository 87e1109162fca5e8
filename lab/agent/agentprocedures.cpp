#include "lab/agent/agentprocedures.h"

#include "lab/agent/jobrunner.h"
#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/execcontext.h"
#include "lab/tsql/procedurelibrary.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

AgentJob& AgentProcedures::findJob(ExecContext& ctx, const SqlValue& id, const SqlValue& name)
{
    AgentState& a = ctx.instance().agent;
    if (!id.isNull()) {
        if (AgentJob* j = a.job(id.toGuid()))
            return *j;
        throw SqlMessages::error(14262, {QStringLiteral("@job_id"), id.toString()});
    }
    if (AgentJob* j = a.job(name.toString()))
        return *j;
    throw SqlMessages::error(14262, {QStringLiteral("@job_name"), name.toString()});
}

bool AgentProcedures::call(ProcedureCall& call, const QString& name)
{
    if (name == u"sp_add_schedule")
        addSchedule(call);
    else if (name == u"sp_attach_schedule")
        attachSchedule(call);
    else if (name == u"sp_update_job")
        updateJob(call);
    else if (name == u"sp_start_job")
        startJob(call);
    else if (name == u"sp_help_job")
        helpJob(call);
    else if (name == u"sp_delete_job")
        deleteJob(call);
    else
        return false;
    return true;
}

void AgentProcedures::addSchedule(ProcedureCall& call)
{
    QHash<QString, int> idx;
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_add_schedule"),
        {req("@schedule_name", kName), opt("@enabled", {SqlTypeKind::TinyInt}, SqlValue::fromInt(1)),
         opt("@freq_type", kInt, SqlValue::fromInt(0)), opt("@freq_interval", kInt, SqlValue::fromInt(0)),
         opt("@freq_subday_type", kInt, SqlValue::fromInt(0)),
         opt("@freq_subday_interval", kInt, SqlValue::fromInt(0)),
         opt("@freq_relative_interval", kInt, SqlValue::fromInt(0)),
         opt("@freq_recurrence_factor", kInt, SqlValue::fromInt(0)), opt("@active_start_date", kInt),
         opt("@active_end_date", kInt, SqlValue::fromInt(99991231)),
         opt("@active_start_time", kInt, SqlValue::fromInt(0)),
         opt("@active_end_time", kInt, SqlValue::fromInt(235959)), opt("@owner_login_name", kName),
         opt("@schedule_uid", kGuid, SqlValue(), true), opt("@schedule_id", kInt, SqlValue(), true),
         opt("@originating_server", kName)},
        &idx);
    AgentState& st = m_ctx.instance().agent;
    AgentSchedule s;
    s.id = st.nextScheduleId++;
    s.uid = QUuid::createUuid();
    s.name = a.value(QStringLiteral("@schedule_name")).toString();
    s.enabled = a.value(QStringLiteral("@enabled")).toInt() != 0;
    s.freqType = int(a.value(QStringLiteral("@freq_type")).toInt());
    s.freqInterval = int(a.value(QStringLiteral("@freq_interval")).toInt());
    s.freqSubdayType = int(a.value(QStringLiteral("@freq_subday_type")).toInt());
    s.freqSubdayInterval = int(a.value(QStringLiteral("@freq_subday_interval")).toInt());
    s.activeStartDate = int(a.value(QStringLiteral("@active_start_date")).toInt());
    s.activeEndDate = int(a.value(QStringLiteral("@active_end_date")).toInt());
    s.activeStartTime = int(a.value(QStringLiteral("@active_start_time")).toInt());
    s.activeEndTime = int(a.value(QStringLiteral("@active_end_time")).toInt());
    s.created = m_ctx.world().simulatedNow();
    st.schedules.append(s);
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@schedule_uid"), SqlValue::fromGuid(s.uid));
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@schedule_id"), SqlValue::fromInt(s.id));
}

void AgentProcedures::attachSchedule(ProcedureCall& call)
{
    const auto a =
        ProcedureLibrary::bind(call, QStringLiteral("sp_attach_schedule"),
                               {opt("@job_id", kGuid), opt("@job_name", kName), opt("@schedule_id", kInt),
                                opt("@schedule_name", kName), opt("@automatic_post", {SqlTypeKind::Bit})},
                               nullptr);
    AgentJob& job = findJob(m_ctx, a.value(QStringLiteral("@job_id")), a.value(QStringLiteral("@job_name")));
    AgentState& st = m_ctx.instance().agent;
    const SqlValue sid = a.value(QStringLiteral("@schedule_id"));
    AgentSchedule* s = sid.isNull() ? st.schedule(a.value(QStringLiteral("@schedule_name")).toString())
                                    : st.schedule(int(sid.toInt()));
    if (!s)
        throw SqlMessages::error(
            14262, {sid.isNull() ? QStringLiteral("@schedule_name") : QStringLiteral("@schedule_id"),
                    sid.isNull() ? a.value(QStringLiteral("@schedule_name")).toString() : sid.toString()});
    if (!job.scheduleIds.contains(s->id))
        job.scheduleIds.append(s->id);
}

void AgentProcedures::updateJob(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_update_job"),
        {opt("@job_id", kGuid), opt("@job_name", kName), opt("@new_name", kName),
         opt("@enabled", {SqlTypeKind::TinyInt}), opt("@description", SqlType::nvarchar(512)),
         opt("@start_step_id", kInt), opt("@category_name", kName), opt("@owner_login_name", kName)},
        nullptr);
    AgentJob& job = findJob(m_ctx, a.value(QStringLiteral("@job_id")), a.value(QStringLiteral("@job_name")));
    if (!a.value(QStringLiteral("@enabled")).isNull())
        job.enabled = a.value(QStringLiteral("@enabled")).toInt() != 0;
    if (!a.value(QStringLiteral("@new_name")).isNull())
        job.name = a.value(QStringLiteral("@new_name")).toString();
    if (!a.value(QStringLiteral("@description")).isNull())
        job.description = a.value(QStringLiteral("@description")).toString();
}

void AgentProcedures::startJob(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(call, QStringLiteral("sp_start_job"),
                                          {opt("@job_name", kName), opt("@job_id", kGuid),
                                           opt("@error_flag", kInt), opt("@server_name", kName),
                                           opt("@step_name", kName), opt("@output_flag", kInt)},
                                          nullptr);
    AgentJob& job = findJob(m_ctx, a.value(QStringLiteral("@job_id")), a.value(QStringLiteral("@job_name")));
    if (!m_ctx.instance().agentRunning) {
        call.returnCode = 1;
        throw SqlMessages::error(22022, {});
    }
    m_ctx.sendMessage(14243, {job.name});
    JobRunner::run(m_ctx.world(), m_ctx.instance(), job);
}

void AgentProcedures::helpJob(ProcedureCall& call)
{
    const auto a =
        ProcedureLibrary::bind(call, QStringLiteral("sp_help_job"),
                               {opt("@job_id", kGuid), opt("@job_name", kName), opt("@job_aspect", kName),
                                opt("@enabled", {SqlTypeKind::TinyInt})},
                               nullptr);
    QVector<AgentJob*> jobs;
    if (!a.value(QStringLiteral("@job_id")).isNull() || !a.value(QStringLiteral("@job_name")).isNull())
        jobs.append(
            &findJob(m_ctx, a.value(QStringLiteral("@job_id")), a.value(QStringLiteral("@job_name"))));
    else
        for (AgentJob& j : m_ctx.instance().agent.jobs)
            jobs.append(&j);
    ResultSink& sink = m_ctx.sink();
    sink.columns({{QStringLiteral("job_id"), kGuid},
                  {QStringLiteral("originating_server"), kName},
                  {QStringLiteral("name"), kName},
                  {QStringLiteral("enabled"), {SqlTypeKind::TinyInt}},
                  {QStringLiteral("description"), SqlType::nvarchar(512)},
                  {QStringLiteral("category"), kName},
                  {QStringLiteral("date_created"), {SqlTypeKind::DateTime}},
                  {QStringLiteral("last_run_date"), kInt},
                  {QStringLiteral("last_run_time"), kInt},
                  {QStringLiteral("last_run_outcome"), kInt},
                  {QStringLiteral("next_run_date"), kInt},
                  {QStringLiteral("next_run_time"), kInt},
                  {QStringLiteral("current_execution_status"), kInt},
                  {QStringLiteral("has_schedule"), kInt}});
    for (const AgentJob* j : jobs) {
        sink.row({SqlValue::fromGuid(j->id), SqlValue::fromString(m_ctx.instance().serverName(), kName),
                  SqlValue::fromString(j->name, kName), SqlValue::fromInt(j->enabled, {SqlTypeKind::TinyInt}),
                  SqlValue::stringOrNull(j->description, 512), SqlValue::fromString(j->category, kName),
                  SqlValue::fromDateTime(j->created), SqlValue::fromInt(dateInt(j->lastRun)),
                  SqlValue::fromInt(timeInt(j->lastRun)), SqlValue::fromInt(j->lastOutcome),
                  SqlValue::fromInt(dateInt(j->nextRun)), SqlValue::fromInt(timeInt(j->nextRun)),
                  SqlValue::fromInt(4), SqlValue::fromInt(int(j->scheduleIds.size()))});
    }
    sink.done(DoneKind::DoneInProc, TdsDoneStatusFlag::Count, TdsDoneCommand::Select, quint64(jobs.size()));
}

void AgentProcedures::deleteJob(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_delete_job"),
        {opt("@job_id", kGuid), opt("@job_name", kName), opt("@originating_server", kName),
         opt("@delete_history", {SqlTypeKind::Bit}), opt("@delete_unused_schedule", {SqlTypeKind::Bit})},
        nullptr);
    AgentJob& job = findJob(m_ctx, a.value(QStringLiteral("@job_id")), a.value(QStringLiteral("@job_name")));
    m_ctx.instance().agent.removeJob(job.id);
}

} // namespace pchatlab
