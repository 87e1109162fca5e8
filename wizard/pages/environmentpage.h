// The instances, databases, folders and Lync settings that every later step uses.
#pragma once

#include "planpage.h"

#include <QList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace pchat {

class FailoverSettingsBox;
class InstanceEditor;

class EnvironmentPage : public PlanPage
{
    Q_OBJECT

public:
    explicit EnvironmentPage(Plan& plan, QWidget* parent = nullptr);

Q_SIGNALS:
    // The operator changed the shell program or its arguments: a setting of this computer, not of the plan.
    void shellEdited();

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;
    void issuesChanged() override;

private:
    // Marks the tabs that hold values to correct. Runs on every keystroke (through issuesChanged), so it
    // touches only the tabs whose mark changes: relabelling the whole page each time stalled typing.
    void updateTabMarks();

    QTabWidget* m_tabs;
    QList<int> m_tabMarks; // per tab: -1 not set yet, 0 clean, 1 marked
    InstanceEditor* m_backupInstance;
    InstanceEditor* m_primaryInstance;
    QFormLayout* m_databasesForm;
    QLabel* m_databasesIntro;
    QLineEdit* m_mgc;
    QLineEdit* m_mgccomp;
    QLineEdit* m_share;
    QLineEdit* m_copyFolder;
    QFormLayout* m_lyncForm;
    QLabel* m_lyncIntro;
    QComboBox* m_module;
    QLineEdit* m_collection;
    QLineEdit* m_pool;
    QLineEdit* m_primaryDataCenter;
    QLineEdit* m_shellProgram;
    QLineEdit* m_shellArguments;
    QSpinBox* m_shellTimeout;
    FailoverSettingsBox* m_failover;
};

} // namespace pchat
