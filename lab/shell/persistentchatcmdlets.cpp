#include "lab/shell/persistentchatcmdlets.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pchatlab {

namespace {

const QString getServiceName = QStringLiteral("Get-CsService");
const QString getStateName = QStringLiteral("Get-CsPersistentChatState");
const QString setStateName = QStringLiteral("Set-CsPersistentChatState");
const QString setActiveName = QStringLiteral("Set-CsPersistentChatActiveServer");

// The .NET types PowerShell names in FullyQualifiedErrorId. The Lync ones are modelled, not copied.
const QString getServiceType = QStringLiteral("Microsoft.Rtc.Management.Deployment.GetServiceCmdlet");
const QString getStateType =
    QStringLiteral("Microsoft.Rtc.Management.PersistentChat.GetPersistentChatStateCmdlet");
const QString setStateType =
    QStringLiteral("Microsoft.Rtc.Management.PersistentChat.SetPersistentChatStateCmdlet");
const QString setActiveType =
    QStringLiteral("Microsoft.Rtc.Management.PersistentChat.SetPersistentChatActiveServerCmdlet");

const QString xdsIdentityType = QStringLiteral("Microsoft.Rtc.Management.Xds.XdsIdentity");
const QString poolStateType = QStringLiteral("Microsoft.Rtc.Management.PersistentChat.PoolState");
const QString listModifierType =
    QStringLiteral("System.Management.Automation.PSListModifier`1[Microsoft.Rtc.Management.Deploy.Fqdn]");

// the scoped "service:PersistentChatServer:<fqdn>". The failover pages' "service:<fqdn>" and "service:
// <fqdn>" name no service role, so they match nothing, as they would in a real topology.
bool isPoolIdentity(const QString& identity, const QString& poolFqdn)
{
    const QString service = QStringLiteral("PersistentChatServer:") + poolFqdn;
    return CmdletHost::sameText(identity, service) ||
           CmdletHost::sameText(identity, QStringLiteral("service:") + service);
}

// Lync 2013 pages call the one active-server collection "global", current ones "PChatServerCollection".
bool isCollectionIdentity(const QString& identity)
{
    return CmdletHost::sameText(identity, QStringLiteral("global")) ||
           CmdletHost::sameText(identity, QStringLiteral("PChatServerCollection"));
}

// -Filter's wildcards: '*' and '?' only; "\" is an ordinary character in identities, not a path separator.
QString wildcardPattern(const QString& filter)
{
    QString pattern = QStringLiteral("^");
    for (const QChar c : filter) {
        if (c == u'*')
            pattern += QStringLiteral(".*");
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return pattern + u'$';
}

QJsonArray jsonArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString PersistentChatCmdlets::canonicalName(const QString& name)
{
    for (const QString* known : {&getServiceName, &getStateName, &setStateName, &setActiveName}) {
        if (CmdletHost::sameText(name, *known))
            return *known;
    }
    return {};
}

bool PersistentChatCmdlets::run(const QString& canonical, const PowerShellStatement& statement)
{
    if (canonical == getServiceName)
        return getService(statement);
    if (canonical == getStateName)
        return getState(statement);
    if (canonical == setStateName)
        return setState(statement);
    return setActiveServers(statement);
}

bool PersistentChatCmdlets::getService(const PowerShellStatement& statement)
{
    CmdletBinder binder(
        getServiceName, getServiceType,
        {{QStringLiteral("Identity"), false, 0, xdsIdentityType},
         {QStringLiteral("PersistentChatServer"), true},
         {QStringLiteral("PoolFqdn"), false, -1, QStringLiteral("Microsoft.Rtc.Management.Deploy.Fqdn")},
         {QStringLiteral("LocalStore"), true}});
    if (!m_host.bind(binder, statement))
        return false;
    QString identity;
    if (binder.has(QStringLiteral("Identity")) &&
        !m_host.stringArgument(binder, QStringLiteral("Identity"), xdsIdentityType, &identity))
        return false;
    QString poolFqdn;
    if (binder.has(QStringLiteral("PoolFqdn")) &&
        !m_host.stringArgument(binder, QStringLiteral("PoolFqdn"),
                               QStringLiteral("Microsoft.Rtc.Management.Deploy.Fqdn"), &poolFqdn))
        return false;
    const auto reply = m_host.requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}},
                                         getServiceName, getServiceType, statement);
    if (!reply)
        return false;
    const QJsonObject pool = reply->value(QLatin1String("pool")).toObject();
    const QString fqdn = pool.value(QLatin1String("fqdn")).toString();
    if (!identity.isEmpty() && !isPoolIdentity(identity, fqdn)) {
        m_host.writeError(m_host.notFound(getServiceName, getServiceType, identity, statement));
        return false;
    }
    if (!poolFqdn.isEmpty() && !CmdletHost::sameText(poolFqdn, fqdn))
        return true;
    const QJsonArray servers = pool.value(QLatin1String("servers")).toArray();
    const QString site = servers.isEmpty()
                             ? QString()
                             : servers.first().toObject().value(QLatin1String("dataCenter")).toString();
    m_host.writeObjects({{
        {QStringLiteral("Identity"), pool.value(QLatin1String("identity")).toString()},
        {QStringLiteral("PersistentChatPort"), QStringLiteral("5041")},
        {QStringLiteral("ServiceId"), QStringLiteral("1-PersistentChatServer-1")},
        {QStringLiteral("SiteId"), QStringLiteral("Site:") + site},
        {QStringLiteral("PoolFqdn"), fqdn},
        // Lync Server 2013 services report version 6, Skype for Business Server 2015 version 7.
        {QStringLiteral("Version"),
         m_host.module() == CmdletHost::Module::SkypeForBusiness ? QStringLiteral("7") : QStringLiteral("6")},
        {QStringLiteral("Role"), QStringLiteral("PersistentChatServer")},
    }});
    return true;
}

bool PersistentChatCmdlets::getState(const PowerShellStatement& statement)
{
    CmdletBinder binder(getStateName, getStateType,
                        {{QStringLiteral("Identity"), false, 0, xdsIdentityType},
                         {QStringLiteral("Filter"), false},
                         {QStringLiteral("LocalStore"), true}});
    if (!m_host.bind(binder, statement))
        return false;
    if (binder.has(QStringLiteral("Identity")) && binder.has(QStringLiteral("Filter"))) {
        m_host.writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    QString identity;
    if (binder.has(QStringLiteral("Identity")) &&
        !m_host.stringArgument(binder, QStringLiteral("Identity"), xdsIdentityType, &identity))
        return false;
    QString filter;
    if (binder.has(QStringLiteral("Filter")) &&
        !m_host.stringArgument(binder, QStringLiteral("Filter"), QStringLiteral("System.String"), &filter))
        return false;
    const auto reply = m_host.requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, getStateName,
                                         getStateType, statement);
    if (!reply)
        return false;
    const QJsonObject pool = reply->value(QLatin1String("pool")).toObject();
    const QString poolIdentity = pool.value(QLatin1String("identity")).toString();
    if (!identity.isEmpty() && !isPoolIdentity(identity, pool.value(QLatin1String("fqdn")).toString())) {
        m_host.writeError(m_host.notFound(getStateName, getStateType, identity, statement));
        return false;
    }
    if (!filter.isEmpty()) {
        const QRegularExpression pattern(wildcardPattern(filter), QRegularExpression::CaseInsensitiveOption);
        if (!pattern.match(poolIdentity).hasMatch())
            return true;
    }
    m_host.writeObjects({{{QStringLiteral("Identity"), poolIdentity},
                          {QStringLiteral("PoolState"), pool.value(QLatin1String("state")).toString()}}});
    return true;
}

bool PersistentChatCmdlets::setState(const PowerShellStatement& statement)
{
    CmdletBinder binder(
        setStateName, setStateType,
        {{QStringLiteral("Identity"), false, 0, xdsIdentityType},
         {QStringLiteral("Instance"), false, -1, QStringLiteral("System.Management.Automation.PSObject")},
         {QStringLiteral("PoolState"), false, -1, poolStateType},
         {QStringLiteral("Confirm"), true},
         {QStringLiteral("Force"), true},
         {QStringLiteral("WhatIf"), true}});
    if (!m_host.bind(binder, statement))
        return false;
    if (binder.has(QStringLiteral("Identity")) && binder.has(QStringLiteral("Instance"))) {
        m_host.writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    if (binder.has(QStringLiteral("Instance"))) {
        // -Instance takes an object from Get-CsPersistentChatState; the lab shell has no variables to hold
        // one.
        m_host.writeError(binder.bindingError(
            QStringLiteral(
                "Cannot bind parameter 'Instance'. Cannot convert the \"%1\" value of type "
                "\"System.String\" to type \"Microsoft.Rtc.Management.PersistentChat.PersistentChatState\".")
                .arg(binder.value(QStringLiteral("Instance")).text),
            QStringLiteral("CannotConvertArgumentNoMessage"), binder.extent(QStringLiteral("Instance"))));
        return false;
    }
    // Without -Identity an Xds cmdlet works on the Global scope, which a Persistent Chat pool never is.
    QString identity = QStringLiteral("Global");
    if (binder.has(QStringLiteral("Identity")) &&
        !m_host.stringArgument(binder, QStringLiteral("Identity"), xdsIdentityType, &identity))
        return false;
    QString state;
    if (binder.has(QStringLiteral("PoolState"))) {
        QString given;
        if (!m_host.stringArgument(binder, QStringLiteral("PoolState"), poolStateType, &given))
            return false;
        for (const QString& known : {QStringLiteral("Normal"), QStringLiteral("FailedOver")}) {
            if (CmdletHost::sameText(given, known))
                state = known;
        }
        if (state.isEmpty()) {
            m_host.writeError(binder.bindingError(
                QStringLiteral(
                    "Cannot bind parameter 'PoolState'. Cannot convert value \"%1\" to type \"%2\". "
                    "Error: \"Unable to match the identifier name %1 to a valid enumerator name. Specify "
                    "one of the following enumerator names and try again:\nNormal, FailedOver\"")
                    .arg(given, poolStateType),
                QStringLiteral("CannotConvertArgumentNoMessage"),
                binder.extent(QStringLiteral("PoolState"))));
            return false;
        }
    }
    const auto reply = m_host.requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, setStateName,
                                         setStateType, statement);
    if (!reply)
        return false;
    const QJsonObject pool = reply->value(QLatin1String("pool")).toObject();
    if (!isPoolIdentity(identity, pool.value(QLatin1String("fqdn")).toString())) {
        m_host.writeError(m_host.notFound(setStateName, setStateType, identity, statement));
        return false;
    }
    if (binder.isOn(QStringLiteral("WhatIf"))) {
        m_host.out() << QStringLiteral("What if: Performing the operation \"%1\" on target \"%2\".\n")
                            .arg(setStateName, pool.value(QLatin1String("identity")).toString());
        m_host.out().flush();
        return true;
    }
    if (state.isEmpty())
        return true;
    return m_host
        .requestLab(
            {{QStringLiteral("cmd"), QStringLiteral("lync-set-state")}, {QStringLiteral("state"), state}},
            setStateName, setStateType, statement)
        .has_value();
}

bool PersistentChatCmdlets::setActiveServers(const PowerShellStatement& statement)
{
    CmdletBinder binder(setActiveName, setActiveType,
                        {{QStringLiteral("Identity"), false, 0,
                          QStringLiteral("Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity")},
                         {QStringLiteral("ActiveServers"), false, -1, listModifierType},
                         {QStringLiteral("Swap"), true},
                         {QStringLiteral("Confirm"), true},
                         {QStringLiteral("Force"), true},
                         {QStringLiteral("WhatIf"), true}});
    if (!m_host.bind(binder, statement))
        return false;
    const bool hasServers = binder.has(QStringLiteral("ActiveServers"));
    const bool hasSwap = binder.has(QStringLiteral("Swap"));
    if (hasServers == hasSwap) {
        m_host.writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    QString identity = QStringLiteral("Global");
    if (binder.has(QStringLiteral("Identity")) &&
        !m_host.stringArgument(binder, QStringLiteral("Identity"),
                               QStringLiteral("Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity"),
                               &identity))
        return false;

    // -ActiveServers is a PSListModifier: $null clears, @{Add/Remove/Replace=...} edits, a plain list
    // replaces.
    QJsonObject request{{QStringLiteral("cmd"), QStringLiteral("lync-set-active")}};
    if (hasSwap) {
        request.insert(QStringLiteral("swap"), binder.isOn(QStringLiteral("Swap")));
    } else {
        const PowerShellValue servers = binder.value(QStringLiteral("ActiveServers"));
        if (servers.kind == PowerShellValue::Kind::Null) {
            request.insert(QStringLiteral("clear"), true);
        } else if (servers.kind == PowerShellValue::Kind::Hashtable) {
            bool valid = true;
            bool replacing = false;
            bool editing = false;
            for (qsizetype i = 0; i < servers.keys.size(); ++i) {
                const QString key = servers.keys[i].toLower();
                QStringList names;
                CmdletHost::flattenStrings(servers.items[size_t(i)], &names);
                if (key == u"add" || key == u"remove") {
                    editing = true;
                    request.insert(key, jsonArray(names));
                } else if (key == u"replace") {
                    replacing = true;
                    request.insert(key, jsonArray(names));
                } else {
                    valid = false;
                }
            }
            if (!valid || (replacing && editing)) {
                m_host.writeError(binder.bindingError(
                    QStringLiteral(
                        "Cannot bind parameter 'ActiveServers'. Cannot convert the "
                        "\"System.Collections.Hashtable\" value of type \"System.Collections.Hashtable\" "
                        "to type \"%1\". The hash table keys must be Add, Remove or Replace, and Replace "
                        "cannot be combined with Add or Remove.")
                        .arg(listModifierType),
                    QStringLiteral("CannotConvertArgumentNoMessage"),
                    binder.extent(QStringLiteral("ActiveServers"))));
                return false;
            }
        } else {
            QStringList names;
            CmdletHost::flattenStrings(servers, &names);
            request.insert(QStringLiteral("replace"), jsonArray(names));
        }
    }

    const auto reply = m_host.requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, setActiveName,
                                         setActiveType, statement);
    if (!reply)
        return false;
    if (!isCollectionIdentity(identity)) {
        m_host.writeError(m_host.notFound(setActiveName, setActiveType, identity, statement));
        return false;
    }
    if (binder.isOn(QStringLiteral("WhatIf"))) {
        m_host.out() << QStringLiteral("What if: Performing the operation \"%1\" on target \"%2\".\n")
                            .arg(setActiveName, identity);
        m_host.out().flush();
        return true;
    }
    return m_host.requestLab(request, setActiveName, setActiveType, statement).has_value();
}
} // namespace pchatlab
