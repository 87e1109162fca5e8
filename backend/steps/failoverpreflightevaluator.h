// Judges what the failover's own Preflight checks read: the primary that should not answer, mgc on the backup
// instance as a log-shipping secondary, the log chain and the pool before the failover. Pure functions.
#pragma once

#include "backend/plan/plan.h"
#include "backend/sql/sqlmessage.h"
#include "backend/sql/statementresult.h"
#include "logchainplan.h"
#include "preflightresult.h"

#include <QCoreApplication>

namespace pchat {

struct ShellResult;

class FailoverPreflightEvaluator
{
    // PreflightRunner's context, as for PreflightEvaluator: one place in the translations for Preflight.
    Q_DECLARE_TR_FUNCTIONS(pchat::PreflightRunner)

public:
    // The primary instance did not answer (openError: why): what a failover expects, so a pass that says so.
    static PreflightResult primaryDown(const Plan& plan, const SqlMessages& openError);
    // The primary answered with its server information: a warning, the failover may not be what is needed.
    static PreflightResult primaryAnswers(const Plan& plan, const StatementResult& rows);
    // databases: CheckSql::databases({mgc, mgccomp}); history: CheckSql::logShippingHistory(mgc).
    static PreflightResult secondaryMgc(const Plan& plan, const StatementResult& databases,
                                        const StatementResult& history);
    // chain: LogBackupChain::plan of every log backup of mgc found; found: how many files that was.
    static PreflightResult logChain(const Plan& plan, const LogChainPlan& chain, int found);
    // Get-CsPersistentChatState of the plan's pool: Normal is where a failover starts.
    static PreflightResult poolNotFailedOver(const Plan& plan, const ShellResult& result);
};

} // namespace pchat
