// Preflight: every check that can be made before anything changes, each with its status and exact query.
#pragma once

#include "backend/steps/preflightresult.h"
#include "backend/steps/preflightrunner.h"
#include "steppage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QTableWidget;

namespace pchat {

class Procedure;

class PreflightPage : public StepPage
{
    Q_OBJECT

public:
    // procedure: whose Preflight the page runs; it outlives the page (procedures are static).
    PreflightPage(Plan& plan, const Procedure& procedure, QWidget* parent = nullptr);

    void initializePage() override;
    // The checks and their last results, for pages that show what Preflight found.
    const PreflightRunner& runner() const { return *m_runner; }
    PreflightRunner& runner() { return *m_runner; }

protected:
    bool pageConditionsMet() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    void showSelectedCheck();
    void runChecks();
    void showResult(int index, const PreflightResult& result);
    void showRemedyColumn();
    void summarize();

    const Procedure& m_procedure;
    PreflightRunner* m_runner;
    QPushButton* m_runChecks;
    QLabel* m_summary;
    QCheckBox* m_acknowledge;
    bool m_ran = false;
    Plan m_checkedPlan; // the values the last checks ran with
    QLabel* m_intro;
    QTableWidget* m_checks;
    QLabel* m_queryLabel;
    QPlainTextEdit* m_query;
};

} // namespace pchat
