// The wizard of a procedure: one page per step of it, the step list, and the log pane.
#pragma once

#include "backend/plan/plan.h"
#include "backend/run/procedure.h"
#include "wizard/widgets/settingsdialog.h"

#include <functional>
#include <QWizard>

namespace pchat {

class AuditTrail;
class SidePanel;
class StepPage;
class StopRequest;
class WizardRunControl;

class FailbackWizard : public QWizard
{
    Q_OBJECT

public:
    // In run order; QWizard walks the ids in ascending order. The action pages follow the Preflight page in
    // the procedure's order (actionPageId) and the Summary page follows them (summaryPageId): the names from
    // ClearActiveServersPageId on are the failback's ids, kept for its tests and training notes.
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

    // procedure outlives the wizard (the procedures are static).
    explicit FailbackWizard(const Procedure& procedure, QWidget* parent = nullptr);

    const Procedure& procedure() const { return m_procedure; }
    // The page of the procedure's action at index (run order).
    static int actionPageId(int index) { return PreflightPageId + 1 + index; }
    // The page of a step of the procedure in a wizard built from it; -1 when the procedure has no such
    // action.
    static int actionPageId(const Procedure& procedure, StepId step)
    {
        const int index = int(procedure.actionIds().indexOf(step));
        return index < 0 ? -1 : actionPageId(index);
    }
    StepPage* actionPage(int index) const;
    int summaryPageId() const { return actionPageId(int(m_procedure.actions().size())); }
    // The step a page shows (Preflight or an action); nullptr for Welcome, Environment and Summary.
    const ProcedureStep* stepOfPage(int pageId) const;
    // The page's entry in the step list, as the operator reads it.
    QString pageName(int pageId) const;

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
    AuditTrail* auditTrail() const;
    // A run is being recorded (or its folder is being made): it belongs to this wizard's procedure.
    bool isRunOpen() const;
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
    int resumeTarget() const;
    // A page just switched to is painted by the next UpdateRequest, not one pass later (a screenshot now).
    void paintSwitchWithNextUpdate() { m_deferPaint = false; }

public Q_SLOTS:
    void reject() override;
    void accept() override;

Q_SIGNALS:
    // The run ended (Finish, or closed before) and its report is written, or failed to be.
    void runClosed(const QString& auditFolder);
    // The operator chose another procedure on the Welcome page (WizardHost builds its wizard).
    void procedureRequested(const pchat::Procedure* procedure);
    // The window has painted what had changed (the auditor copies its screenshots after this).
    void windowPainted();

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    static QString geometryKey();
    // This computer's settings (Welcome page's button, Ctrl+,).
    void showSettings();
    void applySettings(const SettingsDialog::Values& values);
    void retranslateUi();
    void reloadPages();
    void showScript();
    void updateForPage(int id);
    void followCompleteness();
    void paintChromeBackgrounds();

    const Procedure& m_procedure;
    // Every page holds a reference to this plan: it lives as long as the wizard.
    Plan m_plan;
    SidePanel* m_side;
    bool m_training = false;
    WizardRunControl* m_runControl;
    // A page switch paints on the event-loop pass after the switch (event()).
    bool m_deferPaint = false;
    // The switched-to page's explanation is rendered once the switch is painted.
    bool m_explanationDue = false;
};

} // namespace pchat
