// PowerShell of the failback's steps 1, 6 and 7, the failover's steps 5 to 7 and the pool checks (Lync Server
// Management Shell cmdlets).
#pragma once

#include "backend/plan/lyncsettings.h"

#include <QString>
#include <QStringList>

namespace pchat {

// Install-CsMirrorDatabase's and Get-CsDatabaseMirrorState's -DatabaseType values for Persistent Chat.
enum class ChatDatabaseType
{
    // mgc (PersistentChatStore)
    PersistentChat,
    // mgccomp
    PersistentChatCompliance
};

class LyncCommands
{
public:
    // Import-Module Lync | SkypeForBusiness
    static QString importModule(ShellModule module);
    // Set-CsPersistentChatActiveServer -Identity '<collection>' -ActiveServers $Null
    static QString clearActiveServers(const QString& collection);
    // Set-CsPersistentChatActiveServer -Identity '<collection>' -ActiveServers @{Add='a','b'}
    static QString addActiveServers(const QString& collection, const QStringList& fqdns);
    // Set-CsPersistentChatActiveServer -Identity '<collection>' -ActiveServers @{Replace='a','b'}: the list
    // becomes exactly these servers (failover step 7).
    static QString replaceActiveServers(const QString& collection, const QStringList& fqdns);
    // The same for the plan's collection and active servers (step 6).
    static QString addActiveServers(const LyncSettings& lync);
    // Get-CsPersistentChatState [-Identity '<pool>'] (all pools when the identity is empty)
    static QString getPoolState(const QString& poolIdentity = {});
    // Set-CsPersistentChatState -Identity '<pool>' -PoolState Normal (failback step 7)
    static QString setPoolStateNormal(const QString& poolIdentity);
    // Set-CsPersistentChatState -Identity '<pool>' -PoolState FailedOver (failover step 5): the pool uses the
    // backup databases of the topology. No output; verify with getPoolState.
    static QString setPoolStateFailedOver(const QString& poolIdentity);
    // Install-CsMirrorDatabase -DatabaseType <type> -FileShare '<share>' -SqlServerFqdn '<fqdn>'
    // [-SqlInstanceName '<name>'] [-DropExistingDatabasesOnMirror] -Confirm:$false (failover step 6, once per
    // database type). sqlServerFqdn is the server of the new primary (the backup instance); the mirror is the
    // one the topology names for that store. An empty instance name means the default instance.
    static QString installMirrorDatabase(ChatDatabaseType type, const QString& fileShare,
                                         const QString& sqlServerFqdn, const QString& sqlInstanceName,
                                         bool dropExistingDatabasesOnMirror);
    // Get-CsDatabaseMirrorState -PoolFqdn '<fqdn>' [-DatabaseType <type>] (failover step 6, verify): per
    // database DatabaseName, StateOnPrimary, StateOnMirror, MirroringStatusOnPrimary,
    // MirroringStatusOnSecondary.
    static QString getDatabaseMirrorState(const QString& poolFqdn);
    static QString getDatabaseMirrorState(const QString& poolFqdn, ChatDatabaseType type);
    // Get-CsService -PersistentChatServer
    static QString getPersistentChatServices();
};

} // namespace pchat
