// Step 5: SSMS's Transaction Log Shipping page (Protokollversand) of mgc on the primary, all on one page.
#pragma once

#include "steppage.h"

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pchat {

class BackupSettingsBox;
class CopyFilesTab;
class InitializeSecondaryTab;
class LogShippingStep;
class RestoreLogTab;
class TypedConfirmation;

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

private:
    void showSubSteps();
    void updateConfirmation();
    void waitForFirstLog();
    void showFirstLogJob(const QString& job, StepStatus status, const QString& detail, qint64 durationMs);

    // After an edit outside the binder: the same as FieldBinder::edited does for bound fields.
    void commitEdit();
    // The plan's values and the texts that name them, in the current language.
    void showPlanTexts();
    void updateTabMarkers();

    QLabel* m_warning;
    QCheckBox* m_enablePrimary;
    BackupSettingsBox* m_backupBox;

    QGroupBox* m_secondaryBox;
    QFormLayout* m_secondaryForm;
    QLineEdit* m_secondaryInstance;
    QLineEdit* m_secondaryDatabase;
    QTabWidget* m_secondaryTabs;
    InitializeSecondaryTab* m_initializeTab;
    CopyFilesTab* m_copyTab;
    RestoreLogTab* m_restoreTab;

    QCheckBox* m_monitor;

    LogShippingStep* m_logShippingStep = nullptr;
    TypedConfirmation* m_confirm = nullptr;
    QGroupBox* m_runBox = nullptr;
    QTableWidget* m_subSteps = nullptr;
    QPushButton* m_waitFirstLog = nullptr;
    QTableWidget* m_firstLog = nullptr;
    QLabel* m_firstLogResult = nullptr;
};

} // namespace pchat
