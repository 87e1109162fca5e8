// The failback wizard: one page per step of the procedure, the step list, and the log pane.
#pragma once

#include "plan/plan.h"

#include <QWizard>

namespace pchat {

class LogPane;
class StepList;

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

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadPages();
    void showScript();
    void updateForPage(int id);

    // Every page holds a reference to this plan: it lives as long as the wizard.
    Plan m_plan;
    StepList* m_stepList;
    LogPane* m_logPane;
};

} // namespace pchat
