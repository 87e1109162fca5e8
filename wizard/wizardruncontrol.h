// The audited run behind the wizard: starting, resuming, interrupting and finishing it, and its report.
#pragma once

#include "backend/audit/journalkeys.h"
#include "backend/run/failbackrun.h"

#include <functional>
#include <QFutureWatcher>
#include <QObject>

namespace pchat {

class AuditTrail;
class FailbackWizard;
class StopRequest;
class WizardAuditor;

class WizardRunControl : public QObject
{
    Q_OBJECT

public:
    explicit WizardRunControl(FailbackWizard* wizard);

    AuditTrail* trail() const { return m_trail; }
    WizardAuditor* auditor() const { return m_auditor; }
    bool isOpen() const { return m_run->isOpen(); }
    // The step objects of the procedure's actions, in run order.
    FailbackStep* step(StepId id) const { return m_run->step(id); }

    // See FailbackWizard: the public run API of the wizard lands here.
    void setAuditRoot(const QString& root);
    const QString& auditRoot() const { return m_auditRoot; }
    bool startRun();
    // The Welcome page is shown with no run open: the screenshot images are made ready now, so that the
    // run-started shot at Next lands in one (a fresh 8 MB image cost that Next 15 ms of page faults).
    void prepareForRun();
    void offerResume();
    bool resumeRun(const QString& folder, QString* error);
    void abandonRun(const QString& reason);
    void interruptRun(const QString& reason, bool immediately, std::function<void()> done);
    void stopOn(StopRequest* request);
    int resumeTarget() const { return m_resumeTarget; }
    // Walks on through the pages of a resumed run while the servers confirm them.
    void advanceResume();
    // Records the end of the run, writes its report on a worker, then calls close.
    void endRun(bool finished, std::function<void()> close);
    // The Summary page's Close button: records run-finished, writes the report, then shows the final hash.
    void closeRunOnSummary();
    // The states of the steps on the Summary page.
    void showRunOnSummary();

Q_SIGNALS:
    void runClosed(const QString& auditFolder);

private:
    FailbackRun::Mode runMode() const;
    // The title of the messages about a run left unfinished, naming the wizard's procedure.
    QString unfinishedTitle() const;
    void auditFailed(const QString& message);
    void closeRun(bool finished, const QString& reason = AuditReason::Closed);
    // Writes the run folder's report on a worker; the watcher's result is the error ("" on success).
    QFutureWatcher<QString>* writeReport(const QString& folder, bool flushOnWorker);

    FailbackWizard* m_wizard;
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
