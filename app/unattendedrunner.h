// Runs the whole failback without the user interface (--unattended): Preflight, then steps 1 to 7 in order,
// the plan's confirmations in place of the operator's, progress on the console and the same audit trail.
#pragma once

#include "backend/plan/plan.h"
#include "backend/process/stoprequest.h"
#include "commandline.h"
#include "unattendedconfirmationcheck.h"
#include "unattendedconsole.h"

#include <memory>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace pchat {

class AuditTrail;
class FailbackRun;
class FailbackStep;
class PreflightRunner;
class TrainingLab;

class UnattendedRunner : public QObject
{
    Q_OBJECT

public:
    explicit UnattendedRunner(const CommandLine& commandLine, QObject* parent = nullptr);
    ~UnattendedRunner() override;

    // Starts the run; finished() follows once it ended and its report is written. Never blocks.
    void start();
    int exitCode() const { return m_exitCode; }

    // Ctrl+C, SIGTERM, SIGHUP: the first cancels the running step and ends the run as interrupted, a second
    // one ends it without waiting for the step; a closed console or session end records and ends at once.
    void interrupt(pchat::StopRequest::Kind kind = pchat::StopRequest::Kind::Interrupt);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void startTraining();
    bool loadPlan();
    void beginRun();
    void runPreflight();
    void preflightFinished();
    void nextStep();
    void stepInspected(FailbackStep* step);
    void runStep(FailbackStep* step);
    void stepFinished(FailbackStep* step);
    void waitForFirstLog();
    void firstLogShipped(bool ok, const QString& file, const QString& error, const QString& remedy);
    void recordConfirmation(const UnattendedConfirmationCheck::Result& confirmation, int step);

    FailbackStep* currentStep() const;
    bool isBusy() const;
    // Ends the run as interrupted (reason as the journal names it), after the running step stopped.
    void stop(int exitCode, const QString& reason, const QString& message);
    void succeed();
    void finish();
    QString pageKey() const;

    CommandLine m_commandLine;
    Plan m_plan;
    QString m_confirmationSource; // "plan" or "training"
    UnattendedConsole m_console;
    std::unique_ptr<TrainingLab> m_lab;
    FailbackRun* m_run = nullptr;
    AuditTrail* m_trail = nullptr; // the run's
    PreflightRunner* m_preflight = nullptr;
    QList<FailbackStep*> m_steps; // the run's steps 1..7 in run order
    int m_index = -1;             // the step in m_steps being worked on; -1: Preflight
    // inspect() was called and its result not taken yet (a step also reports new findings while it runs).
    bool m_inspecting = false;

    bool m_ending = false;
    bool m_finished = false;
    int m_exitCode = 0;
    StopRequest* m_stopRequest = nullptr;
    QString m_endReason; // empty: run-finished; else run-interrupted with this reason
    QString m_endMessage;
    QTimer m_stopTimeout;
};

} // namespace pchat
