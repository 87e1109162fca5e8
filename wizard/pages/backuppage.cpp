#include "backuppage.h"

#include "wizard/widgets/fieldbinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pchat {

BackupPage::BackupPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::BackupMgc, plan, parent)
    , m_sourceBox(new QGroupBox)
    , m_sourceForm(new QFormLayout(m_sourceBox))
    , m_database(new QLineEdit)
    , m_backupType(new QComboBox)
    , m_copyOnly(new QCheckBox)
    , m_component(new QWidget)
    , m_componentDatabase(new QRadioButton)
    , m_componentFiles(new QRadioButton)
    , m_setBox(new QGroupBox)
    , m_setForm(new QFormLayout(m_setBox))
    , m_setName(new QLineEdit)
    , m_description(new QLineEdit)
    , m_destinationBox(new QGroupBox)
    , m_destinationHint(new QLabel)
    , m_backUpToLabel(new QLabel)
    , m_backUpTo(new QComboBox)
    , m_destinations(new QListWidget)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_optionsBox(new QGroupBox)
    , m_optionsForm(new QFormLayout(m_optionsBox))
    , m_overwrite(new QCheckBox)
    , m_verify(new QCheckBox)
    , m_checksum(new QCheckBox)
    , m_compression(new QComboBox)
    , m_stats(new QSpinBox)
{
    setObjectName(QStringLiteral("backupPage"));
    m_database->setObjectName(QStringLiteral("backupDatabase"));
    m_backupType->setObjectName(QStringLiteral("backupType"));
    m_copyOnly->setObjectName(QStringLiteral("copyOnly"));
    m_componentDatabase->setObjectName(QStringLiteral("componentDatabase"));
    m_setName->setObjectName(QStringLiteral("backupSetName"));
    m_description->setObjectName(QStringLiteral("backupDescription"));
    m_destinations->setObjectName(QStringLiteral("backupDestinations"));
    m_add->setObjectName(QStringLiteral("addDestinationButton"));
    m_remove->setObjectName(QStringLiteral("removeDestinationButton"));
    m_overwrite->setObjectName(QStringLiteral("overwriteMedia"));
    m_verify->setObjectName(QStringLiteral("verifyBackup"));
    m_checksum->setObjectName(QStringLiteral("checksum"));
    m_compression->setObjectName(QStringLiteral("compression"));
    m_stats->setObjectName(QStringLiteral("backupStats"));

    // Source: the procedure backs up mgc, fully, as a database; SSMS's other choices stay visible but fixed.
    m_database->setReadOnly(true);
    m_backupType->addItem(QString());
    m_backupType->setEnabled(false);
    m_componentDatabase->setChecked(true);
    m_componentFiles->setEnabled(false);
    auto* componentRow = new QHBoxLayout(m_component);
    componentRow->setContentsMargins(0, 0, 0, 0);
    componentRow->addWidget(m_componentDatabase);
    componentRow->addWidget(m_componentFiles);
    componentRow->addStretch();
    m_sourceForm->addRow(QString(), m_database);
    m_sourceForm->addRow(QString(), m_backupType);
    m_sourceForm->addRow(QString(), binder().check(m_copyOnly, QStringLiteral("backup.copyOnly"),
                                                   [](Plan& p) -> bool& { return p.backup.copyOnly; }));
    m_sourceForm->addRow(QString(), m_component);

    m_setForm->addRow(QString(), binder().text(m_setName, QStringLiteral("backup.backupSetName"),
                                               [](Plan& p) -> QString& { return p.backup.backupSetName; }));
    m_setForm->addRow(QString(), binder().text(m_description, QStringLiteral("backup.description"),
                                               [](Plan& p) -> QString& { return p.backup.description; }));

    m_backUpTo->addItem(QString());
    m_backUpTo->setEnabled(false);
    m_destinationHint->setWordWrap(true);
    m_destinations->setMaximumHeight(70);
    auto* destinationButtons = new QVBoxLayout;
    destinationButtons->addWidget(m_add);
    destinationButtons->addWidget(m_remove);
    destinationButtons->addStretch();
    auto* destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destinations, 1);
    destinationRow->addLayout(destinationButtons);
    auto* backUpToRow = new QHBoxLayout;
    backUpToRow->addWidget(m_backUpToLabel);
    backUpToRow->addWidget(m_backUpTo);
    backUpToRow->addStretch();
    auto* destinationLayout = new QVBoxLayout(m_destinationBox);
    destinationLayout->addWidget(m_destinationHint);
    destinationLayout->addLayout(backUpToRow);
    destinationLayout->addLayout(destinationRow);
    connect(m_add, &QPushButton::clicked, this, &BackupPage::addDestination);
    connect(m_remove, &QPushButton::clicked, this, &BackupPage::removeDestination);

    m_compression->addItem(QString(), int(BackupCompression::ServerDefault));
    m_compression->addItem(QString(), int(BackupCompression::Compress));
    m_compression->addItem(QString(), int(BackupCompression::DoNotCompress));
    m_stats->setRange(1, 100);
    m_optionsForm->addRow(QString(),
                          binder().check(m_overwrite, QStringLiteral("backup.overwriteMedia"),
                                         [](Plan& p) -> bool& { return p.backup.overwriteMedia; }));
    m_optionsForm->addRow(QString(), binder().check(m_verify, QStringLiteral("backup.verify"),
                                                    [](Plan& p) -> bool& { return p.backup.verify; }));
    m_optionsForm->addRow(QString(), binder().check(m_checksum, QStringLiteral("backup.checksum"),
                                                    [](Plan& p) -> bool& { return p.backup.checksum; }));
    m_optionsForm->addRow(QString(), binder().choice<BackupCompression>(
                                         m_compression, QStringLiteral("backup.compression"),
                                         [](Plan& p) -> BackupCompression& { return p.backup.compression; }));
    m_optionsForm->addRow(QString(), binder().number(m_stats, QStringLiteral("backup.statsPercent"),
                                                     [](Plan& p) -> int& { return p.backup.statsPercent; }));

    formLayout()->addWidget(m_sourceBox);
    formLayout()->addWidget(m_setBox);
    formLayout()->addWidget(m_destinationBox);
    formLayout()->addWidget(m_optionsBox);
    formLayout()->addWidget(issueSummaryLabel());
    formLayout()->addStretch();
    retranslateUi();
}

QStringList BackupPage::fieldPrefixes() const
{
    return {QStringLiteral("backup.")};
}

void BackupPage::planChanged()
{
    m_database->setText(plan().mgcDatabase);
    m_destinations->clear();
    if (!plan().backup.fileName.isEmpty())
        m_destinations->addItem(plan().backupFilePath());
    m_remove->setEnabled(m_destinations->count() > 0);
    m_add->setEnabled(m_destinations->count() == 0);
}

void BackupPage::addDestination()
{
    // SSMS's Select Backup Destination asks for a file name; the folder is the share set on the Environment
    // page.
    bool ok = false;
    const QString fileName = QInputDialog::getText(
        this, tr("Select Backup Destination"), tr("File name on %1:").arg(plan().backup.shareFolder),
        QLineEdit::Normal,
        plan().backup.fileName.isEmpty() ? QStringLiteral("mgc_failback.bak") : plan().backup.fileName, &ok);
    if (!ok)
        return;
    plan().backup.fileName = fileName.trimmed();
    reload();
    Q_EMIT planEdited();
}

void BackupPage::removeDestination()
{
    plan().backup.fileName.clear();
    reload();
    Q_EMIT planEdited();
}

void BackupPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_destinations->setAccessibleName(tr("Backup destinations"));
    const auto row = [](QFormLayout* form, QWidget* field, const QString& text) {
        FieldBinder::setRowLabel(form, field, text);
    };
    m_sourceBox->setTitle(tr("Source"));
    row(m_sourceForm, m_database, tr("Database:"));
    row(m_sourceForm, m_backupType, tr("Backup type:"));
    m_backupType->setItemText(0, tr("Full"));
    m_copyOnly->setText(tr("Copy-only backup"));
    m_componentDatabase->setText(tr("Database"));
    m_componentFiles->setText(tr("Files and filegroups"));
    row(m_sourceForm, m_component, tr("Backup component:"));

    m_setBox->setTitle(tr("Backup set"));
    row(m_setForm, m_setName, tr("N&ame:"));
    row(m_setForm, m_description, tr("Descri&ption (optional):"));

    m_destinationBox->setTitle(tr("Destination"));
    m_destinationHint->setText(
        tr("Remove the default backup location from the destination list and add a file "
           "on the share established for log shipping. Both instances can reach this "
           "path."));
    m_backUpToLabel->setText(tr("Back up to:"));
    m_backUpTo->setItemText(0, tr("Disk"));
    m_add->setText(tr("A&dd…"));
    m_remove->setText(tr("&Remove"));

    m_optionsBox->setTitle(tr("Media and reliability options"));
    m_overwrite->setText(tr("Overwrite all existing backup sets in the file (INIT)"));
    m_verify->setText(tr("Verify backup when finished"));
    m_checksum->setText(tr("Perform checksum before writing to media"));
    row(m_optionsForm, m_compression, tr("Set backup &compression:"));
    m_compression->setItemText(0, tr("Use the default server setting"));
    m_compression->setItemText(1, tr("Compress backup"));
    m_compression->setItemText(2, tr("Do not compress backup"));
    row(m_optionsForm, m_stats, tr("Report progress every:"));
    m_stats->setSuffix(tr(" %"));
}

} // namespace pchat
