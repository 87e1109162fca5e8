// One walk of the wizard through cells of the fault matrix, each with a fault of the lab switched on.
// The fault matrix: every fault the lab can inject, at every step it can hit (before, during or after the
// step's main action), for each procedure: the failback on the lab's default scenario, the failover on the
// scenario normal-with-log-shipping after the trainer's disaster. Each cell asserts what DESIGN.md's quality
// bar promises: the page shows the error with a remedy, the step is Failed or Cancelled and never Done,
// nothing the operator typed is lost, the audit folder verifies and records the failure with its error, and a
// retry once the fault is cleared completes. One TEST per fault (its row), so that ctest runs the rows in
// parallel, each process with its own lab, and a failure names its row; the cell is in the message. The
// matrix is printed at the end of every process from the row files that the rows write (under ctest the last
// process to end prints all rows).
#pragma once

#include "backend/plan/plan.h"
#include "wizarddriver.h"

#include <memory>
#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <string>

class LabProcess;

namespace pchat {
class StepPage;
}

enum class MatrixProcedure
{
    Failback,
    Failover,
};

enum class Phase
{
    Before, // the fault is on when Run is clicked and hits the step's first action
    During, // the fault hits while the step's main action (BACKUP, RESTORE) runs
    After,  // the main action succeeds; the fault hits the verification that follows it
};

enum class Inject
{
    BeforeRun,    // switched on before Run (faults that fire by themselves at a percent count as During)
    WhileRunning, // switched on once the step's progress shows that its main action runs
};

struct Cell
{
    int step = 0;
    Phase phase = Phase::Before;
    QString fault; // the lab's fault as switched on (may name an instance or an account)
    Inject inject = Inject::BeforeRun;
    // A check box the operator unticks on the page before Run (an option that would handle the fault).
    QString untick = {};
    // The step has an option on that handles the fault: it must complete under it (no retry needed).
    bool handled = false;
};

// What a row changes in the plan the operator types.
struct RowPlan
{
    // The plan's shell timeout (0: the plan's default), short for a row whose shell hangs.
    int shellTimeoutSeconds = 0;
};

class MatrixWalk
{
public:
    // The fault of the operator's computer rather than of the lab: the plan's shell program is gone (the
    // walk runs the lab's shell through a link of its own, which this fault removes and its clearing
    // restores).
    static inline const QString shellProgramMissing = QStringLiteral("shell-program-missing");

    explicit MatrixWalk(const QString& row, MatrixProcedure procedure = MatrixProcedure::Failback,
                        const RowPlan& rowPlan = {});

    // Runs the walks of one row; each walk visits its cells in step order on a fresh wizard and a reset lab.
    static void runRow(const QString& row, const QList<QList<Cell>>& walks,
                       MatrixProcedure procedure = MatrixProcedure::Failback, const RowPlan& rowPlan = {});
    // command: "fault-add" or "fault-clear"; to the lab of the walk made last.
    static bool labFault(const char* command, const QString& name);
    static bool labSpeed(double speed);

    pchat::test::WizardDriver& driver() { return *m_driver; }
    QString folder() const;
    void walkToStep(int step);
    // The audit folder, complete up to now, verifies: every event and file intact; the run is still open, so
    // the journal is not closed yet.
    void expectAuditVerifies(const std::string& where);
    void runCell(const Cell& cell);

private:
    // The failover's lab: one process for the test binary, reset and struck by the disaster for every walk.
    static LabProcess& failoverLab();
    static int failureCount();
    // The lab's speed between the faults (a fault injected while a step runs slows it down first).
    double normalSpeed() const;
    // walkToStep of the failover: WizardDriver::walkTo knows the failback's pages only.
    void walkFailoverTo(const QString& pageName);
    void runPreflightCell(const Cell& cell, const std::string& where);
    // What the operator types on the page before Run: the typed confirmations the destructive steps ask
    // for, and one distinctive value where the page has a field of its own (valid, so that the retry runs).
    // A choice (radio button, check box) the operator makes is in the map with the value "checked".
    QMap<QString, QString> typeOnPage(int step);
    void expectTypedKept(const QMap<QString, QString>& typed, const pchat::Plan& plan, const char* when);
    // Clicks Run (or Retry) and waits until the step has ended; with a fault to inject while it runs, the lab
    // is slowed down until the step's main action shows progress, then the fault is switched on.
    void clickRun(pchat::StepPage* page, const QString& faultWhileRunning = QString());
    void runStepCell(const Cell& cell, const std::string& where, bool* endedDone);

    QString m_row;
    MatrixProcedure m_procedure;
    QTemporaryDir m_root;
    // Holds the link to the lab's shell that the plan names.
    QTemporaryDir m_shellFolder;
    std::unique_ptr<pchat::test::WizardDriver> m_driver;
};
