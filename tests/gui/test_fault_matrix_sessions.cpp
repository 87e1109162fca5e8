// The fault matrix's rows for SQL Server sessions and its Agent: a login that fails, a database in use, a
// stopped Agent.
#include "matrixwalk.h"

#include <gtest/gtest.h>

TEST(FaultMatrix, LoginFails)
{
    const QString fault = QStringLiteral("login-fails");
    // During: the login fails for the connections the step opens after its main action started (the
    // verification reads the end state on a fresh one).
    MatrixWalk::runRow(fault, {{{0, Phase::Before, fault},
                                {2, Phase::Before, fault},
                                {3, Phase::Before, fault},
                                {4, Phase::Before, fault},
                                {5, Phase::Before, fault}},
                               {{3, Phase::During, fault, Inject::WhileRunning},
                                {4, Phase::During, fault, Inject::WhileRunning},
                                {5, Phase::During, fault, Inject::WhileRunning}}});
}

TEST(FaultMatrix, DbInUse)
{
    // Step 4 restores the primary's mgc; step 5 initializes the secondary's mgc (the backup instance). With
    // "Close existing connections" ticked (the plan's default, as SSMS offers it) the wizard sets SINGLE_USER
    // WITH ROLLBACK IMMEDIATE first and the restores complete; unticked, the restore fails with 3101.
    const QString primary = QStringLiteral("db-in-use:PCSQL01\\PCHAT:mgc");
    const QString secondary = QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc");
    const QString untick = QStringLiteral("closeExistingConnections");
    MatrixWalk::runRow(
        QStringLiteral("db-in-use"),
        {{{4, Phase::Before, primary, Inject::BeforeRun, {}, true},
          {5, Phase::Before, secondary, Inject::BeforeRun, {}, true}},
         {{4, Phase::Before, primary, Inject::BeforeRun, untick}, {5, Phase::Before, secondary}}});
}

TEST(FaultMatrix, AgentStopped)
{
    const QString fault = QStringLiteral("agent-stopped");
    MatrixWalk::runRow(fault, {{{0, Phase::Before, fault}, {5, Phase::Before, fault}}});
}
