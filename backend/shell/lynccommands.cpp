#include "lynccommands.h"

#include "powershellquote.h"

namespace pchat {

namespace {

QString setPoolState(const QString& poolIdentity, const QString& state)
{
    return QStringLiteral("Set-CsPersistentChatState -Identity %1 -PoolState %2")
        .arg(PowerShellQuote::literal(poolIdentity), state);
}

QString changeActiveServers(const QString& collection, const QString& operation, const QStringList& fqdns)
{
    // @{Add=} is a parse error; an empty array keeps the command valid.
    const QString servers = fqdns.isEmpty() ? QStringLiteral("@()") : PowerShellQuote::list(fqdns);
    return QStringLiteral("Set-CsPersistentChatActiveServer -Identity %1 -ActiveServers @{%2=%3}")
        .arg(PowerShellQuote::literal(collection), operation, servers);
}

QString databaseTypeName(ChatDatabaseType type)
{
    return type == ChatDatabaseType::PersistentChatCompliance ? QStringLiteral("PersistentChatCompliance")
                                                              : QStringLiteral("PersistentChat");
}

} // namespace

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
    return changeActiveServers(collection, QStringLiteral("Add"), fqdns);
}

QString LyncCommands::replaceActiveServers(const QString& collection, const QStringList& fqdns)
{
    return changeActiveServers(collection, QStringLiteral("Replace"), fqdns);
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
    return setPoolState(poolIdentity, QStringLiteral("Normal"));
}

QString LyncCommands::setPoolStateFailedOver(const QString& poolIdentity)
{
    return setPoolState(poolIdentity, QStringLiteral("FailedOver"));
}

QString LyncCommands::installMirrorDatabase(ChatDatabaseType type, const QString& fileShare,
                                            const QString& sqlServerFqdn, const QString& sqlInstanceName,
                                            bool dropExistingDatabasesOnMirror)
{
    QString command =
        QStringLiteral("Install-CsMirrorDatabase -DatabaseType %1 -FileShare %2 -SqlServerFqdn %3")
            .arg(databaseTypeName(type), PowerShellQuote::literal(fileShare),
                 PowerShellQuote::literal(sqlServerFqdn));
    if (!sqlInstanceName.isEmpty())
        command += QStringLiteral(" -SqlInstanceName %1").arg(PowerShellQuote::literal(sqlInstanceName));
    if (dropExistingDatabasesOnMirror)
        command += QStringLiteral(" -DropExistingDatabasesOnMirror");
    // The cmdlet asks before it changes the mirror; a shell run without a console cannot answer.
    return command + QStringLiteral(" -Confirm:$false");
}

QString LyncCommands::getDatabaseMirrorState(const QString& poolFqdn)
{
    return QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn %1").arg(PowerShellQuote::literal(poolFqdn));
}

QString LyncCommands::getDatabaseMirrorState(const QString& poolFqdn, ChatDatabaseType type)
{
    return getDatabaseMirrorState(poolFqdn) + QStringLiteral(" -DatabaseType ") + databaseTypeName(type);
}

QString LyncCommands::getPersistentChatServices()
{
    return QStringLiteral("Get-CsService -PersistentChatServer");
}

} // namespace pchat
