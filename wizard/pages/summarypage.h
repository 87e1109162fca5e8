// Last page: the steps with their outcome, and the export of the whole procedure as scripts.
#pragma once

#include "backend/steps/stepstatus.h"
#include "planpage.h"

#include <QMap>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pchat {

class Procedure;

class SummaryPage : public PlanPage
{
    Q_OBJECT

public:
    // Lists the actions of procedure, which outlives the page.
    SummaryPage(Plan& plan, const Procedure& procedure, QWidget* parent = nullptr);

    // Each step's state as the run left it (recorded: done in an earlier part of a resumed run) and the run's
    // audit folder (empty: the run is not recorded).
    void showRun(const QMap<int, StepStatus>& states, const QList<int>& recordedDone,
                 const QString& auditFolder);
    // Training: offers the procedure that follows in the cycle (failover, then failback, then the failover
    // again), once every step of this one is done.
    void setTrainingMode(bool training);
    // The run is closed: its final hash (the anchor for the change ticket), or why the folder did not verify.
    void showFinalHash(const QString& hash, const QString& problem);

Q_SIGNALS:
    // The operator asked to close the run here, to see its final hash before the window closes.
    void closeRunRequested();
    // The trainee goes on with the procedure that follows in the cycle (Procedure::nextInCycle).
    void nextProcedureRequested();

protected:
    void retranslateUi() override;
    void planChanged() override;

private:
    void browse();
    void setHashRowVisible(bool visible);
    void exportScripts();
    QString stateText(int step) const;
    // Every action is done, in this part of the run or recorded earlier.
    bool everyStepDone() const;
    void updateCycleBox();

    const Procedure& m_procedure;
    QLabel* m_intro;
    QTableWidget* m_steps;
    QGroupBox* m_exportBox;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QPushButton* m_export;
    QLabel* m_result;
    QGroupBox* m_auditBox;
    QLabel* m_audit;
    QPushButton* m_openAudit;
    QPushButton* m_closeRun;
    QLabel* m_hashLabel;
    QLineEdit* m_finalHash;
    QPushButton* m_copyHash;
    QLabel* m_hashNote;
    QGroupBox* m_cycleBox;
    QLabel* m_cycleText;
    QPushButton* m_nextProcedure;
    QString m_auditFolder;
    QString m_hashProblem;
    QMap<int, StepStatus> m_states;
    QList<int> m_recordedDone;
};

} // namespace pchat
