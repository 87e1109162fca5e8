#include "failoversettingsbox.h"

#include "backend/plan/plan.h"
#include "fieldbinder.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace pchat {

FailoverSettingsBox::FailoverSettingsBox(Plan& plan, FieldBinder& binder, bool withActiveServers,
                                         QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_form(new QFormLayout(this))
    , m_intro(new QLabel)
    , m_backupServer(new QLineEdit)
    , m_instanceName(new QLabel)
    , m_mirrorServer(new QLineEdit)
    , m_mirrorInstance(new QLineEdit)
    , m_fileShare(new QLineEdit)
    , m_dropExisting(new QCheckBox)
{
    m_intro->setWordWrap(true);
    m_backupServer->setObjectName(QStringLiteral("failoverBackupServerFqdn"));
    m_instanceName->setObjectName(QStringLiteral("failoverSqlInstanceName"));
    m_mirrorServer->setObjectName(QStringLiteral("failoverMirrorServerFqdn"));
    m_mirrorInstance->setObjectName(QStringLiteral("failoverMirrorInstanceName"));
    m_fileShare->setObjectName(QStringLiteral("failoverFileShare"));
    m_dropExisting->setObjectName(QStringLiteral("failoverDropExisting"));
    m_form->addRow(m_intro);
    m_form->addRow(QString(), binder.text(m_backupServer, QStringLiteral("failover.backupServerFqdn"),
                                          [](Plan& p) -> QString& { return p.failover.backupServerFqdn; }));
    m_form->addRow(QString(), m_instanceName);
    m_form->addRow(QString(), binder.text(m_mirrorServer, QStringLiteral("failover.mirrorServerFqdn"),
                                          [](Plan& p) -> QString& { return p.failover.mirrorServerFqdn; }));
    m_form->addRow(QString(), binder.text(m_mirrorInstance, QStringLiteral("failover.mirrorInstanceName"),
                                          [](Plan& p) -> QString& { return p.failover.mirrorInstanceName; }));
    m_form->addRow(QString(), binder.text(m_fileShare, QStringLiteral("failover.fileShare"),
                                          [](Plan& p) -> QString& { return p.failover.fileShare; }));
    m_form->addRow(QString(),
                   binder.check(m_dropExisting, QStringLiteral("failover.dropExistingDatabasesOnMirror"),
                                [](Plan& p) -> bool& { return p.failover.dropExistingDatabasesOnMirror; }));
    if (withActiveServers) {
        m_activeServers = new QLineEdit;
        m_activeServers->setObjectName(QStringLiteral("failoverActiveServers"));
        connect(m_activeServers, &QLineEdit::textEdited, this, [this](const QString& text) {
            m_plan.failover.activeServers = splitServers(text);
            Q_EMIT activeServersEdited();
        });
        m_form->addRow(QString(), m_activeServers);
    }
}

QStringList FailoverSettingsBox::splitServers(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList FailoverSettingsBox::fieldPrefixes() const
{
    QStringList prefixes{QStringLiteral("failover.backupServerFqdn"),
                         QStringLiteral("failover.mirrorServerFqdn"),
                         QStringLiteral("failover.mirrorInstanceName"), QStringLiteral("failover.fileShare"),
                         QStringLiteral("failover.dropExistingDatabasesOnMirror")};
    if (m_activeServers)
        prefixes << QStringLiteral("failover.activeServers");
    return prefixes;
}

void FailoverSettingsBox::planChanged()
{
    const QString instance = m_plan.backupInstanceName();
    m_instanceName->setText(instance.isEmpty() ? tr("(default instance)") : instance);
    if (m_activeServers && !m_activeServers->hasFocus())
        m_activeServers->setText(m_plan.failover.activeServers.join(QStringLiteral(", ")));
}

void FailoverSettingsBox::retranslateUi()
{
    m_intro->setText(tr("Only the failover reads these. Install-CsMirrorDatabase mirrors mgc and mgccomp of "
                        "the new primary (the backup instance) to the mirror instance that Topology Builder "
                        "names for the backup store; the databases travel through the file share."));
    FieldBinder::setRowLabel(m_form, m_backupServer, tr("New primary's server FQDN (-SqlServerF&qdn):"));
    FieldBinder::setRowLabel(m_form, m_instanceName, tr("Instance name (-SqlInstanceName):"));
    FieldBinder::setRowLabel(m_form, m_mirrorServer, tr("&Mirror server FQDN:"));
    FieldBinder::setRowLabel(m_form, m_mirrorInstance, tr("Mirror instance name:"));
    FieldBinder::setRowLabel(m_form, m_fileShare, tr("File s&hare (-FileShare):"));
    m_dropExisting->setText(tr("Drop existing databases on the mirror (-DropExistingDatabasesOnMirror)"));
    m_backupServer->setPlaceholderText(QStringLiteral("PCSQL02.contoso.com"));
    m_mirrorServer->setPlaceholderText(QStringLiteral("PCSQL02M.contoso.com"));
    m_fileShare->setPlaceholderText(QStringLiteral("\\\\FS01\\PChatLogShip"));
    m_instanceName->setToolTip(tr("The instance part of the backup instance's name."));
    if (m_activeServers) {
        FieldBinder::setRowLabel(m_form, m_activeServers, tr("Active servers of the backup data cen&ter:"));
        m_activeServers->setPlaceholderText(QStringLiteral("PCHAT03.contoso.com, PCHAT04.contoso.com"));
        m_activeServers->setToolTip(tr("All active servers must be in the data center of the new primary "
                                       "database, or one with a low-latency, high-bandwidth link to it."));
    }
    planChanged();
}

} // namespace pchat
