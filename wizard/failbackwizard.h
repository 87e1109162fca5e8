// The failback wizard: one page per step of the procedure, the step list, and the log pane.
#pragma once

#include "backend/audit/journalkeys.h"
#include "backend/plan/plan.h"
#include "backend/run/failbackrun.h"
#include "backend/steps/stepid.h"
#include "wizard/widgets/settingsdialog.h"

#include <functional>
#include <QFutureWatcher>
#include <QWizard>

class QLabel;
class QSplitter;
class QTabWidget;

namespace pchat {

class AuditTrail;
class ExplanationPanel;
class FailbackStep;
class LogPane;
class StepList;
class StepPage;
class StopRequest;
class WizardAuditor;

class FailbackWizard : public QWizard
{
    Q_OBJECT

public:
    // In run order; QWizard walks the ids in ascending order.
    enum PageId
    {
        WelcomePageId,
        EnvironmentPageId,
        PreflightPageId,
        ClearActiveServersPageId,
        RemoveMirroringPageId,
        BackupPageId,
        RestorePageId,
        LogShippingPageId,
        SetActiveServersPageId,
        PoolNormalPageId,
        SummaryPageId,
    };

    explicit FailbackWizard(QWidget* parent = nullptr);

    const Plan& plan() const { return m_plan; }
    // Replaces the whole plan (a plan file was opened) and shows it on every page.
    void setPlan(const Plan& plan);
    // Training runs against the lab: a banner on every screen, so that no screenshot of it can pass for
    // production evidence.
    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }
    // A training panel (the drill's state and fix) under the TRAINING banner, beside every page.
    void addTrainingPanel(QWidget* panel);

    // Where each run's audit folder is created. A run starts (its folder and journal) when the operator
    // leaves the Welcome page; without a root nothing is recorded (tests of single pages).
    void setAuditRoot(const QString& root);
    AuditTrail* auditTrail() const { return m_trail; }
    // Asks whether to continue the newest unfinished run under the audit root, if there is one; call once the
    // wizard is shown.
    void offerResume();
    // Continues the run recorded in folder: its plan (passwords typed again), the journal's step states, and
    // an automatic walk through the steps the servers confirm up to the first one not done.
    bool resumeRun(const QString& folder, QString* error = nullptr);
    // Ends the recorded run without finishing it (the training lab was reset, say): its report is written
    // in the background and leaving the Welcome page starts a new run.
    void abandonRun(const QString& reason);
    // Ends the run on a request from outside (a signal, a closed console, the end of the session): a running
    // step is cancelled (and given up to 3 s to end, unless immediately), run-interrupted with reason is
    // recorded and on the disk, then done is called. Without an open run done is called at once.
    void interruptRun(const QString& reason, bool immediately, std::function<void()> done);
    // Lets request stop the program: interruptRun, then the event loop ends with the signal's exit code.
    void stopOn(StopRequest* request);
    // The page the resumed run continues at; -1 when not resuming or once reached.
    int resumeTarget() const { return m_resumeTarget; }

public Q_SLOTS:
    void reject() override;
    void accept() override;

Q_SIGNALS:
    // The run ended (Finish, or closed before) and its report is written, or failed to be.
    void runClosed(const QString& auditFolder);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool validateCurrentPage() override;

private:
    static QString geometryKey();
    // The page of an action of the procedure, running its step with object.
    StepPage* createStepPage(StepId step, FailbackStep* object);
    // This computer's settings (Welcome page's button, Ctrl+,).
    void showSettings();
    void applySettings(const SettingsDialog::Values& values);
    void retranslateUi();
    void reloadPages();
    void showScript();
    void updateForPage(int id);
    bool startRun();
    FailbackRun::Mode runMode() const;
    void auditFailed(const QString& message);
    void advanceResume();
    void closeRun(bool finished, const QString& reason = AuditReason::Closed);
    // Records the end of the run, writes its report on a worker, then calls close.
    void endRun(bool finished, std::function<void()> close);
    // Writes the run folder's report on a worker; the watcher's result is the error ("" on success).
    QFutureWatcher<QString>* writeReport(const QString& folder, bool flushOnWorker);
    void showRunOnSummary();
    // The Summary page's Close button: records run-finished, writes the report, then shows the final hash.
    void closeRunOnSummary();

    // Every page holds a reference to this plan: it lives as long as the wizard.
    Plan m_plan;
    StepList* m_stepList;
    LogPane* m_logPane;
    ExplanationPanel* m_explanation;
    QTabWidget* m_sideTabs;
    QSplitter* m_side;
    QLabel* m_trainingBanner;
    bool m_training = false;
    // The run: its steps and audit trail (m_trail is its trail).
    FailbackRun* m_run;
    AuditTrail* m_trail;
    WizardAuditor* m_auditor;
    QString m_auditRoot;
    QString m_resumeFolder; // --audit-dir named a run folder: offer that run
    int m_resumeTarget = -1;
    bool m_closing = false;      // the report is being written
    bool m_interrupting = false; // interruptRun waits for the step to end
};

} // namespace pchat
