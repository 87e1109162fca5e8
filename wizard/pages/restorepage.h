// Step 4: the Restore Database dialog (Datenbank wiederherstellen) for mgc on the primary instance, from the
// share.
#pragma once

#include "steppage.h"

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace pchat {

class TypedConfirmation;
class RestoreStep;
} // namespace pchat

namespace pchat {

class RestorePage : public StepPage
{
    Q_OBJECT

public:
    explicit RestorePage(Plan& plan, QWidget* parent = nullptr);

    // The step object; the page fills the backup sets and the relocation grid from what it reads.
    void setRestoreStep(RestoreStep* step);

protected:
    bool confirmRun() override;
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;
    void issuesChanged() override;

private:
    void specifyBackup();
    void addRelocation();
    void removeRelocation();
    void relocationEdited(int row, int column);
    void fillRelocations();
    void markRelocationIssues();
    void updateTabMarkers();
    void updateWarning();
    void showInspection();
    void updateConfirmation();
    // After an edit outside the binder: the same as FieldBinder::edited does for bound fields.
    void commitEdit();

    QLabel* m_warning;
    QTabWidget* m_tabs;

    QGroupBox* m_destinationBox;
    QFormLayout* m_destinationForm;
    QLineEdit* m_toDatabase;
    QLineEdit* m_instance;
    QGroupBox* m_sourceBox;
    QRadioButton* m_fromDatabase;
    QRadioButton* m_fromDevice;
    QLineEdit* m_device;
    QPushButton* m_specifyBackup;
    QGroupBox* m_backupSetsBox;
    QTableWidget* m_backupSets;
    QLabel* m_backupSetsHint;
    QFormLayout* m_positionForm;
    QSpinBox* m_position;

    QGroupBox* m_optionsBox;
    QFormLayout* m_optionsForm;
    QCheckBox* m_replace;
    QCheckBox* m_closeConnections;
    QSpinBox* m_stats;
    QGroupBox* m_filesBox;
    QLabel* m_filesHint;
    QTableWidget* m_relocations;
    QPushButton* m_addRelocation;
    QPushButton* m_removeRelocation;
    QGroupBox* m_recoveryBox;
    QRadioButton* m_recovery;
    QRadioButton* m_noRecovery;
    QRadioButton* m_standby;
    QLabel* m_recoveryDescription;

    // Set while the table is filled or decorated, whose item changes are not the operator's.
    bool m_fillingTable = false;
    TypedConfirmation* m_confirm = nullptr;
    RestoreStep* m_restoreStep = nullptr;
};

} // namespace pchat
