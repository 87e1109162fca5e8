// PowerShell of steps 1, 6 and 7 and of the pool checks (Lync Server Management Shell cmdlets).
#pragma once

#include "backend/plan/lyncsettings.h"

#include <QString>
#include <QStringList>

namespace pchat {

class LyncCommands
{
public:
    // Import-Module Lync | SkypeForBusiness
    static QString importModule(ShellModule module);
    // Set-CsPersistentChatActiveServer -Identity '<collection>' -ActiveServers $Null
    static QString clearActiveServers(const QString& collection);
    // Set-CsPersistentChatActiveServer -Identity '<collection>' -ActiveServers @{Add='a','b'}
    static QString addActiveServers(const QString& collection, const QStringList& fqdns);
    // The same for the plan's collection and active servers (step 6).
    static QString addActiveServers(const LyncSettings& lync);
    // Get-CsPersistentChatState [-Identity '<pool>'] (all pools when the identity is empty)
    static QString getPoolState(const QString& poolIdentity = {});
    // Set-CsPersistentChatState -Identity '<pool>' -PoolState Normal
    static QString setPoolStateNormal(const QString& poolIdentity);
    // Get-CsService -PersistentChatServer
    static QString getPersistentChatServices();
};

} // namespace pchat
