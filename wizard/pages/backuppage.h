// Step 3: the Back Up Database dialog (Datenbank sichern) for mgc on the backup instance, to the share.
#pragma once

#include "steppage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace pchat {

class BackupPage : public StepPage
{
    Q_OBJECT

public:
    explicit BackupPage(Plan& plan, QWidget* parent = nullptr);

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    void addDestination();
    void removeDestination();

    QGroupBox* m_sourceBox;
    QFormLayout* m_sourceForm;
    QLineEdit* m_database;
    QComboBox* m_backupType;
    QCheckBox* m_copyOnly;
    QWidget* m_component;
    QRadioButton* m_componentDatabase;
    QRadioButton* m_componentFiles;
    QGroupBox* m_setBox;
    QFormLayout* m_setForm;
    QLineEdit* m_setName;
    QLineEdit* m_description;
    QGroupBox* m_destinationBox;
    QLabel* m_destinationHint;
    QLabel* m_backUpToLabel;
    QComboBox* m_backUpTo;
    QListWidget* m_destinations;
    QPushButton* m_add;
    QPushButton* m_remove;
    QGroupBox* m_optionsBox;
    QFormLayout* m_optionsForm;
    QCheckBox* m_overwrite;
    QCheckBox* m_verify;
    QCheckBox* m_checksum;
    QComboBox* m_compression;
    QSpinBox* m_stats;
};

} // namespace pchat
