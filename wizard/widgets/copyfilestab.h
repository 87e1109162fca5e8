// SSMS's Copy Files tab of log shipping: where the secondary's copy job puts the log backups.
#pragma once

#include "backend/plan/plan.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pchat {

class AgentJobBox;
class FieldBinder;

class CopyFilesTab : public QWidget
{
    Q_OBJECT

public:
    CopyFilesTab(FieldBinder& binder, QWidget* parent = nullptr);

    void retranslateUi();
    // The plan's values and the texts that name them, in the current language.
    void showPlan(const LogShippingSettings& settings);

private:
    QFormLayout* m_form;
    QLineEdit* m_folder;
    QLabel* m_retentionLabel;
    QSpinBox* m_retention;
    QLabel* m_retentionHint;
    AgentJobBox* m_job;
};

} // namespace pchat
