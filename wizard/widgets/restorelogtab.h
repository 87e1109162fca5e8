// SSMS's Restore Transaction Log tab of log shipping: how and when the secondary restores the log backups.
#pragma once

#include "backend/plan/plan.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace pchat {

class AgentJobBox;
class FieldBinder;

class RestoreLogTab : public QWidget
{
    Q_OBJECT

public:
    RestoreLogTab(Plan& plan, FieldBinder& binder, QWidget* parent = nullptr);

    void retranslateUi();
    // The plan's values and the texts that name them, in the current language.
    void showPlan();

Q_SIGNALS:
    // The operator chose another restore mode; the plan holds it already.
    void edited();

private:
    Plan& m_plan;
    QLabel* m_modeLabel;
    QButtonGroup* m_mode;
    QRadioButton* m_noRecovery;
    QRadioButton* m_standby;
    QCheckBox* m_disconnectUsers;
    QFormLayout* m_form;
    QLabel* m_delayLabel;
    QSpinBox* m_delay;
    QLabel* m_delayHint;
    QCheckBox* m_alertEnabled;
    QSpinBox* m_alert;
    QLabel* m_alertHint;
    AgentJobBox* m_job;
    // Set while the radio buttons show the plan, whose toggles are not the operator's.
    bool m_loading = false;
};

} // namespace pchat
