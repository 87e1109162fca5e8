#include "backupsettingsbox.h"

#include "agentjobbox.h"
#include "fieldbinder.h"
#include "minutesfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace pchat {

BackupSettingsBox::BackupSettingsBox(FieldBinder& binder, QWidget* parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
    , m_networkPath(new QLineEdit)
    , m_localPath(new QLineEdit)
    , m_folderHint(MinutesField::wrappingLabel(QStringLiteral("logShippingFolderHint")))
    , m_retentionLabel(new QLabel)
    , m_retention(new QSpinBox)
    , m_retentionHint(MinutesField::wrappingLabel(QStringLiteral("backupRetentionHint")))
    , m_alertEnabled(new QCheckBox)
    , m_alert(new QSpinBox)
    , m_alertHint(MinutesField::wrappingLabel(QStringLiteral("backupAlertHint")))
    , m_historyRetentionLabel(new QLabel)
    , m_historyRetention(new QSpinBox)
    , m_historyRetentionHint(MinutesField::wrappingLabel(QStringLiteral("historyRetentionHint")))
    , m_job(new AgentJobBox(
          binder, QStringLiteral("backup"), [](Plan& p) -> QString& { return p.logShipping.backupJobName; },
          [](Plan& p) -> AgentSchedule& { return p.logShipping.backupSchedule; }))
    , m_compression(new QComboBox)
{
    // Before binding: the binder names each message label after its widget.
    m_networkPath->setObjectName(QStringLiteral("logShippingNetworkPath"));
    m_localPath->setObjectName(QStringLiteral("logShippingLocalPath"));
    m_retention->setObjectName(QStringLiteral("backupRetention"));
    m_alertEnabled->setObjectName(QStringLiteral("backupAlertEnabled"));
    m_alert->setObjectName(QStringLiteral("backupAlert"));
    m_historyRetention->setObjectName(QStringLiteral("historyRetention"));
    m_compression->setObjectName(QStringLiteral("logShippingCompression"));
    for (QSpinBox* minutes : {m_retention, m_alert, m_historyRetention})
        MinutesField::setUp(minutes, 1);

    // Rows get a label widget of their own: QFormLayout makes none for an empty text, and retranslateUi sets
    // it. SSMS's captions here are whole sentences: above their fields they leave the fields the page's
    // width.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->addRow(new QLabel,
                   binder.text(m_networkPath, QStringLiteral("logShipping.backupNetworkPath"),
                               [](Plan& p) -> QString& { return p.logShipping.backupNetworkPath; }));
    m_form->addRow(new QLabel,
                   binder.text(m_localPath, QStringLiteral("logShipping.backupLocalPath"),
                               [](Plan& p) -> QString& { return p.logShipping.backupLocalPath; }));
    m_form->addRow(m_folderHint);
    m_retentionLabel->setBuddy(m_retention);
    m_form->addRow(m_retentionLabel,
                   MinutesField::withHint(
                       binder.number(m_retention, QStringLiteral("logShipping.backupRetentionMinutes"),
                                     [](Plan& p) -> int& { return p.logShipping.backupRetentionMinutes; }),
                       m_retentionHint));
    m_form->addRow(binder.check(m_alertEnabled, QStringLiteral("logShipping.backupAlertEnabled"),
                                [](Plan& p) -> bool& { return p.logShipping.backupAlertEnabled; }),
                   MinutesField::withHint(
                       binder.number(m_alert, QStringLiteral("logShipping.backupAlertMinutes"),
                                     [](Plan& p) -> int& { return p.logShipping.backupAlertMinutes; }),
                       m_alertHint));
    // SSMS sets @history_retention_period without showing it; the plan holds it, so the page shows it too.
    m_historyRetentionLabel->setBuddy(m_historyRetention);
    m_form->addRow(
        m_historyRetentionLabel,
        MinutesField::withHint(
            binder.number(m_historyRetention, QStringLiteral("logShipping.historyRetentionMinutes"),
                          [](Plan& p) -> int& { return p.logShipping.historyRetentionMinutes; }),
            m_historyRetentionHint));
    m_form->addRow(m_job);
    m_compression->addItem(QString(), int(BackupCompression::ServerDefault));
    m_compression->addItem(QString(), int(BackupCompression::Compress));
    m_compression->addItem(QString(), int(BackupCompression::DoNotCompress));
    m_form->addRow(new QLabel, binder.choice<BackupCompression>(
                                   m_compression, QStringLiteral("logShipping.compression"),
                                   [](Plan& p) -> BackupCompression& { return p.logShipping.compression; }));
}

void BackupSettingsBox::showPlan(const LogShippingSettings& settings)
{
    m_alert->setEnabled(settings.backupAlertEnabled);
    m_job->updateSummary(settings.backupSchedule);
    m_retentionHint->setText(MinutesField::hint(settings.backupRetentionMinutes));
    m_alertHint->setText(MinutesField::hint(settings.backupAlertMinutes));
    m_historyRetentionHint->setText(MinutesField::hint(settings.historyRetentionMinutes));
}

void BackupSettingsBox::retranslateUi()
{
    setTitle(tr("Transaction log backups — Backup Settings"));
    FieldBinder::setRowLabel(m_form, m_networkPath,
                             tr("Network &path to backup folder (example: \\\\fileserver\\backup):"));
    m_networkPath->setPlaceholderText(QStringLiteral("\\\\FS01\\PChatLogShip"));
    FieldBinder::setRowLabel(
        m_form, m_localPath,
        tr("If the backup folder is located on the primary server, type a &local path to "
           "the folder "
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
    m_retentionLabel->setText(tr("&Delete files older than:"));
    m_alertEnabled->setText(tr("&Alert if no backup occurs within:"));
    m_alert->setAccessibleName(tr("Alert if no backup occurs within"));
    m_historyRetentionLabel->setText(tr("Keep log-shipping &history for:"));
    for (QSpinBox* minutes : {m_retention, m_alert, m_historyRetention})
        MinutesField::retranslate(minutes);
    // Mnemonics are unique among the widgets visible together: the page, one secondary tab, the wizard's
    // buttons.
    m_job->retranslateUi(tr("Backup job"), tr("&Job name:"));
    FieldBinder::setRowLabel(m_form, m_compression, tr("Set backup &compression:"));
    m_compression->setItemText(0, tr("Use the default server setting"));
    m_compression->setItemText(1, tr("Compress backup"));
    m_compression->setItemText(2, tr("Do not compress backup"));
}

} // namespace pchat
