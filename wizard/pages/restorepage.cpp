#include "restorepage.h"

#include "backend/steps/restorestep.h"
#include "wizard/widgets/fieldbinder.h"
#include "wizard/widgets/readonlytable.h"
#include "wizard/widgets/steprunpanel.h"
#include "wizard/widgets/typedconfirmation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {

enum RelocationColumn
{
    LogicalColumn,
    PhysicalColumn
};
enum Tab
{
    GeneralTab,
    OptionsTab
};

const QString positionField = QStringLiteral("restore.backupSetPosition");

// A framed note, so that what this step destroys cannot be overlooked among the form's fields.
const QString warningStyle =
    QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #e8a33d; padding: 6px; }");

} // namespace

RestorePage::RestorePage(Plan& plan, QWidget* parent)
    : StepPage(StepId::RestorePrimary, plan, parent)
    , m_warning(new QLabel)
    , m_tabs(new QTabWidget)
    , m_destinationBox(new QGroupBox)
    , m_destinationForm(new QFormLayout(m_destinationBox))
    , m_toDatabase(new QLineEdit)
    , m_instance(new QLineEdit)
    , m_sourceBox(new QGroupBox)
    , m_fromDatabase(new QRadioButton)
    , m_fromDevice(new QRadioButton)
    , m_device(new QLineEdit)
    , m_specifyBackup(new QPushButton)
    , m_backupSetsBox(new QGroupBox)
    , m_backupSets(new ReadOnlyTable(0, 12))
    , m_backupSetsHint(new QLabel)
    , m_positionForm(new QFormLayout)
    , m_position(new QSpinBox)
    , m_optionsBox(new QGroupBox)
    , m_optionsForm(new QFormLayout(m_optionsBox))
    , m_replace(new QCheckBox)
    , m_closeConnections(new QCheckBox)
    , m_stats(new QSpinBox)
    , m_filesBox(new QGroupBox)
    , m_filesHint(new QLabel)
    , m_relocations(new QTableWidget(0, 2))
    , m_addRelocation(new QPushButton)
    , m_removeRelocation(new QPushButton)
    , m_recoveryBox(new QGroupBox)
    , m_recovery(new QRadioButton)
    , m_noRecovery(new QRadioButton)
    , m_standby(new QRadioButton)
    , m_recoveryDescription(new QLabel)
{
    setObjectName(QStringLiteral("restorePage"));
    m_warning->setObjectName(QStringLiteral("restoreWarning"));
    m_tabs->setObjectName(QStringLiteral("restoreTabs"));
    m_toDatabase->setObjectName(QStringLiteral("restoreToDatabase"));
    m_instance->setObjectName(QStringLiteral("restoreInstance"));
    m_fromDatabase->setObjectName(QStringLiteral("restoreFromDatabase"));
    m_fromDevice->setObjectName(QStringLiteral("restoreFromDevice"));
    m_device->setObjectName(QStringLiteral("restoreDevice"));
    m_specifyBackup->setObjectName(QStringLiteral("specifyBackupButton"));
    m_backupSets->setObjectName(QStringLiteral("backupSetsTable"));
    m_backupSetsHint->setObjectName(QStringLiteral("backupSetsHint"));
    m_position->setObjectName(QStringLiteral("restoreBackupSetPosition"));
    m_replace->setObjectName(QStringLiteral("restoreWithReplace"));
    m_closeConnections->setObjectName(QStringLiteral("closeExistingConnections"));
    m_stats->setObjectName(QStringLiteral("restoreStats"));
    m_relocations->setObjectName(QStringLiteral("relocationTable"));
    m_addRelocation->setObjectName(QStringLiteral("addRelocationButton"));
    m_removeRelocation->setObjectName(QStringLiteral("removeRelocationButton"));
    m_recovery->setObjectName(QStringLiteral("recoveryStateRecovery"));
    m_noRecovery->setObjectName(QStringLiteral("recoveryStateNoRecovery"));
    m_standby->setObjectName(QStringLiteral("recoveryStateStandby"));
    m_recoveryDescription->setObjectName(QStringLiteral("recoveryStateDescription"));

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(warningStyle);

    // General: destination and source are what the procedure names; SSMS's other choices stay visible but
    // fixed.
    m_toDatabase->setReadOnly(true);
    m_instance->setReadOnly(true);
    // Rows get a label widget of their own: QFormLayout makes none for an empty text, and retranslateUi sets
    // it.
    m_destinationForm->addRow(new QLabel, m_toDatabase);
    m_destinationForm->addRow(new QLabel, m_instance);

    m_fromDatabase->setEnabled(false);
    m_fromDevice->setChecked(true);
    m_device->setReadOnly(true);
    auto* sourceLayout = new QGridLayout(m_sourceBox);
    sourceLayout->addWidget(m_fromDatabase, 0, 0);
    sourceLayout->addWidget(m_fromDevice, 1, 0);
    sourceLayout->addWidget(m_device, 1, 1);
    sourceLayout->addWidget(m_specifyBackup, 1, 2);
    sourceLayout->setColumnStretch(1, 1);
    connect(m_specifyBackup, &QPushButton::clicked, this, &RestorePage::specifyBackup);

    // The rows come from the file itself once the wizard connects; until then the table stays honestly empty.
    m_backupSetsHint->setWordWrap(true);
    m_backupSets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backupSets->setMinimumHeight(90);
    m_backupSets->setMaximumHeight(120);
    m_position->setRange(1, 32767);
    m_positionForm->addRow(new QLabel, binder().number(m_position, positionField, [](Plan& p) -> int& {
        return p.restore.backupSetPosition;
    }));
    auto* backupSetsLayout = new QVBoxLayout(m_backupSetsBox);
    backupSetsLayout->addWidget(m_backupSets);
    backupSetsLayout->addWidget(m_backupSetsHint);
    backupSetsLayout->addLayout(m_positionForm);

    auto* generalTab = new QWidget;
    auto* generalLayout = new QVBoxLayout(generalTab);
    generalLayout->addWidget(m_destinationBox);
    generalLayout->addWidget(m_sourceBox);
    generalLayout->addWidget(m_backupSetsBox);
    generalLayout->addStretch();

    // Options: REPLACE and RECOVERY are what the procedure demands, so they are shown set and cannot change.
    m_replace->setChecked(true);
    m_replace->setEnabled(false);
    m_stats->setRange(1, 100);
    m_optionsForm->addRow(m_replace);
    m_optionsForm->addRow(
        QString(), binder().check(m_closeConnections, QStringLiteral("restore.closeExistingConnections"),
                                  [](Plan& p) -> bool& { return p.restore.closeExistingConnections; }));
    m_optionsForm->addRow(new QLabel,
                          binder().number(m_stats, QStringLiteral("restore.statsPercent"),
                                          [](Plan& p) -> int& { return p.restore.statsPercent; }));

    m_filesHint->setWordWrap(true);
    m_relocations->verticalHeader()->setVisible(false);
    m_relocations->horizontalHeader()->setSectionResizeMode(LogicalColumn, QHeaderView::ResizeToContents);
    m_relocations->horizontalHeader()->setSectionResizeMode(PhysicalColumn, QHeaderView::Stretch);
    m_relocations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_relocations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_relocations->setMinimumHeight(110);
    auto* relocationButtons = new QVBoxLayout;
    relocationButtons->addWidget(m_addRelocation);
    relocationButtons->addWidget(m_removeRelocation);
    relocationButtons->addStretch();
    auto* relocationRow = new QHBoxLayout;
    relocationRow->addWidget(m_relocations, 1);
    relocationRow->addLayout(relocationButtons);
    auto* filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->addWidget(m_filesHint);
    filesLayout->addLayout(relocationRow);
    connect(m_relocations, &QTableWidget::cellChanged, this, &RestorePage::relocationEdited);
    connect(m_relocations, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeRelocation->setEnabled(row >= 0); });
    connect(m_addRelocation, &QPushButton::clicked, this, &RestorePage::addRelocation);
    connect(m_removeRelocation, &QPushButton::clicked, this, &RestorePage::removeRelocation);

    m_recovery->setChecked(true);
    m_noRecovery->setEnabled(false);
    m_standby->setEnabled(false);
    // A radio button does not wrap, so SSMS's long explanation of the chosen state stands in a label below.
    m_recoveryDescription->setWordWrap(true);
    auto* recoveryLayout = new QVBoxLayout(m_recoveryBox);
    recoveryLayout->addWidget(m_recovery);
    recoveryLayout->addWidget(m_noRecovery);
    recoveryLayout->addWidget(m_standby);
    recoveryLayout->addWidget(m_recoveryDescription);

    auto* optionsTab = new QWidget;
    auto* optionsLayout = new QVBoxLayout(optionsTab);
    optionsLayout->addWidget(m_optionsBox);
    optionsLayout->addWidget(m_filesBox);
    optionsLayout->addWidget(m_recoveryBox);
    optionsLayout->addStretch();

    m_tabs->addTab(generalTab, QString());
    m_tabs->addTab(optionsTab, QString());

    // The restore overwrites the primary's database: the operator types its name and instance, as on a commit
    // page of SSMS-like tools, before Run is possible; the wizard cannot come back here once past it.
    m_confirm = new TypedConfirmation(QStringLiteral("confirmDatabase"), QStringLiteral("confirmInstance"));
    connect(m_confirm, &TypedConfirmation::edited, this, &RestorePage::updateConfirmation);
    setCommitPage(true);

    formLayout()->addWidget(m_warning);
    formLayout()->addWidget(m_confirm);
    formLayout()->addWidget(m_tabs);
    formLayout()->addWidget(issueSummaryLabel());
    formLayout()->addStretch();
    retranslateUi();
}

void RestorePage::setRestoreStep(RestoreStep* step)
{
    m_restoreStep = step;
    setStepObject(step);
    connect(step, &FailbackStep::inspected, this, &RestorePage::showInspection);
    updateConfirmation();
}

void RestorePage::showInspection()
{
    if (!m_restoreStep)
        return;
    const BackupSetInfos& sets = m_restoreStep->backupSets();
    m_backupSets->setRowCount(int(sets.size()));
    for (int row = 0; row < sets.size(); ++row) {
        const BackupSetInfo& set = sets.at(row);
        const QStringList cells{set.position == m_restoreStep->selectedPosition() ? QStringLiteral("✔")
                                                                                  : QString(),
                                set.name,
                                tr("Database"),
                                set.typeDescription,
                                set.serverName,
                                set.databaseName,
                                QString::number(set.position),
                                set.firstLsn,
                                set.lastLsn,
                                QLocale().toString(set.startDate, QLocale::ShortFormat),
                                QLocale().toString(set.finishDate, QLocale::ShortFormat),
                                QLocale().formattedDataSize(set.sizeBytes)};
        for (int column = 0; column < cells.size(); ++column)
            m_backupSets->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    // SSMS selects the newest full backup and proposes the instance's default folders for the files; the
    // operator can still change both.
    if (m_restoreStep->selectedPosition() > 0 &&
        plan().restore.backupSetPosition != m_restoreStep->selectedPosition())
        plan().restore.backupSetPosition = m_restoreStep->selectedPosition();
    if (plan().restore.relocations.isEmpty() && !m_restoreStep->suggestedRelocations().isEmpty())
        plan().restore.relocations = m_restoreStep->suggestedRelocations();
    reload();
    Q_EMIT planEdited();
}

void RestorePage::updateConfirmation()
{
    m_confirm->setTarget(plan().mgcDatabase, plan().primaryInstance.name);
    m_confirm->setTexts(tr("Confirm the restore"),
                        tr("This overwrites %1 on %2. Type both names to confirm.")
                            .arg(plan().mgcDatabase, plan().primaryInstance.name),
                        tr("&Database to overwrite:"), tr("On &instance:"));
    runPanel()->setRunBlockedReason(
        m_confirm->matches() ? QString()
                             : tr("Type the database and the instance above to confirm the restore."));
}

bool RestorePage::confirmRun()
{
    updateConfirmation();
    return m_confirm->matches();
}

QStringList RestorePage::fieldPrefixes() const
{
    return {QStringLiteral("restore.")};
}

void RestorePage::planChanged()
{
    m_toDatabase->setText(plan().mgcDatabase);
    m_instance->setText(plan().primaryInstance.name);
    m_device->setText(plan().backup.fileName.isEmpty() ? QString() : plan().backupFilePath());
    fillRelocations();
    updateWarning();
    if (m_confirm)
        updateConfirmation();
}

void RestorePage::issuesChanged()
{
    markRelocationIssues();
    updateTabMarkers();
}

void RestorePage::commitEdit()
{
    revalidate();
    planChanged();
    Q_EMIT planEdited();
}

void RestorePage::specifyBackup()
{
    // SSMS's Specify Backup, shown for orientation: the file is the one step 3 writes, chosen on its page.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("specifyBackupDialog"));
    dialog.setWindowTitle(tr("Specify Backup"));
    auto* media = new QComboBox;
    media->setObjectName(QStringLiteral("backupMediaType"));
    media->addItem(tr("File"));
    media->setEnabled(false);
    auto* locations = new QListWidget;
    locations->setObjectName(QStringLiteral("backupLocations"));
    if (!plan().backup.fileName.isEmpty())
        locations->addItem(plan().backupFilePath());
    auto* add = new QPushButton(tr("&Add…"));
    add->setObjectName(QStringLiteral("specifyBackupAddButton"));
    auto* remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("specifyBackupRemoveButton"));
    const QString elsewhere = tr("The backup file is set on the Back Up Database page (step 3).");
    for (QPushButton* button : {add, remove}) {
        button->setEnabled(false);
        button->setToolTip(elsewhere);
    }
    auto* hint = new QLabel(
        tr("The file to restore is the one step 3 writes to the share established for log shipping. To use "
           "another file, change it on the Back Up Database page (step 3); this list follows it."));
    hint->setObjectName(QStringLiteral("specifyBackupHint"));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);

    auto* form = new QFormLayout;
    form->addRow(tr("Backup media:"), media);
    auto* locationButtons = new QVBoxLayout;
    locationButtons->addWidget(add);
    locationButtons->addWidget(remove);
    locationButtons->addStretch();
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(locations, 1);
    locationRow->addLayout(locationButtons);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Backup location:")));
    layout->addLayout(locationRow);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    dialog.resize(560, 280);
    dialog.exec();
}

void RestorePage::fillRelocations()
{
    const QList<FileRelocation>& relocations = plan().restore.relocations;
    bool same = m_relocations->rowCount() == relocations.size();
    for (int row = 0; same && row < m_relocations->rowCount(); ++row) {
        const QTableWidgetItem* logical = m_relocations->item(row, LogicalColumn);
        const QTableWidgetItem* physical = m_relocations->item(row, PhysicalColumn);
        same = logical && physical && logical->text() == relocations.at(row).logicalName &&
               physical->text() == relocations.at(row).physicalName;
    }
    // Rebuilding a table that already shows the plan would lose the operator's current cell.
    if (!same) {
        m_fillingTable = true;
        m_relocations->setRowCount(int(relocations.size()));
        for (int row = 0; row < relocations.size(); ++row) {
            m_relocations->setItem(row, LogicalColumn, new QTableWidgetItem(relocations.at(row).logicalName));
            m_relocations->setItem(row, PhysicalColumn,
                                   new QTableWidgetItem(relocations.at(row).physicalName));
        }
        m_fillingTable = false;
        markRelocationIssues();
    }
    m_removeRelocation->setEnabled(m_relocations->currentRow() >= 0 && m_relocations->rowCount() > 0);
}

void RestorePage::relocationEdited(int row, int column)
{
    if (m_fillingTable || row < 0 || row >= plan().restore.relocations.size())
        return;
    const QTableWidgetItem* item = m_relocations->item(row, column);
    if (!item)
        return;
    FileRelocation& relocation = plan().restore.relocations[row];
    QString& value = column == LogicalColumn ? relocation.logicalName : relocation.physicalName;
    // Item changes also come from markers (colour, tooltip); only a changed text is an edit.
    if (value == item->text())
        return;
    value = item->text();
    commitEdit();
}

void RestorePage::addRelocation()
{
    plan().restore.relocations.append(FileRelocation{});
    reload();
    const int row = m_relocations->rowCount() - 1;
    m_relocations->setCurrentCell(row, LogicalColumn);
    m_relocations->editItem(m_relocations->item(row, LogicalColumn));
    Q_EMIT planEdited();
}

void RestorePage::removeRelocation()
{
    const int row = m_relocations->currentRow();
    if (row < 0 || row >= plan().restore.relocations.size())
        return;
    plan().restore.relocations.removeAt(row);
    reload();
    Q_EMIT planEdited();
}

void RestorePage::markRelocationIssues()
{
    static const QRegularExpression rowField(
        QStringLiteral(R"(^restore\.relocations\[(\d+)\]\.(logicalName|physicalName)$)"));
    QHash<QPair<int, int>, QStringList> messages;
    for (const ValidationIssue& issue : issues()) {
        const QRegularExpressionMatch match = rowField.match(issue.field);
        if (match.hasMatch()) {
            const int column =
                match.captured(2) == QLatin1String("logicalName") ? LogicalColumn : PhysicalColumn;
            messages[{match.captured(1).toInt(), column}] << issue.message;
        }
    }
    m_fillingTable = true;
    for (int row = 0; row < m_relocations->rowCount(); ++row) {
        for (int column : {LogicalColumn, PhysicalColumn}) {
            QTableWidgetItem* item = m_relocations->item(row, column);
            if (!item)
                continue;
            const QStringList cellMessages = messages.value({row, column});
            item->setToolTip(cellMessages.join(QLatin1Char('\n')));
            item->setData(Qt::BackgroundRole,
                          cellMessages.isEmpty() ? QVariant() : QVariant(QColor(0xfd, 0xe7, 0xe9)));
        }
    }
    m_fillingTable = false;
}

void RestorePage::updateTabMarkers()
{
    bool generalIssue = false;
    bool optionsIssue = false;
    for (const ValidationIssue& issue : issues()) {
        if (issue.field.startsWith(positionField))
            generalIssue = true;
        else
            optionsIssue = true;
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString tip = tr("This tab has values to correct.");
    m_tabs->setTabIcon(GeneralTab, generalIssue ? warning : QIcon());
    m_tabs->setTabToolTip(GeneralTab, generalIssue ? tip : QString());
    m_tabs->setTabIcon(OptionsTab, optionsIssue ? warning : QIcon());
    m_tabs->setTabToolTip(OptionsTab, optionsIssue ? tip : QString());
}

void RestorePage::updateWarning()
{
    const QString instance = plan().primaryInstance.name.isEmpty()
                                 ? tr("(not set yet: see the Environment page)")
                                 : plan().primaryInstance.name;
    m_warning->setText(
        tr("This step overwrites the database %1 on the primary instance %2 (WITH REPLACE) with "
           "the backup made in step 3. What %1 holds there now, the database Topology Builder "
           "created, is lost.")
            .arg(plan().mgcDatabase, instance));
}

void RestorePage::retranslateUi()
{
    StepPage::retranslateUi();
    m_backupSets->setAccessibleName(tr("Backup sets to restore"));
    m_relocations->setAccessibleName(tr("Restore the database files as"));
    const auto row = [](QFormLayout* form, QWidget* field, const QString& text) {
        FieldBinder::setRowLabel(form, field, text);
    };
    m_tabs->setTabText(GeneralTab, tr("&General"));
    m_tabs->setTabText(OptionsTab, tr("&Options"));

    m_destinationBox->setTitle(tr("Destination for restore"));
    row(m_destinationForm, m_toDatabase, tr("To database:"));
    row(m_destinationForm, m_instance, tr("Server:"));

    m_sourceBox->setTitle(tr("Source for restore"));
    m_fromDatabase->setText(tr("From database:"));
    m_fromDatabase->setToolTip(tr("The procedure restores from the file that step 3 wrote."));
    m_fromDevice->setText(tr("From device:"));
    m_device->setPlaceholderText(tr("Set the backup file on the Back Up Database page (step 3)."));
    m_specifyBackup->setText(tr("…"));
    m_specifyBackup->setToolTip(tr("Specify Backup"));
    m_specifyBackup->setAccessibleName(tr("Specify Backup"));

    m_backupSetsBox->setTitle(tr("Select the backup sets to restore:"));
    m_backupSets->setHorizontalHeaderLabels(
        {tr("Restore"), tr("Name"), tr("Component"), tr("Type"), tr("Server"), tr("Database"), tr("Position"),
         tr("First LSN"), tr("Last LSN"), tr("Start Date"), tr("Finish Date"), tr("Size")});
    m_backupSetsHint->setText(
        tr("The backup sets are read from the file (RESTORE HEADERONLY) when the page opens and on Re-check; "
           "the newest full database backup is chosen. Change the position to restore another one."));
    updateConfirmation();
    row(m_positionForm, m_position, tr("Backup set &position (FILE =):"));

    m_optionsBox->setTitle(tr("Restore options"));
    m_replace->setText(tr("Overwrite the existing database (WITH REPLACE)"));
    m_replace->setToolTip(
        tr("The procedure requires it: the restored database replaces the one on the primary "
           "instance."));
    m_closeConnections->setText(tr("&Close existing connections to destination database"));
    row(m_optionsForm, m_stats, tr("Report progress e&very:"));
    m_stats->setSuffix(tr(" %"));

    m_filesBox->setTitle(tr("Restore the database files as:"));
    m_filesHint->setText(
        tr("Leave the list empty to restore each file to the path stored in the backup. Add a row "
           "for each file that must go elsewhere on the primary server: its logical name as the "
           "backup lists it, and the full path to restore it as."));
    m_relocations->setHorizontalHeaderLabels({tr("Logical File Name"), tr("Restore As")});
    m_addRelocation->setText(tr("&Add row"));
    m_removeRelocation->setText(tr("&Remove row"));

    m_recoveryBox->setTitle(tr("Recovery state"));
    m_recovery->setText(tr("Leave the database ready to use (RESTORE WITH RECOVERY)"));
    m_noRecovery->setText(tr("Leave the database non-operational (RESTORE WITH NORECOVERY)"));
    m_standby->setText(tr("Leave the database in read-only mode (RESTORE WITH STANDBY)"));
    m_recoveryDescription->setText(
        tr("Leave the database ready to use by rolling back uncommitted transactions. "
           "Additional transaction logs cannot be restored."));
    const QString fixedState = tr("The procedure leaves the restored database ready to use.");
    m_noRecovery->setToolTip(fixedState);
    m_standby->setToolTip(fixedState);

    updateWarning();
    updateTabMarkers();
}

} // namespace pchat
