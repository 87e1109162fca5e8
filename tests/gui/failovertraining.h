// A training session that starts with the failover, against an embedded lab of its own (TrainingLab,
// scenario normal-with-log-shipping), as the trainee meets it: the wizard in a WizardHost as the program
// has it, the trainer's buttons on the Welcome page, the drills, the Summary's way on to the next procedure
// of the cycle, and the lab's state read through the lab's own clients.
#pragma once

#include "backend/training/labcontrol.h"
#include "backend/training/traininglab.h"
#include "wizard/wizardhost.h"
#include "wizarddriver.h"

#include <memory>
#include <QString>

namespace pchat {
class WelcomePage;
class StepPage;
struct StepOutcome;
} // namespace pchat

class FailoverTraining
{
public:
    FailoverTraining();

    // Training mode as the program sets it up for every wizard (failbackapplication.cpp's attachTraining):
    // the lab on the Welcome page, and the lab's plan again after the lab was reset.
    static void attachTraining(pchat::FailbackWizard& wizard, pchat::TrainingLab& lab);

    // The driver and wizard of the procedure on screen now.
    pchat::test::WizardDriver& driver() { return *m_driver; }
    pchat::FailbackWizard& wizard() { return m_driver->wizard(); }
    pchat::TrainingLab& lab() { return m_lab; }
    pchat::WelcomePage* welcome() const { return m_welcome; }
    // The audit root of this wizard and of every one the session builds after it.
    void setAuditRoot(const QString& root);
    // On the Summary page: clicks the button that goes on with the next procedure of the cycle, waits until
    // the run is closed and the next procedure's wizard is on screen, and drives that one from then on.
    void goOnWithNextProcedure();
    pchat::StepPage* stepPage();
    // The lab's control port, spoken by the test (blocking: never from the wizard's code).
    pchat::LabControl control() const { return pchat::LabControl(m_lab.controlPort()); }

    // Clicks a trainer button of the Welcome page (disasterButton, rebuildPrimaryButton), answers its
    // question with Yes or No, and with Yes waits until the page shows the lab's answer.
    void pressTrainerButton(const QString& objectName, bool yes);
    // Chooses a drill on the Welcome page by key.
    void chooseDrill(const QString& key);
    // Waits until the drill has switched its fault on, then lets the page read the state again (Re-check),
    // as the trainee does when told something changed: the page's reading on arrival may precede the fault.
    void waitForStrikeAndRecheck();
    // Re-check on the current step page, waiting for the reading to end.
    void recheck();
    // Clicks Run, answers its question, and waits for the step to fail; returns the outcome.
    pchat::StepOutcome runExpectingFailure();
    // The trainee clicks "Fix it in the lab" on the drill panel.
    void fixInTheLab();
    // Walks on to the Summary, running each step: every step ends done and the lab is failed over.
    void finishFailover();

    // The single column v of a query's first row on an instance, read with FreeTDS's tsql.
    QString query(const QString& instance, const QString& sql) const;
    // What differs from the failed-over state: mgc ONLINE on the backup instance and mirrored there, the pool
    // FailedOver with the backup data center's servers active. Empty: failed over.
    QStringList failedOverDifferences() const;

    // With PCHAT_SCREENSHOT_DIR set, the window as it is now (name-language.png).
    void shot(const QString& name);

private:
    void follow();

    // In this order: the driver goes first, the lab last.
    pchat::TrainingLab m_lab;
    QString m_auditRoot;
    std::unique_ptr<pchat::WizardHost> m_host;
    std::unique_ptr<pchat::test::WizardDriver> m_driver;
    pchat::WelcomePage* m_welcome = nullptr;
};
