// Step 5: SSMS's Transaction Log Shipping page (Protokollversand) of mgc on the primary, all on one page.
#pragma once

#include "steppage.h"

#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

class QTableWidget;

class QPushButton;

namespace pchat {

class LogShippingStep;
class TypedConfirmation;

class ScheduleEditor;

class LogShippingPage : public StepPage
{
    Q_OBJECT

public:
    explicit LogShippingPage(Plan& plan, QWidget* parent = nullptr);

    // The step object; the page shows its parts, the confirmation and the wait for the first log shipped.
    void setLogShippingStep(LogShippingStep* step);

protected:
    bool confirmRun() override;
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;
    void issuesChanged() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSubSteps();
    void updateConfirmation();
    void waitForFirstLog();
    void showFirstLogJob(const QString& job, StepStatus status, const QString& detail, qint64 durationMs);

    // A radio button whose caption is a wrapping label beside it, since SSMS's captions are too long for one
    // line.
    QWidget* wrappedRadio(QRadioButton* radio, QLabel* caption);
    // After an edit outside the binder: the same as FieldBinder::edited does for bound fields.
    void commitEdit();
    // The texts that name values of the plan, in the current language.
    void updatePlanTexts();
    void updateTabMarkers();
    QString durationHint(int minutes) const;

    QLabel* m_warning;
    QCheckBox* m_enablePrimary;

    QGroupBox* m_backupBox;
    QFormLayout* m_backupForm;
    QLineEdit* m_networkPath;
    QLineEdit* m_localPath;
    QLabel* m_folderHint;
    QLabel* m_backupRetentionLabel;
    QSpinBox* m_backupRetention;
    QLabel* m_backupRetentionHint;
    QCheckBox* m_backupAlertEnabled;
    QSpinBox* m_backupAlert;
    QLabel* m_backupAlertHint;
    QLabel* m_historyRetentionLabel;
    QSpinBox* m_historyRetention;
    QLabel* m_historyRetentionHint;
    QGroupBox* m_backupJobBox;
    QFormLayout* m_backupJobForm;
    QLineEdit* m_backupJobName;
    ScheduleEditor* m_backupSchedule;
    QComboBox* m_compression;

    QGroupBox* m_secondaryBox;
    QFormLayout* m_secondaryForm;
    QLineEdit* m_secondaryInstance;
    QLineEdit* m_secondaryDatabase;
    QTabWidget* m_secondaryTabs;

    QLabel* m_initializeIntro;
    QButtonGroup* m_initialization;
    QRadioButton* m_initializeGenerate;
    QLabel* m_initializeGenerateText;
    QRadioButton* m_initializeRestore;
    QLabel* m_initializeRestoreText;
    QRadioButton* m_initializeNone;
    QLabel* m_initializeNoneText;
    QFormLayout* m_initializeForm;
    QLineEdit* m_initializationFile;
    QLabel* m_initializationHint;

    QFormLayout* m_copyForm;
    QLineEdit* m_copyFolder;
    QLabel* m_copyRetentionLabel;
    QSpinBox* m_copyRetention;
    QLabel* m_copyRetentionHint;
    QGroupBox* m_copyJobBox;
    QFormLayout* m_copyJobForm;
    QLineEdit* m_copyJobName;
    ScheduleEditor* m_copySchedule;

    QLabel* m_restoreModeLabel;
    QButtonGroup* m_restoreMode;
    QRadioButton* m_restoreNoRecovery;
    QRadioButton* m_restoreStandby;
    QCheckBox* m_disconnectUsers;
    QFormLayout* m_restoreForm;
    QLabel* m_restoreDelayLabel;
    QSpinBox* m_restoreDelay;
    QLabel* m_restoreDelayHint;
    QCheckBox* m_restoreAlertEnabled;
    QSpinBox* m_restoreAlert;
    QLabel* m_restoreAlertHint;
    QGroupBox* m_restoreJobBox;
    QFormLayout* m_restoreJobForm;
    QLineEdit* m_restoreJobName;
    ScheduleEditor* m_restoreSchedule;

    QCheckBox* m_monitor;

    // Caption labels of wrapped radio buttons: a click on the caption selects its button.
    QHash<QObject*, QRadioButton*> m_radioCaptions;
    // Set while radio buttons show the plan, whose toggles are not the operator's.
    bool m_loadingRadios = false;
    LogShippingStep* m_logShippingStep = nullptr;
    TypedConfirmation* m_confirm = nullptr;
    QGroupBox* m_runBox = nullptr;
    QTableWidget* m_subSteps = nullptr;
    QPushButton* m_waitFirstLog = nullptr;
    QTableWidget* m_firstLog = nullptr;
    QLabel* m_firstLogResult = nullptr;
};

} // namespace pchat
