#include "failoversetactiveserverspage.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

FailoverSetActiveServersPage::FailoverSetActiveServersPage(Plan& plan, QWidget* parent)
    : SetActiveServersPage(StepId::FailoverSetActiveServers, plan, 1, parent)
{
    setObjectName(QStringLiteral("failoverSetActiveServersPage"));
    retranslateUi();
}

QStringList FailoverSetActiveServersPage::fieldPrefixes() const
{
    return {QStringLiteral("failover.activeServers")};
}

QList<QStringList> FailoverSetActiveServersPage::serverRows() const
{
    QList<QStringList> rows;
    for (const QString& fqdn : plan().failover.activeServers)
        rows << QStringList{fqdn};
    return rows;
}

void FailoverSetActiveServersPage::setServerRows(const QList<QStringList>& rows)
{
    QStringList fqdns;
    for (const QStringList& row : rows)
        fqdns << row.value(0);
    plan().failover.activeServers = fqdns;
}

QStringList FailoverSetActiveServersPage::newServerRow() const
{
    return {QString()};
}

QString FailoverSetActiveServersPage::serverCommand() const
{
    return LyncCommands::replaceActiveServers(plan().lync.activeServerCollection,
                                              plan().failover.activeServers);
}

QStringList FailoverSetActiveServersPage::serversToAcknowledge() const
{
    return {};
}

QStringList FailoverSetActiveServersPage::columnTitles() const
{
    return {tr("Server FQDN (backup data center)")};
}

QString FailoverSetActiveServersPage::introText() const
{
    return tr(
        "Set the Persistent Chat Server active servers with Set-CsPersistentChatActiveServer: the servers "
        "listed here replace the active servers of the lost primary data center. <b>Important:</b> all "
        "active servers must be in the same data center as the new primary database, or in a data "
        "center with a low-latency, high-bandwidth connection to it.");
}

QString FailoverSetActiveServersPage::dataCenterText() const
{
    return tr("New primary database: <b>%1</b> on <b>%2</b>")
        .arg(plan().mgcDatabase.toHtmlEscaped(), plan().backupInstance.name.toHtmlEscaped());
}

} // namespace pchat
