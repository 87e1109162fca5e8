// First page: what the failback does, the procedure's assumptions as a checklist, language, and the plan
// file.
#pragma once

#include "planpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace pchat {

class WelcomePage : public PlanPage
{
    Q_OBJECT

public:
    explicit WelcomePage(Plan& plan, QWidget* parent = nullptr);

Q_SIGNALS:
    // A plan file was opened: every page must show the new plan.
    void planReplaced();

protected:
    bool pageConditionsMet() const override;
    void retranslateUi() override;

private:
    void openPlan();
    void savePlan();

    QLabel* m_intro;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QGroupBox* m_assumptionsBox;
    QList<QCheckBox*> m_assumptions;
    QGroupBox* m_planBox;
    QLabel* m_planFile;
    QPushButton* m_openPlan;
    QPushButton* m_savePlan;
    QString m_planPath;
};

} // namespace pchat
