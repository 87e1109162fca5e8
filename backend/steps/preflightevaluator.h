// Judges what one Preflight check read from a server or the management shell: pure functions from the rows
// (and what earlier checks found) to a pass, warning or failure with what was found and the remedy.
#pragma once

#include "backend/plan/plan.h"
#include "backend/sql/statementresult.h"
#include "preflightcheck.h"
#include "preflightfacts.h"
#include "preflightresult.h"

#include <QCoreApplication>

namespace pchat {

struct ShellResult;

class PreflightEvaluator
{
    // The texts were written in PreflightRunner; their context stays, so that the translations still apply.
    Q_DECLARE_TR_FUNCTIONS(pchat::PreflightRunner)

public:
    // The check's rows (the first statement's) against the plan. Checks that learn something later checks
    // need add it to facts; nothing else is changed. The result's id is left to the caller.
    static PreflightResult evaluateSql(const PreflightCheck& check, const Plan& plan,
                                       const StatementResult& rows, PreflightFacts& facts,
                                       bool encryptionUnverified = false);
    static PreflightResult evaluateShell(const PreflightCheck& check, const Plan& plan,
                                         const ShellResult& result);

    // encryptionUnverified: FreeTDS encrypts the connection without checking the server's certificate.
    static PreflightResult connection(const Plan& plan, ScriptTarget target, const StatementResult& rows,
                                      PreflightFacts& facts, bool encryptionUnverified);
    static PreflightResult version(const Plan& plan, const StatementResult& rows,
                                   const PreflightFacts& facts);
    static PreflightResult backupDatabases(const Plan& plan, const StatementResult& rows,
                                           PreflightFacts& facts);
    static PreflightResult mirroring(const Plan& plan, const StatementResult& rows);
    static PreflightResult primaryDatabase(const Plan& plan, const StatementResult& rows,
                                           const PreflightFacts& facts);
    static PreflightResult sessions(const Plan& plan, const StatementResult& rows);
    static PreflightResult agent(const Plan& plan, ScriptTarget target, const StatementResult& rows,
                                 PreflightFacts& facts);
    static PreflightResult share(const Plan& plan, ScriptTarget target, const StatementResult& rows,
                                 const PreflightFacts& facts);
    static PreflightResult copyFolder(const Plan& plan, const StatementResult& rows,
                                      const PreflightFacts& facts);
    static PreflightResult backupFile(const Plan& plan, const StatementResult& rows);
    static PreflightResult databaseSize(const Plan& plan, const StatementResult& rows, PreflightFacts& facts);
    static PreflightResult freeSpace(const Plan& plan, const StatementResult& rows,
                                     const PreflightFacts& facts);
    static PreflightResult shellModule(const ShellResult& result);
    static PreflightResult poolState(const Plan& plan, const ShellResult& result);
    // The plan's pool in Get-CsPersistentChatState's answer: a pass in startState (where the procedure
    // starts), a warning with doneRemedy in doneState (the procedure's work is done already), else a failure.
    static PreflightResult poolIn(const Plan& plan, const ShellResult& result, QLatin1String startState,
                                  QLatin1String doneState, const QString& doneRemedy);

    static const InstanceSettings& instanceFor(const Plan& plan, ScriptTarget target);
    // "11.0.5058.0" against "11.0.2100.60": part by part as numbers ("9" < "10"); missing parts count as 0.
    static int compareVersions(const QString& a, const QString& b);
};

} // namespace pchat
