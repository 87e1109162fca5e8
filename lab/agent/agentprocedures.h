// The msdb Agent procedures: sp_add_schedule, sp_attach_schedule, sp_update_job, sp_start_job, sp_help_job,
// sp_delete_job.
#pragma once

#include "lab/tsql/procedurecall.h"

namespace pchatlab {

class ExecContext;
struct AgentJob;

class AgentProcedures
{
public:
    explicit AgentProcedures(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }
    // False when the name is not one of these procedures.
    bool call(ProcedureCall& call, const QString& name);
    // Finds the job named by @job_id or @job_name; throws 14262 when it does not exist.
    static AgentJob& findJob(ExecContext& ctx, const SqlValue& id, const SqlValue& name);

private:
    void addSchedule(ProcedureCall& call);
    void attachSchedule(ProcedureCall& call);
    void updateJob(ProcedureCall& call);
    void startJob(ProcedureCall& call);
    void helpJob(ProcedureCall& call);
    void deleteJob(ProcedureCall& call);

    ExecContext& m_ctx;
};

} // namespace pchatlab
