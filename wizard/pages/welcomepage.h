// First page: what the failback does, the procedure's assumptions as a checklist, language, the plan file,
// and in training mode the drills and the lab reset.
#pragma once

#include "planpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace pchat {

class Procedure;

class DrillController;
class DrillPanel;
class LabPreparer;
class TrainingLab;

class WelcomePage : public PlanPage
{
    Q_OBJECT

public:
    // procedure: the one this wizard runs, chosen on this page; it outlives the page (procedures are static).
    WelcomePage(Plan& plan, const Procedure& procedure, QWidget* parent = nullptr);

    // Training mode: shows the drills and the lab reset for this lab, and the drill panel beside the pages.
    // Call it once the wizard holds this page. Null (the default): nothing of training shows.
    void setTrainingLab(TrainingLab* lab);
    DrillController* drillController() const { return m_drills; }
    // This wizard replaced the other procedure's (WizardHost): in training the lab is brought to where this
    // procedure starts, and Next waits for it.
    void procedureSwitched();

Q_SIGNALS:
    // A plan file was opened: every page must show the new plan.
    void planReplaced();
    // The lab was reset to the scenario's start: the wizard's owner sets the training plan again and
    // restarts the wizard.
    void labReset();
    // The operator asked for this computer's settings.
    void settingsRequested();
    // The operator chose the other procedure: its wizard replaces this one (WizardHost).
    void procedureChosen(const pchat::Procedure* procedure);

protected:
    bool pageConditionsMet() const override;
    void retranslateUi() override;

private:
    void openPlan();
    void savePlan();
    void fillDrills();
    void updateTrainingTexts();
    void resetLab();
    // The trainer's events: the primary data center's disaster, and its rebuild for the failback.
    void sendTrainerEvent(bool disaster);
    void prepareLab();
    void labPrepared(bool labWasReset);
    // The procedure's title, introduction and checklist.
    // The texts that differ between the procedures (ProcedureTexts).
    void retranslateProcedure();

    const Procedure& m_procedure;
    QGroupBox* m_procedureBox;
    QRadioButton* m_failback;
    QRadioButton* m_failover;
    QLabel* m_failbackText;
    QLabel* m_failoverText;
    QLabel* m_intro;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QGroupBox* m_assumptionsBox;
    QList<QCheckBox*> m_assumptions;
    QList<QLabel*> m_assumptionTexts;
    QGroupBox* m_planBox;
    QLabel* m_planFile;
    QPushButton* m_openPlan;
    QPushButton* m_savePlan;
    QString m_planPath;

    TrainingLab* m_lab = nullptr;
    DrillController* m_drills = nullptr;
    DrillPanel* m_drillPanel = nullptr;
    LabPreparer* m_preparer = nullptr;
    bool m_prepareWhenStarted = false;
    QGroupBox* m_trainingBox;
    QLabel* m_labStatus;
    QLabel* m_labAdvice;
    QLabel* m_drillLabel;
    QComboBox* m_drillCombo;
    QLabel* m_drillDescription;
    QPushButton* m_resetLab;
    QPushButton* m_disaster;
    QPushButton* m_rebuildPrimary;
    QLabel* m_trainerResult;
    QPushButton* m_settings;
    QLabel* m_resetResult;
    QString m_labError;
    bool m_fillingDrills = false;
    bool m_resetting = false;
};

} // namespace pchat
