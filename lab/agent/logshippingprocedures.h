// The log-shipping procedures of master (sp_add_log_shipping_* and sp_delete_log_shipping_*), creating the
// LSBackup / LSCopy / LSRestore / LSAlert jobs and the msdb log-shipping rows.
#pragma once

#include "lab/agent/agentstate.h"
#include "lab/tsql/procedurecall.h"

namespace pchatlab {

class ExecContext;

class LogShippingProcedures
{
public:
    explicit LogShippingProcedures(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }
    bool call(ProcedureCall& call, const QString& name);

private:
    void addPrimaryDatabase(ProcedureCall& call);
    void addPrimarySecondary(ProcedureCall& call);
    void addAlertJob(ProcedureCall& call);
    void addSecondaryPrimary(ProcedureCall& call);
    void addSecondaryDatabase(ProcedureCall& call);
    void deletePrimaryDatabase(ProcedureCall& call);
    void deletePrimarySecondary(ProcedureCall& call);
    void deleteSecondaryPrimary(ProcedureCall& call);
    void deleteSecondaryDatabase(ProcedureCall& call);
    // Creates (or with overwrite replaces) a disabled job in the Log Shipping category; 32022 on a foreign
    // name.
    AgentJob& createJob(const QString& name, JobKind kind, const QUuid& logShippingId, bool overwrite);

    ExecContext& m_ctx;
};

} // namespace pchatlab
