// The instances, databases, folders and Lync settings that every later step uses.
#pragma once

#include "planpage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace pchat {

class InstanceEditor;

class EnvironmentPage : public PlanPage
{
    Q_OBJECT

public:
    explicit EnvironmentPage(Plan& plan, QWidget* parent = nullptr);

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;
    void issuesChanged() override;

private:
    QTabWidget* m_tabs;
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
};

} // namespace pchat
