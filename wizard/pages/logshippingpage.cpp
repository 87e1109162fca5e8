#include "logshippingpage.h"

#include "backend/steps/logshippingstep.h"
#include "wizard/widgets/fieldbinder.h"
#include "wizard/widgets/scheduleeditor.h"
#include "wizard/widgets/steprunpanel.h"
#include "wizard/widgets/typedconfirmation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {

enum SecondaryTab
{
    InitializeTab,
    CopyTab,
    RestoreTab
};

// The fields each secondary tab holds, so that a tab with a problem can be marked.
const QList<QStringList>& tabFields()
{
    static const QList<QStringList> fields{
        {QStringLiteral("logShipping.initialization")},
        {QStringLiteral("logShipping.copy")},
        {QStringLiteral("logShipping.restore"), QStringLiteral("logShipping.disconnectUsers")},
    };
    return fields;
}

// The procedures take minutes; almost two years is beyond any sensible retention and keeps the boxes narrow.
constexpr int maximumMinutes = 999999;

// A bound field with a hint to its right (the same duration in hours or days).
QWidget* withHint(QWidget* field, QLabel* hint)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 0, Qt::AlignTop);
    layout->addWidget(hint, 0, Qt::AlignTop);
    layout->addStretch();
    return row;
}

QLabel* hintLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

LogShippingPage::LogShippingPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::LogShipping, plan, parent)
    , m_warning(new QLabel)
    , m_enablePrimary(new QCheckBox)
    , m_backupBox(new QGroupBox)
    , m_backupForm(new QFormLayout(m_backupBox))
    , m_networkPath(new QLineEdit)
    , m_localPath(new QLineEdit)
    , m_folderHint(hintLabel(QStringLiteral("logShippingFolderHint")))
    , m_backupRetentionLabel(new QLabel)
    , m_backupRetention(new QSpinBox)
    , m_backupRetentionHint(hintLabel(QStringLiteral("backupRetentionHint")))
    , m_backupAlertEnabled(new QCheckBox)
    , m_backupAlert(new QSpinBox)
    , m_backupAlertHint(hintLabel(QStringLiteral("backupAlertHint")))
    , m_historyRetentionLabel(new QLabel)
    , m_historyRetention(new QSpinBox)
    , m_historyRetentionHint(hintLabel(QStringLiteral("historyRetentionHint")))
    , m_backupJobBox(new QGroupBox)
    , m_backupJobForm(new QFormLayout)
    , m_backupJobName(new QLineEdit)
    , m_backupSchedule(new ScheduleEditor(
          binder(), QStringLiteral("logShipping.backupSchedule"),
          [](Plan& p) -> AgentSchedule& { return p.logShipping.backupSchedule; },
          QStringLiteral("backupSchedule")))
    , m_compression(new QComboBox)
    , m_secondaryBox(new QGroupBox)
    , m_secondaryForm(new QFormLayout)
    , m_secondaryInstance(new QLineEdit)
    , m_secondaryDatabase(new QLineEdit)
    , m_secondaryTabs(new QTabWidget)
    , m_initializeIntro(hintLabel(QStringLiteral("initializationIntro")))
    , m_initialization(new QButtonGroup(this))
    , m_initializeGenerate(new QRadioButton)
    , m_initializeGenerateText(hintLabel(QStringLiteral("initializationGenerateText")))
    , m_initializeRestore(new QRadioButton)
    , m_initializeRestoreText(hintLabel(QStringLiteral("initializationRestoreExistingText")))
    , m_initializeNone(new QRadioButton)
    , m_initializeNoneText(hintLabel(QStringLiteral("initializationNoneText")))
    , m_initializeForm(new QFormLayout)
    , m_initializationFile(new QLineEdit)
    , m_initializationHint(hintLabel(QStringLiteral("initializationHint")))
    , m_copyForm(new QFormLayout)
    , m_copyFolder(new QLineEdit)
    , m_copyRetentionLabel(new QLabel)
    , m_copyRetention(new QSpinBox)
    , m_copyRetentionHint(hintLabel(QStringLiteral("copyRetentionHint")))
    , m_copyJobBox(new QGroupBox)
    , m_copyJobForm(new QFormLayout)
    , m_copyJobName(new QLineEdit)
    , m_copySchedule(new ScheduleEditor(
          binder(), QStringLiteral("logShipping.copySchedule"),
          [](Plan& p) -> AgentSchedule& { return p.logShipping.copySchedule; },
          QStringLiteral("copySchedule")))
    , m_restoreModeLabel(new QLabel)
    , m_restoreMode(new QButtonGroup(this))
    , m_restoreNoRecovery(new QRadioButton)
    , m_restoreStandby(new QRadioButton)
    , m_disconnectUsers(new QCheckBox)
    , m_restoreForm(new QFormLayout)
    , m_restoreDelayLabel(new QLabel)
    , m_restoreDelay(new QSpinBox)
    , m_restoreDelayHint(hintLabel(QStringLiteral("restoreDelayHint")))
    , m_restoreAlertEnabled(new QCheckBox)
    , m_restoreAlert(new QSpinBox)
    , m_restoreAlertHint(hintLabel(QStringLiteral("restoreAlertHint")))
    , m_restoreJobBox(new QGroupBox)
    , m_restoreJobForm(new QFormLayout)
    , m_restoreJobName(new QLineEdit)
    , m_restoreSchedule(new ScheduleEditor(
          binder(), QStringLiteral("logShipping.restoreSchedule"),
          [](Plan& p) -> AgentSchedule& { return p.logShipping.restoreSchedule; },
          QStringLiteral("restoreSchedule")))
    , m_monitor(new QCheckBox)
{
    setObjectName(QStringLiteral("logShippingPage"));
    // Before binding: the binder names each message label after its widget.
    m_warning->setObjectName(QStringLiteral("logShippingWarning"));
    m_enablePrimary->setObjectName(QStringLiteral("enablePrimaryDatabase"));
    m_networkPath->setObjectName(QStringLiteral("logShippingNetworkPath"));
    m_localPath->setObjectName(QStringLiteral("logShippingLocalPath"));
    m_backupRetention->setObjectName(QStringLiteral("backupRetention"));
    m_backupAlertEnabled->setObjectName(QStringLiteral("backupAlertEnabled"));
    m_backupAlert->setObjectName(QStringLiteral("backupAlert"));
    m_historyRetention->setObjectName(QStringLiteral("historyRetention"));
    m_backupJobName->setObjectName(QStringLiteral("backupJobName"));
    m_compression->setObjectName(QStringLiteral("logShippingCompression"));
    m_secondaryInstance->setObjectName(QStringLiteral("secondaryInstance"));
    m_secondaryDatabase->setObjectName(QStringLiteral("secondaryDatabase"));
    m_secondaryTabs->setObjectName(QStringLiteral("secondaryTabs"));
    m_initializeGenerate->setObjectName(QStringLiteral("initializationGenerate"));
    m_initializeRestore->setObjectName(QStringLiteral("initializationRestoreExisting"));
    m_initializeNone->setObjectName(QStringLiteral("initializationNone"));
    m_initializationFile->setObjectName(QStringLiteral("initializationBackupFile"));
    // Not "copyDestinationFolder": the Environment page's field of the same value has that name.
    m_copyFolder->setObjectName(QStringLiteral("logShippingCopyFolder"));
    m_copyRetention->setObjectName(QStringLiteral("copyRetention"));
    m_copyJobName->setObjectName(QStringLiteral("copyJobName"));
    m_restoreNoRecovery->setObjectName(QStringLiteral("restoreModeNoRecovery"));
    m_restoreStandby->setObjectName(QStringLiteral("restoreModeStandby"));
    m_disconnectUsers->setObjectName(QStringLiteral("disconnectUsers"));
    m_restoreDelay->setObjectName(QStringLiteral("restoreDelay"));
    m_restoreAlertEnabled->setObjectName(QStringLiteral("restoreAlertEnabled"));
    m_restoreAlert->setObjectName(QStringLiteral("restoreAlert"));
    m_restoreJobName->setObjectName(QStringLiteral("restoreJobName"));
    m_monitor->setObjectName(QStringLiteral("useMonitorServer"));

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #e8a33d; padding: 6px; }"));
    // The procedure makes mgc a log-shipping primary; that is the whole point of the step.
    m_enablePrimary->setChecked(true);
    m_enablePrimary->setEnabled(false);

    for (QSpinBox* minutes :
         {m_backupRetention, m_backupAlert, m_copyRetention, m_restoreAlert, m_historyRetention})
        minutes->setRange(1, maximumMinutes);
    m_restoreDelay->setRange(0, maximumMinutes);

    // Backup Settings, embedded instead of SSMS's dialog so that every field is on the page. Rows get a label
    // widget of their own: QFormLayout makes none for an empty text, and retranslateUi sets it.
    // SSMS's captions here are whole sentences: above their fields they leave the fields the page's width.
    m_backupForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_backupForm->addRow(new QLabel,
                         binder().text(m_networkPath, QStringLiteral("logShipping.backupNetworkPath"),
                                       [](Plan& p) -> QString& { return p.logShipping.backupNetworkPath; }));
    m_backupForm->addRow(new QLabel,
                         binder().text(m_localPath, QStringLiteral("logShipping.backupLocalPath"),
                                       [](Plan& p) -> QString& { return p.logShipping.backupLocalPath; }));
    m_backupForm->addRow(m_folderHint);
    m_backupRetentionLabel->setBuddy(m_backupRetention);
    m_backupForm->addRow(
        m_backupRetentionLabel,
        withHint(binder().number(m_backupRetention, QStringLiteral("logShipping.backupRetentionMinutes"),
                                 [](Plan& p) -> int& { return p.logShipping.backupRetentionMinutes; }),
                 m_backupRetentionHint));
    m_backupForm->addRow(
        binder().check(m_backupAlertEnabled, QStringLiteral("logShipping.backupAlertEnabled"),
                       [](Plan& p) -> bool& { return p.logShipping.backupAlertEnabled; }),
        withHint(binder().number(m_backupAlert, QStringLiteral("logShipping.backupAlertMinutes"),
                                 [](Plan& p) -> int& { return p.logShipping.backupAlertMinutes; }),
                 m_backupAlertHint));
    // SSMS sets @history_retention_period without showing it; the plan holds it, so the page shows it too.
    m_historyRetentionLabel->setBuddy(m_historyRetention);
    m_backupForm->addRow(
        m_historyRetentionLabel,
        withHint(binder().number(m_historyRetention, QStringLiteral("logShipping.historyRetentionMinutes"),
                                 [](Plan& p) -> int& { return p.logShipping.historyRetentionMinutes; }),
                 m_historyRetentionHint));
    m_backupJobForm->addRow(new QLabel,
                            binder().text(m_backupJobName, QStringLiteral("logShipping.backupJobName"),
                                          [](Plan& p) -> QString& { return p.logShipping.backupJobName; }));
    auto* backupJobLayout = new QVBoxLayout(m_backupJobBox);
    backupJobLayout->addLayout(m_backupJobForm);
    backupJobLayout->addWidget(m_backupSchedule);
    m_backupForm->addRow(m_backupJobBox);
    m_compression->addItem(QString(), int(BackupCompression::ServerDefault));
    m_compression->addItem(QString(), int(BackupCompression::Compress));
    m_compression->addItem(QString(), int(BackupCompression::DoNotCompress));
    m_backupForm->addRow(new QLabel,
                         binder().choice<BackupCompression>(
                             m_compression, QStringLiteral("logShipping.compression"),
                             [](Plan& p) -> BackupCompression& { return p.logShipping.compression; }));

    // The secondary is the backup instance's mgc, as it was before the disaster; SSMS's Add… is not needed.
    m_secondaryInstance->setReadOnly(true);
    m_secondaryDatabase->setReadOnly(true);
    m_secondaryForm->addRow(new QLabel, m_secondaryInstance);
    m_secondaryForm->addRow(new QLabel, m_secondaryDatabase);

    m_initialization->addButton(m_initializeGenerate, int(SecondaryInitialization::GenerateFullBackup));
    m_initialization->addButton(m_initializeRestore, int(SecondaryInitialization::RestoreExistingBackup));
    m_initialization->addButton(m_initializeNone, int(SecondaryInitialization::AlreadyInitialized));
    connect(m_initialization, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (m_loadingRadios || !checked)
            return;
        this->plan().logShipping.initialization = SecondaryInitialization(id);
        commitEdit();
    });
    m_initializeForm->addRow(
        new QLabel,
        binder().text(m_initializationFile, QStringLiteral("logShipping.initializationBackupFile"),
                      [](Plan& p) -> QString& { return p.logShipping.initializationBackupFile; }));
    m_initializeForm->addRow(m_initializationHint);
    auto* initializeTab = new QWidget;
    auto* initializeLayout = new QVBoxLayout(initializeTab);
    initializeLayout->addWidget(m_initializeIntro);
    initializeLayout->addWidget(wrappedRadio(m_initializeGenerate, m_initializeGenerateText));
    initializeLayout->addWidget(wrappedRadio(m_initializeRestore, m_initializeRestoreText));
    initializeLayout->addWidget(wrappedRadio(m_initializeNone, m_initializeNoneText));
    initializeLayout->addLayout(m_initializeForm);
    initializeLayout->addStretch();

    m_copyForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_copyForm->addRow(
        new QLabel, binder().text(m_copyFolder, QStringLiteral("logShipping.copyDestinationFolder"),
                                  [](Plan& p) -> QString& { return p.logShipping.copyDestinationFolder; }));
    m_copyRetentionLabel->setBuddy(m_copyRetention);
    m_copyForm->addRow(
        m_copyRetentionLabel,
        withHint(binder().number(m_copyRetention, QStringLiteral("logShipping.copyRetentionMinutes"),
                                 [](Plan& p) -> int& { return p.logShipping.copyRetentionMinutes; }),
                 m_copyRetentionHint));
    m_copyJobForm->addRow(new QLabel,
                          binder().text(m_copyJobName, QStringLiteral("logShipping.copyJobName"),
                                        [](Plan& p) -> QString& { return p.logShipping.copyJobName; }));
    auto* copyJobLayout = new QVBoxLayout(m_copyJobBox);
    copyJobLayout->addLayout(m_copyJobForm);
    copyJobLayout->addWidget(m_copySchedule);
    m_copyForm->addRow(m_copyJobBox);
    auto* copyTab = new QWidget;
    auto* copyLayout = new QVBoxLayout(copyTab);
    copyLayout->addLayout(m_copyForm);
    copyLayout->addStretch();

    m_restoreMode->addButton(m_restoreNoRecovery, int(LogRestoreMode::NoRecovery));
    m_restoreMode->addButton(m_restoreStandby, int(LogRestoreMode::Standby));
    connect(m_restoreMode, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (m_loadingRadios || !checked)
            return;
        this->plan().logShipping.restoreMode = LogRestoreMode(id);
        commitEdit();
    });
    auto* modeLayout = new QVBoxLayout;
    modeLayout->addWidget(m_restoreModeLabel);
    modeLayout->addWidget(m_restoreNoRecovery);
    modeLayout->addWidget(m_restoreStandby);
    auto* disconnectRow = new QHBoxLayout;
    // Indented under Standby mode, which it belongs to, as in SSMS.
    disconnectRow->addSpacing(20);
    disconnectRow->addWidget(binder().check(m_disconnectUsers, QStringLiteral("logShipping.disconnectUsers"),
                                            [](Plan& p) -> bool& { return p.logShipping.disconnectUsers; }));
    modeLayout->addLayout(disconnectRow);
    m_restoreDelayLabel->setBuddy(m_restoreDelay);
    m_restoreForm->addRow(
        m_restoreDelayLabel,
        withHint(binder().number(m_restoreDelay, QStringLiteral("logShipping.restoreDelayMinutes"),
                                 [](Plan& p) -> int& { return p.logShipping.restoreDelayMinutes; }),
                 m_restoreDelayHint));
    m_restoreForm->addRow(
        binder().check(m_restoreAlertEnabled, QStringLiteral("logShipping.restoreAlertEnabled"),
                       [](Plan& p) -> bool& { return p.logShipping.restoreAlertEnabled; }),
        withHint(binder().number(m_restoreAlert, QStringLiteral("logShipping.restoreAlertMinutes"),
                                 [](Plan& p) -> int& { return p.logShipping.restoreAlertMinutes; }),
                 m_restoreAlertHint));
    m_restoreJobForm->addRow(new QLabel,
                             binder().text(m_restoreJobName, QStringLiteral("logShipping.restoreJobName"),
                                           [](Plan& p) -> QString& { return p.logShipping.restoreJobName; }));
    auto* restoreJobLayout = new QVBoxLayout(m_restoreJobBox);
    restoreJobLayout->addLayout(m_restoreJobForm);
    restoreJobLayout->addWidget(m_restoreSchedule);
    m_restoreForm->addRow(m_restoreJobBox);
    auto* restoreTab = new QWidget;
    auto* restoreLayout = new QVBoxLayout(restoreTab);
    restoreLayout->addLayout(modeLayout);
    restoreLayout->addLayout(m_restoreForm);
    restoreLayout->addStretch();

    m_secondaryTabs->addTab(initializeTab, QString());
    m_secondaryTabs->addTab(copyTab, QString());
    m_secondaryTabs->addTab(restoreTab, QString());
    auto* secondaryLayout = new QVBoxLayout(m_secondaryBox);
    secondaryLayout->addLayout(m_secondaryForm);
    secondaryLayout->addWidget(m_secondaryTabs);

    m_monitor->setChecked(false);
    m_monitor->setEnabled(false);

    // Initializing overwrites the secondary's mgc: typed confirmation as on the restore page, and no way
    // back.
    m_confirm = new TypedConfirmation(QStringLiteral("confirmSecondaryDatabase"),
                                      QStringLiteral("confirmSecondaryInstance"));
    connect(m_confirm, &TypedConfirmation::edited, this, &LogShippingPage::updateConfirmation);

    m_runBox = new QGroupBox;
    m_subSteps = new QTableWidget(0, 3);
    m_subSteps->setObjectName(QStringLiteral("subStepsTable"));
    m_firstLog = new QTableWidget(0, 4);
    m_firstLog->setObjectName(QStringLiteral("firstLogTable"));
    for (QTableWidget* table : {m_subSteps, m_firstLog}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setMinimumHeight(90);
    }
    m_waitFirstLog = new QPushButton;
    m_waitFirstLog->setObjectName(QStringLiteral("waitFirstLogButton"));
    m_waitFirstLog->setEnabled(false);
    m_firstLogResult = new QLabel;
    m_firstLogResult->setObjectName(QStringLiteral("firstLogResult"));
    m_firstLogResult->setWordWrap(true);
    m_firstLogResult->setTextFormat(Qt::PlainText);
    connect(m_waitFirstLog, &QPushButton::clicked, this, &LogShippingPage::waitForFirstLog);
    auto* runLayout = new QVBoxLayout(m_runBox);
    runLayout->addWidget(m_subSteps);
    runLayout->addWidget(m_waitFirstLog, 0, Qt::AlignLeft);
    runLayout->addWidget(m_firstLog);
    runLayout->addWidget(m_firstLogResult);
    setCommitPage(true);

    formLayout()->addWidget(m_warning);
    formLayout()->addWidget(m_confirm);
    formLayout()->addWidget(m_runBox);
    formLayout()->addWidget(m_enablePrimary);
    formLayout()->addWidget(m_backupBox);
    formLayout()->addWidget(m_secondaryBox);
    formLayout()->addWidget(m_monitor);
    formLayout()->addWidget(issueSummaryLabel());
    formLayout()->addStretch();
    retranslateUi();
}

QStringList LogShippingPage::fieldPrefixes() const
{
    return {QStringLiteral("logShipping.")};
}

QWidget* LogShippingPage::wrappedRadio(QRadioButton* radio, QLabel* caption)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(radio, 0, Qt::AlignTop);
    layout->addWidget(caption, 1);
    caption->setBuddy(radio);
    caption->installEventFilter(this);
    m_radioCaptions.insert(caption, radio);
    return row;
}

bool LogShippingPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        QRadioButton* radio = m_radioCaptions.value(watched);
        if (radio && radio->isEnabled())
            radio->click();
    }
    return StepPage::eventFilter(watched, event);
}

void LogShippingPage::commitEdit()
{
    revalidate();
    planChanged();
    Q_EMIT planEdited();
}

void LogShippingPage::setLogShippingStep(LogShippingStep* step)
{
    m_logShippingStep = step;
    setStepObject(step);
    connect(step, &LogShippingStep::subStepsChanged, this, &LogShippingPage::showSubSteps);
    connect(step, &LogShippingStep::firstLogProgress, this, &LogShippingPage::showFirstLogJob);
    connect(step, &FailbackStep::statusChanged, this, [this](StepStatus status) {
        m_waitFirstLog->setEnabled((status == StepStatus::Done || status == StepStatus::AlreadyDone) &&
                                   !m_logShippingStep->isWaitingForFirstLog());
    });
    connect(step, &LogShippingStep::firstLogShipped, this,
            [this](bool ok, const QString& file, const QString& error, const QString& remedy) {
                m_waitFirstLog->setEnabled(true);
                m_firstLogResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
                m_firstLogResult->setText(
                    ok ? tr("The first log backup was copied and restored on the secondary: %1.").arg(file)
                       : tr("The first log was not shipped: %1").arg(error) + QLatin1Char('\n') +
                             tr("What to do: %1").arg(remedy));
            });
    updateConfirmation();
}

void LogShippingPage::showSubSteps()
{
    const LogShippingSubSteps& parts = m_logShippingStep->subSteps();
    m_subSteps->setRowCount(int(parts.size()));
    for (int row = 0; row < parts.size(); ++row) {
        const LogShippingSubStep& part = parts.at(row);
        QString state;
        switch (part.status) {
        case StepStatus::Running:
            state = tr("running");
            break;
        case StepStatus::Done:
            state = tr("done");
            break;
        case StepStatus::AlreadyDone:
            state = tr("skipped");
            break;
        case StepStatus::Failed:
            state = tr("failed");
            break;
        case StepStatus::Cancelled:
            state = tr("cancelled");
            break;
        default:
            state = tr("to do");
        }
        m_subSteps->setItem(row, 0, new QTableWidgetItem(part.title));
        m_subSteps->setItem(row, 1, new QTableWidgetItem(state));
        m_subSteps->setItem(row, 2, new QTableWidgetItem(part.detail));
    }
    m_subSteps->resizeColumnToContents(0);
}

void LogShippingPage::waitForFirstLog()
{
    m_firstLog->setRowCount(0);
    m_firstLogResult->clear();
    m_waitFirstLog->setEnabled(false);
    m_logShippingStep->waitForFirstLogShipped(plan());
}

void LogShippingPage::showFirstLogJob(const QString& job, StepStatus status, const QString& detail,
                                      qint64 durationMs)
{
    int row = 0;
    while (row < m_firstLog->rowCount() && m_firstLog->item(row, 0)->text() != job)
        ++row;
    if (row == m_firstLog->rowCount())
        m_firstLog->insertRow(row);
    const QString state = status == StepStatus::Running ? tr("running")
                          : status == StepStatus::Done  ? tr("succeeded")
                                                        : tr("failed");
    m_firstLog->setItem(row, 0, new QTableWidgetItem(job));
    m_firstLog->setItem(row, 1, new QTableWidgetItem(state));
    m_firstLog->setItem(
        row, 2,
        new QTableWidgetItem(durationMs > 0 ? tr("%1 s").arg(durationMs / 1000.0, 0, 'f', 1) : QString()));
    m_firstLog->setItem(row, 3, new QTableWidgetItem(detail));
}

void LogShippingPage::updateConfirmation()
{
    if (!m_confirm)
        return;
    const bool needed = plan().logShipping.initialization != SecondaryInitialization::AlreadyInitialized;
    m_confirm->setVisible(needed);
    m_confirm->setTarget(plan().mgcDatabase, plan().backupInstance.name);
    m_confirm->setTexts(tr("Confirm the initialization"),
                        tr("Initializing the secondary overwrites %1 on %2. Type both names to confirm.")
                            .arg(plan().mgcDatabase, plan().backupInstance.name),
                        tr("Database to o&verwrite:"), tr("On i&nstance:"));
    if (!m_logShippingStep)
        return;
    runPanel()->setRunBlockedReason(
        !needed || confirmRun()
            ? QString()
            : tr("Type the database and the instance above to confirm the initialization."));
}

bool LogShippingPage::confirmRun()
{
    return plan().logShipping.initialization == SecondaryInitialization::AlreadyInitialized ||
           m_confirm->matches();
}

void LogShippingPage::planChanged()
{
    updateConfirmation();
    const LogShippingSettings& ls = plan().logShipping;
    m_loadingRadios = true;
    if (QAbstractButton* button = m_initialization->button(int(ls.initialization)))
        button->setChecked(true);
    if (QAbstractButton* button = m_restoreMode->button(int(ls.restoreMode)))
        button->setChecked(true);
    m_loadingRadios = false;

    m_backupAlert->setEnabled(ls.backupAlertEnabled);
    m_restoreAlert->setEnabled(ls.restoreAlertEnabled);
    m_initializationFile->setEnabled(ls.initialization != SecondaryInitialization::AlreadyInitialized);
    // SQL Server only disconnects users of a database it keeps readable between restores.
    m_disconnectUsers->setEnabled(ls.restoreMode == LogRestoreMode::Standby);
    m_secondaryInstance->setText(plan().backupInstance.name);
    m_secondaryDatabase->setText(plan().mgcDatabase);
    m_backupSchedule->updateSummary(ls.backupSchedule);
    m_copySchedule->updateSummary(ls.copySchedule);
    m_restoreSchedule->updateSummary(ls.restoreSchedule);
    updatePlanTexts();
}

void LogShippingPage::issuesChanged()
{
    updateTabMarkers();
}

void LogShippingPage::updateTabMarkers()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int tab = 0; tab < m_secondaryTabs->count(); ++tab) {
        const bool hasIssue =
            std::any_of(issues().cbegin(), issues().cend(), [tab](const ValidationIssue& issue) {
                return std::any_of(tabFields().at(tab).cbegin(), tabFields().at(tab).cend(),
                                   [&issue](const QString& field) { return issue.field.startsWith(field); });
            });
        m_secondaryTabs->setTabIcon(tab, hasIssue ? warning : QIcon());
        m_secondaryTabs->setTabToolTip(tab, hasIssue ? tr("This tab has values to correct.") : QString());
    }
}

QString LogShippingPage::durationHint(int minutes) const
{
    // The plan counts minutes as the procedures do; SSMS shows hours, so say what the minutes amount to.
    if (minutes <= 0)
        return QString();
    if (minutes % (24 * 60) == 0)
        return tr("= %n day(s)", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        return tr("= %n hour(s)", nullptr, minutes / 60);
    if (minutes > 60)
        return tr("= %1 h %2 min").arg(QString::number(minutes / 60), QString::number(minutes % 60));
    return QString();
}

void LogShippingPage::updatePlanTexts()
{
    const LogShippingSettings& ls = plan().logShipping;
    const QString secondary = plan().backupInstance.name.isEmpty()
                                  ? tr("(not set yet: see the Environment page)")
                                  : plan().backupInstance.name;
    m_warning->setText(
        tr("Initializing the secondary database overwrites %1 on the backup instance %2: the "
           "database that served Persistent Chat during the failover. Its data lives on in %1 on "
           "the primary instance, restored in step 4; run this step only after that restore "
           "succeeded.")
            .arg(plan().mgcDatabase, secondary));
    m_backupRetentionHint->setText(durationHint(ls.backupRetentionMinutes));
    m_backupAlertHint->setText(durationHint(ls.backupAlertMinutes));
    m_historyRetentionHint->setText(durationHint(ls.historyRetentionMinutes));
    m_copyRetentionHint->setText(durationHint(ls.copyRetentionMinutes));
    m_restoreDelayHint->setText(ls.restoreDelayMinutes == 0 ? tr("(the procedure uses 0 minutes)")
                                                            : durationHint(ls.restoreDelayMinutes));
    m_restoreAlertHint->setText(durationHint(ls.restoreAlertMinutes));

    const QString path = plan().initializationBackupPath();
    switch (ls.initialization) {
    case SecondaryInitialization::GenerateFullBackup:
        m_initializationHint->setText(tr("The full backup of the primary database is written to %1 and "
                                         "restored on %2 (WITH NORECOVERY).")
                                          .arg(path, secondary));
        break;
    case SecondaryInitialization::RestoreExistingBackup:
        m_initializationHint->setText(
            tr("The existing backup %1 is restored on %2 (WITH NORECOVERY). It must be a full backup of the "
               "restored primary database, taken after step 4.")
                .arg(path, secondary));
        break;
    case SecondaryInitialization::AlreadyInitialized:
        m_initializationHint->setText(
            tr("Choose this only when %1 on %2 was already restored from a full backup of the restored "
               "primary "
               "database and left restoring (WITH NORECOVERY). Right after the failover it is not: it is the "
               "database that served Persistent Chat.")
                .arg(plan().mgcDatabase, secondary));
        break;
    }
}

void LogShippingPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_subSteps->setAccessibleName(tr("Parts of the configuration"));
    m_firstLog->setAccessibleName(tr("First log backup"));
    m_runBox->setTitle(tr("Configuration run"));
    m_subSteps->setHorizontalHeaderLabels({tr("Part"), tr("State"), tr("Detail")});
    m_firstLog->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Took"), tr("Detail")});
    m_waitFirstLog->setText(tr("Wait for the first log backup, cop&y and restore"));
    updateConfirmation();
    const auto row = [](QFormLayout* form, QWidget* field, const QString& text) {
        FieldBinder::setRowLabel(form, field, text);
    };
    m_enablePrimary->setText(tr("Enable this as a primary database in a log shipping configuration"));
    m_enablePrimary->setToolTip(
        tr("The procedure makes the restored database the log-shipping primary again."));

    m_backupBox->setTitle(tr("Transaction log backups — Backup Settings"));
    row(m_backupForm, m_networkPath, tr("Network &path to backup folder (example: \\\\fileserver\\backup):"));
    m_networkPath->setPlaceholderText(QStringLiteral("\\\\FS01\\PChatLogShip"));
    row(m_backupForm, m_localPath,
        tr("If the backup folder is located on the primary server, type a &local path to the folder "
           "(example: "
           "c:\\backup):"));
    m_localPath->setPlaceholderText(tr("leave empty when the folder is not on the primary server"));
    m_folderHint->setText(tr(
        "Note: you must grant read and write permission on this folder to the service account of this "
        "primary "
        "server instance. You must also grant read permission to the proxy account for the copy job (usually "
        "the SQL Server Agent service account for the secondary server instance). If the SQL Server service "
        "account of the primary server runs under the local system account, the backup folder must be on the "
        "primary server and you must type its local path."));
    m_backupRetentionLabel->setText(tr("&Delete files older than:"));
    m_backupAlertEnabled->setText(tr("&Alert if no backup occurs within:"));
    m_backupAlert->setAccessibleName(tr("Alert if no backup occurs within"));
    m_historyRetentionLabel->setText(tr("Keep log-shipping &history for:"));
    for (QSpinBox* minutes : {m_backupRetention, m_backupAlert, m_copyRetention, m_restoreDelay,
                              m_restoreAlert, m_historyRetention})
        minutes->setSuffix(tr(" min"));
    // Mnemonics are unique among the widgets visible together: the page, one secondary tab, the wizard's
    // buttons.
    m_backupJobBox->setTitle(tr("Backup job"));
    row(m_backupJobForm, m_backupJobName, tr("&Job name:"));
    m_backupSchedule->retranslateUi();
    row(m_backupForm, m_compression, tr("Set backup &compression:"));
    m_compression->setItemText(0, tr("Use the default server setting"));
    m_compression->setItemText(1, tr("Compress backup"));
    m_compression->setItemText(2, tr("Do not compress backup"));

    m_secondaryBox->setTitle(tr("Secondary server instances and databases"));
    row(m_secondaryForm, m_secondaryInstance, tr("Secondary server instance:"));
    row(m_secondaryForm, m_secondaryDatabase, tr("Secondary database:"));
    m_secondaryTabs->setTabText(InitializeTab, tr("&Initialize Secondary Database"));
    m_secondaryTabs->setTabText(CopyTab, tr("C&opy Files"));
    m_secondaryTabs->setTabText(RestoreTab, tr("&Restore Transaction Log"));

    m_initializeIntro->setText(
        tr("You need to initialize the secondary database by restoring a full backup of the "
           "primary database into the secondary database."));
    const auto caption = [](QRadioButton* radio, QLabel* label, const QString& text) {
        label->setText(text);
        radio->setAccessibleName(text);
    };
    caption(
        m_initializeGenerate, m_initializeGenerateText,
        tr("Yes, generate a full backup of the primary database and restore it into the secondary database "
           "(and create the secondary database if it doesn't exist)"));
    caption(
        m_initializeRestore, m_initializeRestoreText,
        tr("Yes, restore an existing backup of the primary database into the secondary database (create the "
           "secondary database if it doesn't exist)"));
    caption(m_initializeNone, m_initializeNoneText, tr("No, the secondary database is initialized"));
    row(m_initializeForm, m_initializationFile, tr("Backup &file name:"));

    row(m_copyForm, m_copyFolder,
        tr("Destination &folder for copied files: (This folder is usually located on the secondary "
           "server.)"));
    m_copyFolder->setPlaceholderText(QStringLiteral("E:\\PChatLSCopy"));
    m_copyRetentionLabel->setText(tr("Delete copied files af&ter:"));
    m_copyJobBox->setTitle(tr("Copy job"));
    row(m_copyJobForm, m_copyJobName, tr("Job name:"));
    m_copySchedule->retranslateUi();

    m_restoreModeLabel->setText(tr("Database state when restoring backups:"));
    // This tab and the form above it use up the free letters: the second mode is reached with the arrow keys
    // from the first, the check box with Tab.
    m_restoreNoRecovery->setText(tr("No recovery mode"));
    m_restoreStandby->setText(tr("S&tandby mode"));
    m_disconnectUsers->setText(tr("Disconnect users in the database when restoring backups"));
    m_restoreDelayLabel->setText(tr("Delay restorin&g backups at least:"));
    m_restoreAlertEnabled->setText(tr("Alert if no restore occurs &within:"));
    m_restoreAlert->setAccessibleName(tr("Alert if no restore occurs within"));
    m_restoreJobBox->setTitle(tr("Restore job"));
    row(m_restoreJobForm, m_restoreJobName, tr("Job name:"));
    m_restoreSchedule->retranslateUi();

    m_monitor->setText(tr("&Use a monitor server instance"));
    m_monitor->setToolTip(tr("The Lync Server procedure uses no monitor server instance."));

    updatePlanTexts();
    updateTabMarkers();
}

} // namespace pchat
