#include "lynccommands.h"

#include "powershellquote.h"

namespace pchat {

QString LyncCommands::importModule(ShellModule module)
{
    return module == ShellModule::SkypeForBusiness ? QStringLiteral("Import-Module SkypeForBusiness")
                                                   : QStringLiteral("Import-Module Lync");
}

QString LyncCommands::clearActiveServers(const QString& collection)
{
    return QStringLiteral("Set-CsPersistentChatActiveServer -Identity %1 -ActiveServers $Null")
        .arg(PowerShellQuote::literal(collection));
}

QString LyncCommands::addActiveServers(const QString& collection, const QStringList& fqdns)
{
    // @{Add=} is a parse error; an empty array keeps the command valid and changes nothing.
    const QString servers = fqdns.isEmpty() ? QStringLiteral("@()") : PowerShellQuote::list(fqdns);
    return QStringLiteral("Set-CsPersistentChatActiveServer -Identity %1 -ActiveServers @{Add=%2}")
        .arg(PowerShellQuote::literal(collection), servers);
}

QString LyncCommands::addActiveServers(const LyncSettings& lync)
{
    return addActiveServers(lync.activeServerCollection, lync.activeServerFqdns());
}

QString LyncCommands::getPoolState(const QString& poolIdentity)
{
    if (poolIdentity.isEmpty())
        return QStringLiteral("Get-CsPersistentChatState");
    return QStringLiteral("Get-CsPersistentChatState -Identity %1")
        .arg(PowerShellQuote::literal(poolIdentity));
}

QString LyncCommands::setPoolStateNormal(const QString& poolIdentity)
{
    return QStringLiteral("Set-CsPersistentChatState -Identity %1 -PoolState Normal")
        .arg(PowerShellQuote::literal(poolIdentity));
}

QString LyncCommands::getPersistentChatServices()
{
    return QStringLiteral("Get-CsService -PersistentChatServer");
}

} // namespace pchat
