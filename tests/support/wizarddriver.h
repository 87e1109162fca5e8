// Drives the wizard in tests the way an operator does: find widgets by objectName, type, click, go Next.
#pragma once

#include "backend/plan/plan.h"
#include "backend/run/procedure.h"
#include "testsupport.h"
#include "wizard/failbackwizard.h"
#include "wizard/wizardhost.h"

#include <memory>
#include <ostream>
#include <QAbstractButton>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <utility>

class LabProcess;

namespace pchat {
class StepPage;
}

namespace pchat::test {

class WizardDriver
{
public:
    // A shown wizard holding the example plan (resources/plans/example-plan.json) with a fixed schedule date,
    // pointed at the test binary's lab (one pchat-lab process on free ports, started on first use and reset
    // to the scenario's start for every driver).
    WizardDriver();
    // A shown wizard of this procedure holding this plan (a lab of the test's own, say).
    explicit WizardDriver(const Plan& plan, const Procedure& procedure = Procedure::failback());
    // Drives a wizard someone else owns (WizardHost's), showing it if it is not shown yet.
    explicit WizardDriver(FailbackWizard* wizard);

    FailbackWizard& wizard() { return *m_wizard; }
    static Plan examplePlan();
    // The example plan pointed at a lab given by its instances' ports (name -> port) and control port.
    static Plan planForLab(const QMap<QString, int>& ports, int controlPort);
    // The example plan as the file has it: instance addresses of the default scenario, no passwords.
    static Plan examplePlanFile();

    template <typename T> T* find(const QString& objectName) const
    {
        // Only the visible page's widgets, so that a name used on two pages finds the one the operator sees.
        QWidget* page = m_wizard->currentPage();
        T* widget = page ? page->findChild<T*>(objectName) : nullptr;
        return widget ? widget : m_wizard->findChild<T*>(objectName);
    }

    // The wizard's pages by objectName, in the order an operator meets them (Welcome, Environment,
    // Preflight, the procedure's steps, Summary).
    static QStringList pageNames(const Procedure& procedure = Procedure::failback());
    // Clicks a procedure's radio button on the host's Welcome page (failoverChoice, failbackChoice) and
    // returns the wizard the host has built for it, the old one deleted.
    static FailbackWizard* chooseProcedure(WizardHost& host, const char* radio);
    // With PCHAT_SCREENSHOT_DIR set: the window at 1366×768 once its layouts have settled, saved as
    // <name>-<language>.png.
    static void screenshot(QWidget* window, const QString& name);

    QAbstractButton* nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QString currentPageName() const;
    // Ticks every assumption on the Welcome page.
    void confirmAssumptions();
    // Clicks Next; fails the test when Next is disabled or the page does not change.
    void next();
    // Selects all of a line edit's text and types the new text, as a keyboard would.
    void retype(const QString& objectName, const QString& text);
    // Clicks Run on the current step page, answers its confirmation with Yes, and waits until the step ends.
    void runCurrentStep();
    // Goes on with Next, running each step that must run first, until the named page is shown.
    void walkTo(const QString& pageName);
    // Confirms the assumptions, walks to the named step page and waits for its inspection; null, with the
    // failure recorded, when the walk or the wait fails.
    StepPage* openStepPage(const QString& pageName);
    // Fails the test for every step page whose step is not Done or AlreadyDone (each verified on the
    // servers).
    void expectEveryStepDone();
    // The events of a run folder's journal, in order (no check of the chain: AuditVerifier does that).
    static QList<QJsonObject> journalEvents(const QString& runFolder);
    // The test binary's lab, e.g. to slow it down or switch a fault through its control port.
    static LabProcess& lab();
    // Clicks Yes (or OK) in the next message box that opens, once it does.
    static void answerNextMessageBox(bool yes = true);
    // The typed confirmations a commit page asks for before Run: each field's object name and what the plan
    // says to type into it.
    QList<std::pair<QString, QString>> typedConfirmations(const QString& pageName) const;

private:
    // What a page needs before Run, as the operator gives it: the typed confirmations of the commit pages,
    // the failover's choice to restore the log backups from the share, the sessions to end.
    void prepareRun(const QString& pageName);
    void show();

    std::unique_ptr<FailbackWizard> m_owned;
    FailbackWizard* m_wizard;
};

} // namespace pchat::test
