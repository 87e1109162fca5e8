#include "logshippingpage.h"

#include "backend/steps/logshippingstep.h"
#include "wizard/widgets/backupsettingsbox.h"
#include "wizard/widgets/copyfilestab.h"
#include "wizard/widgets/fieldbinder.h"
#include "wizard/widgets/initializesecondarytab.h"
#include "wizard/widgets/readonlytable.h"
#include "wizard/widgets/restorelogtab.h"
#include "wizard/widgets/steprunpanel.h"
#include "wizard/widgets/typedconfirmation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

} // namespace

LogShippingPage::LogShippingPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::LogShipping, plan, parent)
    , m_warning(new QLabel)
    , m_enablePrimary(new QCheckBox)
    , m_backupBox(new BackupSettingsBox(binder()))
    , m_secondaryBox(new QGroupBox)
    , m_secondaryForm(new QFormLayout)
    , m_secondaryInstance(new QLineEdit)
    , m_secondaryDatabase(new QLineEdit)
    , m_secondaryTabs(new QTabWidget)
    , m_initializeTab(new InitializeSecondaryTab(plan, binder()))
    , m_copyTab(new CopyFilesTab(binder()))
    , m_restoreTab(new RestoreLogTab(plan, binder()))
    , m_monitor(new QCheckBox)
{
    setObjectName(QStringLiteral("logShippingPage"));
    m_warning->setObjectName(QStringLiteral("logShippingWarning"));
    m_enablePrimary->setObjectName(QStringLiteral("enablePrimaryDatabase"));
    m_secondaryInstance->setObjectName(QStringLiteral("secondaryInstance"));
    m_secondaryDatabase->setObjectName(QStringLiteral("secondaryDatabase"));
    m_secondaryTabs->setObjectName(QStringLiteral("secondaryTabs"));
    m_monitor->setObjectName(QStringLiteral("useMonitorServer"));

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #e8a33d; padding: 6px; }"));
    // The procedure makes mgc a log-shipping primary; that is the whole point of the step.
    m_enablePrimary->setChecked(true);
    m_enablePrimary->setEnabled(false);

    // The secondary is the backup instance's mgc, as it was before the disaster; SSMS's Add… is not needed.
    m_secondaryInstance->setReadOnly(true);
    m_secondaryDatabase->setReadOnly(true);
    m_secondaryForm->addRow(new QLabel, m_secondaryInstance);
    m_secondaryForm->addRow(new QLabel, m_secondaryDatabase);
    connect(m_initializeTab, &InitializeSecondaryTab::edited, this, &LogShippingPage::commitEdit);
    connect(m_restoreTab, &RestoreLogTab::edited, this, &LogShippingPage::commitEdit);
    m_secondaryTabs->addTab(m_initializeTab, QString());
    m_secondaryTabs->addTab(m_copyTab, QString());
    m_secondaryTabs->addTab(m_restoreTab, QString());
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
    m_subSteps = new ReadOnlyTable(0, 3, QStringLiteral("subStepsTable"));
    m_firstLog = new ReadOnlyTable(0, 4, QStringLiteral("firstLogTable"));
    for (QTableWidget* table : {m_subSteps, m_firstLog}) {
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
    showPlanTexts();
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

void LogShippingPage::showPlanTexts()
{
    m_warning->setText(
        tr("Initializing the secondary database overwrites %1 on the backup instance %2: the "
           "database that served Persistent Chat during the failover. Its data lives on in %1 on "
           "the primary instance, restored in step 4; run this step only after that restore "
           "succeeded.")
            .arg(plan().mgcDatabase, InitializeSecondaryTab::secondaryName(plan())));
    m_secondaryInstance->setText(plan().backupInstance.name);
    m_secondaryDatabase->setText(plan().mgcDatabase);
    m_backupBox->showPlan(plan().logShipping);
    m_initializeTab->showPlan();
    m_copyTab->showPlan(plan().logShipping);
    m_restoreTab->showPlan();
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
    m_enablePrimary->setText(tr("Enable this as a primary database in a log shipping configuration"));
    m_enablePrimary->setToolTip(
        tr("The procedure makes the restored database the log-shipping primary again."));

    m_backupBox->retranslateUi();

    m_secondaryBox->setTitle(tr("Secondary server instances and databases"));
    FieldBinder::setRowLabel(m_secondaryForm, m_secondaryInstance, tr("Secondary server instance:"));
    FieldBinder::setRowLabel(m_secondaryForm, m_secondaryDatabase, tr("Secondary database:"));
    m_secondaryTabs->setTabText(InitializeTab, tr("&Initialize Secondary Database"));
    m_secondaryTabs->setTabText(CopyTab, tr("C&opy Files"));
    m_secondaryTabs->setTabText(RestoreTab, tr("&Restore Transaction Log"));

    m_initializeTab->retranslateUi();
    m_copyTab->retranslateUi();
    m_restoreTab->retranslateUi();

    m_monitor->setText(tr("&Use a monitor server instance"));
    m_monitor->setToolTip(tr("The Lync Server procedure uses no monitor server instance."));

    showPlanTexts();
    updateTabMarkers();
}

} // namespace pchat
