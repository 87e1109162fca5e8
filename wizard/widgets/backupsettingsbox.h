// SSMS's Backup Settings of a log-shipping primary, embedded so that every field is on the page.
#pragma once

#include "backend/plan/plan.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pchat {

class AgentJobBox;
class FieldBinder;

class BackupSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    BackupSettingsBox(FieldBinder& binder, QWidget* parent = nullptr);

    void retranslateUi();
    // The plan's values and the texts that name them, in the current language.
    void showPlan(const LogShippingSettings& settings);

private:
    QFormLayout* m_form;
    QLineEdit* m_networkPath;
    QLineEdit* m_localPath;
    QLabel* m_folderHint;
    QLabel* m_retentionLabel;
    QSpinBox* m_retention;
    QLabel* m_retentionHint;
    QCheckBox* m_alertEnabled;
    QSpinBox* m_alert;
    QLabel* m_alertHint;
    QLabel* m_historyRetentionLabel;
    QSpinBox* m_historyRetention;
    QLabel* m_historyRetentionHint;
    AgentJobBox* m_job;
    QComboBox* m_compression;
};

} // namespace pchat
