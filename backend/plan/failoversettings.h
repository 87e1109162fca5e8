// The failover's own inputs: the mirror of the new primary (step 6) and the backup data center's active
// servers (step 7).
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

struct FailoverSettings
{
    // Install-CsMirrorDatabase's -SqlServerFqdn: the FQDN of the backup instance's server, the new primary
    // (PCSQL02.contoso.com). -SqlInstanceName is the instance part of Plan::backupInstance.name.
    QString backupServerFqdn;
    // The mirror instance the topology names for the backup store (PCSQL02M.contoso.com, PCHAT): step 6
    // verifies that the new primary is mirrored to it. An empty instance name is the default instance.
    QString mirrorServerFqdn;
    QString mirrorInstanceName;
    // -FileShare: the primary exports the databases there, the mirror imports them.
    QString fileShare;
    bool dropExistingDatabasesOnMirror = false;
    // Steps 2 and 3: the log backups that log shipping did not copy are restored straight from the share
    // (the secondary's accounts read it, the seed's IMPORTANT note) instead of being copied first. The wizard
    // asks on step 2's page; an unattended run has only this answer.
    bool restoreFromShare = false;
    // FQDNs of the Persistent Chat servers of the backup data center that step 7 makes active.
    QStringList activeServers;

    // The mirror as SQL Server names it (@@SERVERNAME, mirroring_partner_instance): host\instance.
    QString mirrorServerName() const
    {
        const QString host = mirrorServerFqdn.section(u'.', 0, 0);
        return mirrorInstanceName.isEmpty() ? host : host + u'\\' + mirrorInstanceName;
    }

    bool operator==(const FailoverSettings&) const = default;
};

} // namespace pchat
