#include "lab/shell/lyncshell.h"

#include "lab/shell/powershellparser.h"
#include "lab/shell/shellclient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pchatlab {

namespace {

const QString importModuleName = QStringLiteral("Import-Module");
const QString getServiceName = QStringLiteral("Get-CsService");
const QString getStateName = QStringLiteral("Get-CsPersistentChatState");
const QString setStateName = QStringLiteral("Set-CsPersistentChatState");
const QString setActiveName = QStringLiteral("Set-CsPersistentChatActiveServer");

// The .NET types PowerShell names in FullyQualifiedErrorId. The Lync ones are modelled, not copied.
const QString importModuleType = QStringLiteral("Microsoft.PowerShell.Commands.ImportModuleCommand");
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

bool sameText(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The XdsIdentity forms of the pool's service: "PersistentChatServer:<fqdn>" as Get-CsService shows it and
// the scoped "service:PersistentChatServer:<fqdn>". The failover pages' "service:<fqdn>" and "service:
// <fqdn>" name no service role, so they match nothing, as they would in a real topology.
bool isPoolIdentity(const QString& identity, const QString& poolFqdn)
{
    const QString service = QStringLiteral("PersistentChatServer:") + poolFqdn;
    return sameText(identity, service) || sameText(identity, QStringLiteral("service:") + service);
}

// Lync 2013 pages call the one active-server collection "global", current ones "PChatServerCollection".
bool isCollectionIdentity(const QString& identity)
{
    return sameText(identity, QStringLiteral("global")) ||
           sameText(identity, QStringLiteral("PChatServerCollection"));
}

void flattenStrings(const PowerShellValue& value, QStringList* out)
{
    switch (value.kind) {
    case PowerShellValue::Kind::Null:
        break;
    case PowerShellValue::Kind::Array:
        for (const PowerShellValue& item : value.items)
            flattenStrings(item, out);
        break;
    case PowerShellValue::Kind::Hashtable:
        out->append(QStringLiteral("System.Collections.Hashtable"));
        break;
    default:
        out->append(value.text);
    }
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

// A value as the executed log shows it: strings as parsed (quotes removed), arrays and hashtables spelled
// out.
QString logText(const PowerShellValue& value)
{
    switch (value.kind) {
    case PowerShellValue::Kind::Null:
        return QStringLiteral("$null");
    case PowerShellValue::Kind::Array: {
        QStringList items;
        for (const PowerShellValue& item : value.items)
            items << logText(item);
        return QStringLiteral("@(") + items.join(u',') + u')';
    }
    case PowerShellValue::Kind::Hashtable: {
        QStringList items;
        for (qsizetype i = 0; i < value.keys.size(); ++i)
            items << value.keys[i] + u'=' + logText(value.items[size_t(i)]);
        return QStringLiteral("@{") + items.join(u';') + u'}';
    }
    case PowerShellValue::Kind::CommandCall:
        return QStringLiteral("<command ") + value.text + u'>';
    default:
        return value.text;
    }
}

QJsonArray jsonArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

LyncShell::LyncShell(ShellClient& client, QTextStream& out, QTextStream& err)
    : m_client(client)
    , m_out(out)
    , m_err(err)
{
}

int LyncShell::exitCode() const
{
    if (m_explicitExitCode >= 0)
        return m_explicitExitCode;
    return m_hadError ? 1 : 0;
}

void LyncShell::writeError(const PowerShellErrorRecord& record)
{
    m_hadError = true;
    m_err << record.format(m_line);
    m_err.flush();
}

void LyncShell::writeObjects(const QList<Properties>& objects)
{
    if (objects.isEmpty())
        return;
    // Format-List: a blank line before each object, names padded to the longest one, a blank line at the end.
    m_out << '\n';
    for (const Properties& object : objects) {
        qsizetype width = 0;
        for (const auto& [name, value] : object)
            width = std::max(width, name.size());
        for (const auto& [name, value] : object)
            m_out << name.leftJustified(width) << " : " << value << '\n';
        m_out << '\n';
    }
    m_out << '\n';
    m_out.flush();
}

void LyncShell::executeLine(const QString& line)
{
    m_line = line;
    PowerShellParser parser(line);
    if (!parser.parse()) {
        recordExecuted(QStringLiteral("shell-syntax-error"), line, {});
        writeError(PowerShellErrorRecord::syntax(*parser.error()));
        return;
    }
    for (const PowerShellStatement& statement : parser.statements()) {
        QStringList args;
        for (const PowerShellArgument& arg : statement.arguments)
            args << (arg.isParameter ? u'-' + arg.parameterName +
                                           (arg.hasAttachedValue ? u':' + logText(arg.value) : QString())
                                     : logText(arg.value));
        if (statement.kind != PowerShellStatement::Kind::Command)
            args << logText(statement.value);
        recordExecuted(QStringLiteral("shell-statement"),
                       statement.kind == PowerShellStatement::Kind::Command ? statement.commandName
                       : statement.kind == PowerShellStatement::Kind::Exit  ? QStringLiteral("exit")
                                                                            : QStringLiteral("expression"),
                       args);
        runStatement(statement);
        if (m_exitRequested)
            return;
    }
}

void LyncShell::recordExecuted(const QString& kind, const QString& text, const QStringList& args)
{
    if (m_recordUnreachable)
        return;
    const QJsonObject reply = m_client.request({{QStringLiteral("cmd"), QStringLiteral("shell-executed")},
                                                {QStringLiteral("kind"), kind},
                                                {QStringLiteral("text"), text},
                                                {QStringLiteral("args"), jsonArray(args)}});
    // Without a lab nothing is recorded; the cmdlets report the unreachable lab themselves.
    m_recordUnreachable = reply.value(QLatin1String("error")).toString() == u"unreachable";
}

bool LyncShell::isKnownLyncCmdlet(const QString& name, QString* canonical) const
{
    for (const QString* known : {&getServiceName, &getStateName, &setStateName, &setActiveName}) {
        if (sameText(name, *known)) {
            *canonical = *known;
            return true;
        }
    }
    return false;
}

bool LyncShell::checkNestedCommands(const PowerShellValue& value)
{
    if (value.kind == PowerShellValue::Kind::CommandCall) {
        QString canonical;
        if (sameText(value.text, importModuleName) ||
            (m_module != Module::None && isKnownLyncCmdlet(value.text, &canonical))) {
            writeError(
                PowerShellErrorRecord::command(value.text,
                                               QStringLiteral("The lab shell runs commands only as "
                                                              "statements of their own, not inside values."),
                                               value.extent)
                    .category(QStringLiteral("NotImplemented"), QStringLiteral("NotSupportedException"))
                    .errorId(QStringLiteral("NestedCommandNotSupported")));
            return false;
        }
        writeError(
            PowerShellErrorRecord::command(
                value.text,
                QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script "
                               "file, or operable program. Check the spelling of the name, or if a path "
                               "was included, verify that the path is correct and try again.")
                    .arg(value.text),
                value.extent)
                .category(QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"))
                .target(value.text, QStringLiteral("String"))
                .errorId(QStringLiteral("CommandNotFoundException")));
        return false;
    }
    for (const PowerShellValue& item : value.items) {
        if (!checkNestedCommands(item))
            return false;
    }
    return true;
}

bool LyncShell::runStatement(const PowerShellStatement& statement)
{
    // PowerShell evaluates argument values before it binds them, so a stray command inside a value fails
    // first.
    for (const PowerShellArgument& arg : statement.arguments) {
        if (!checkNestedCommands(arg.value))
            return false;
    }
    if (!checkNestedCommands(statement.value))
        return false;

    switch (statement.kind) {
    case PowerShellStatement::Kind::Expression:
        return runExpression(statement);
    case PowerShellStatement::Kind::Exit:
        return runExit(statement);
    case PowerShellStatement::Kind::Command:
        break;
    }

    const QString& name = statement.commandName;
    if (sameText(name, importModuleName) || sameText(name, QStringLiteral("ipmo")))
        return importModule(statement);
    QString canonical;
    if (m_module != Module::None && isKnownLyncCmdlet(name, &canonical)) {
        if (canonical == getServiceName)
            return getService(statement);
        if (canonical == getStateName)
            return getState(statement);
        if (canonical == setStateName)
            return setState(statement);
        return setActiveServers(statement);
    }
    static const QRegularExpression lyncNoun(QStringLiteral("^[A-Za-z]+-Cs[A-Za-z]+$"));
    if (m_module != Module::None && lyncNoun.match(name).hasMatch()) {
        // The module has many more cmdlets; the lab says plainly that it does not model them.
        writeError(
            PowerShellErrorRecord::command(name,
                                           QStringLiteral("The lab shell does not model '%1'; it models "
                                                          "Get-CsService, Get-CsPersistentChatState, "
                                                          "Set-CsPersistentChatState and "
                                                          "Set-CsPersistentChatActiveServer.")
                                               .arg(name),
                                           statement.extent)
                .category(QStringLiteral("NotImplemented"), QStringLiteral("NotSupportedException"))
                .target(name, QStringLiteral("String"))
                .errorId(QStringLiteral("CmdletNotModelled")));
        return false;
    }
    writeError(
        PowerShellErrorRecord::command(
            name,
            QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script file, "
                           "or operable program. Check the spelling of the name, or if a path was included, "
                           "verify that the path is correct and try again.")
                .arg(name),
            statement.nameExtent)
            .category(QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"))
            .target(name, QStringLiteral("String"))
            .errorId(QStringLiteral("CommandNotFoundException")));
    return false;
}

bool LyncShell::runExpression(const PowerShellStatement& statement)
{
    // An expression on its own line is output, as at the PowerShell prompt.
    const PowerShellValue& v = statement.value;
    if (v.kind == PowerShellValue::Kind::Hashtable) {
        qsizetype width = 4;
        for (const QString& key : v.keys)
            width = std::max(width, key.size());
        m_out << '\n' << QStringLiteral("Name").leftJustified(width) << " Value\n";
        m_out << QStringLiteral("----").leftJustified(width) << " -----\n";
        for (qsizetype i = 0; i < v.keys.size(); ++i) {
            QStringList values;
            flattenStrings(v.items[size_t(i)], &values);
            const QString shown =
                values.size() == 1 ? values.first() : u'{' + values.join(QStringLiteral(", ")) + u'}';
            m_out << v.keys[i].leftJustified(width) << ' ' << shown << '\n';
        }
        m_out << '\n';
    } else {
        QStringList values;
        flattenStrings(v, &values);
        for (const QString& s : std::as_const(values))
            m_out << s << '\n';
    }
    m_out.flush();
    return true;
}

bool LyncShell::runExit(const PowerShellStatement& statement)
{
    m_exitRequested = true;
    if (statement.value.kind != PowerShellValue::Kind::Null) {
        bool numeric = false;
        const int code = statement.value.text.toInt(&numeric);
        m_explicitExitCode = numeric ? code : 0;
    }
    return true;
}

bool LyncShell::stringArgument(const CmdletBinder& binder, const QString& parameter, const QString& typeName,
                               QString* value)
{
    const PowerShellValue v = binder.value(parameter);
    const PowerShellExtent extent = binder.extent(parameter);
    switch (v.kind) {
    case PowerShellValue::Kind::Null:
        writeError(
            binder
                .bindingError(QStringLiteral("Cannot bind argument to parameter '%1' because it is null.")
                                  .arg(parameter),
                              QStringLiteral("ParameterArgumentValidationErrorNullNotAllowed"), extent)
                .category(QStringLiteral("InvalidData"),
                          QStringLiteral("ParameterBindingValidationException")));
        return false;
    case PowerShellValue::Kind::Array:
    case PowerShellValue::Kind::Hashtable:
        writeError(binder.bindingError(
            QStringLiteral(
                "Cannot convert '%1' to the type '%2' required by parameter '%3'. Specified method is "
                "not supported.")
                .arg(v.kind == PowerShellValue::Kind::Array ? QStringLiteral("System.Object[]")
                                                            : QStringLiteral("System.Collections.Hashtable"),
                     typeName, parameter),
            QStringLiteral("CannotConvertArgument"), extent));
        return false;
    default:
        break;
    }
    if (v.text.isEmpty()) {
        writeError(
            binder
                .bindingError(
                    QStringLiteral("Cannot bind argument to parameter '%1' because it is an empty string.")
                        .arg(parameter),
                    QStringLiteral("ParameterArgumentValidationErrorEmptyStringNotAllowed"), extent)
                .category(QStringLiteral("InvalidData"),
                          QStringLiteral("ParameterBindingValidationException")));
        return false;
    }
    *value = v.text;
    return true;
}

std::optional<QJsonObject> LyncShell::requestLab(QJsonObject request, const QString& cmdlet,
                                                 const QString& errorIdSuffix,
                                                 const PowerShellStatement& statement)
{
    request.insert(QStringLiteral("cmdlet"), cmdlet);
    const QJsonObject reply = m_client.request(request);
    if (reply.value(QLatin1String("ok")).toBool())
        return reply;
    reportLabFailure(reply, cmdlet, errorIdSuffix, statement);
    return std::nullopt;
}

void LyncShell::reportLabFailure(const QJsonObject& reply, const QString& cmdlet,
                                 const QString& errorIdSuffix, const PowerShellStatement& statement)
{
    const QString error = reply.value(QLatin1String("error")).toString();
    if (error == u"fault") {
        writeError(
            PowerShellErrorRecord::command(cmdlet,
                                           QStringLiteral("Command execution failed: Cannot connect to the "
                                                          "Central Management Store. Verify that the Central "
                                                          "Management Server is running and reachable."),
                                           statement.extent)
                .category(QStringLiteral("ConnectionError"), QStringLiteral("ManagementException"))
                .activity(cmdlet)
                .errorId(QStringLiteral("CmsConnectionFailure,") + errorIdSuffix));
    } else if (error == u"unreachable") {
        writeError(
            PowerShellErrorRecord::command(
                cmdlet,
                QStringLiteral("Cannot reach the lab on control port %1: %2")
                    .arg(QString::number(m_client.port()), reply.value(QLatin1String("message")).toString()),
                statement.extent)
                .category(QStringLiteral("ConnectionError"), QStringLiteral("LabUnreachableException"))
                .activity(cmdlet)
                .errorId(QStringLiteral("LabUnreachable,") + errorIdSuffix));
    } else if (error == u"not-in-pool") {
        const QString server = reply.value(QLatin1String("server")).toString();
        writeError(
            PowerShellErrorRecord::command(
                cmdlet,
                QStringLiteral("Cannot use \"%1\" as an active server: it is not a Persistent Chat Server of "
                               "pool \"%2\" in the topology.")
                    .arg(server, reply.value(QLatin1String("pool")).toString()),
                statement.extent)
                .category(QStringLiteral("InvalidArgument"), QStringLiteral("ManagementException"))
                .target(server, QStringLiteral("Fqdn"))
                .activity(cmdlet)
                .errorId(QStringLiteral("InvalidActiveServer,") + errorIdSuffix));
    } else {
        writeError(PowerShellErrorRecord::command(
                       cmdlet, QStringLiteral("The lab refused the request: %1").arg(error), statement.extent)
                       .category(QStringLiteral("InvalidOperation"), QStringLiteral("ManagementException"))
                       .activity(cmdlet)
                       .errorId(QStringLiteral("LabRefused,") + errorIdSuffix));
    }
}

PowerShellErrorRecord LyncShell::notFound(const QString& cmdlet, const QString& errorIdSuffix,
                                          const QString& identity, const PowerShellStatement& statement) const
{
    PowerShellErrorRecord r = PowerShellErrorRecord::command(
        cmdlet, QStringLiteral("Management object not found for identity \"%1\".").arg(identity),
        statement.extent);
    r.category(QStringLiteral("ObjectNotFound"), QStringLiteral("ManagementException"))
        .target(identity, QStringLiteral("XdsIdentity"))
        .activity(cmdlet)
        .errorId(QStringLiteral("Identity,") + errorIdSuffix);
    return r;
}

bool LyncShell::importModule(const PowerShellStatement& statement)
{
    CmdletBinder binder(importModuleName, importModuleType,
                        {{QStringLiteral("Name"), false, 0, QStringLiteral("System.String[]")},
                         {QStringLiteral("Force"), true},
                         {QStringLiteral("Global"), true},
                         {QStringLiteral("DisableNameChecking"), true}});
    if (!binder.bind(statement)) {
        writeError(*binder.error());
        return false;
    }
    if (!binder.has(QStringLiteral("Name"))) {
        writeError(binder.bindingError(QStringLiteral("Cannot process command because of one or more missing "
                                                      "mandatory parameters: Name."),
                                       QStringLiteral("MissingMandatoryParameter"), statement.extent));
        return false;
    }
    QStringList names;
    flattenStrings(binder.value(QStringLiteral("Name")), &names);
    bool ok = true;
    for (const QString& name : std::as_const(names)) {
        // A path to the manifest (...\Modules\Lync\Lync.psd1) loads the same module as its name.
        QString module = name.section(QRegularExpression(QStringLiteral("[\\\\/]")), -1);
        module.remove(
            QRegularExpression(QStringLiteral("\\.ps[dm]1$"), QRegularExpression::CaseInsensitiveOption));
        Module found = Module::None;
        if (sameText(module, QStringLiteral("Lync")))
            found = Module::Lync;
        else if (sameText(module, QStringLiteral("SkypeForBusiness")))
            found = Module::SkypeForBusiness;
        // The fault can strike Import-Module too (a server without the admin tools): it fails as a missing
        // module.
        if (found != Module::None) {
            const QJsonObject reply = m_client.request({{QStringLiteral("cmd"), QStringLiteral("lync-get")},
                                                        {QStringLiteral("cmdlet"), importModuleName}});
            if (reply.value(QLatin1String("error")).toString() == u"fault") {
                found = Module::None;
            } else if (!reply.value(QLatin1String("ok")).toBool()) {
                reportLabFailure(reply, importModuleName, importModuleType, statement);
                ok = false;
                continue;
            }
        }
        if (found == Module::None) {
            writeError(
                PowerShellErrorRecord::command(importModuleName,
                                               QStringLiteral("The specified module '%1' was not loaded "
                                                              "because no valid module file was found in any "
                                                              "module directory.")
                                                   .arg(name),
                                               statement.extent)
                    .category(QStringLiteral("ResourceUnavailable"), QStringLiteral("FileNotFoundException"))
                    .target(name, QStringLiteral("String"))
                    .activity(importModuleName)
                    .errorId(QStringLiteral("Modules_ModuleNotFound,") + importModuleType));
            ok = false;
            continue;
        }
        m_module = found;
    }
    return ok;
}

bool LyncShell::getService(const PowerShellStatement& statement)
{
    CmdletBinder binder(
        getServiceName, getServiceType,
        {{QStringLiteral("Identity"), false, 0, xdsIdentityType},
         {QStringLiteral("PersistentChatServer"), true},
         {QStringLiteral("PoolFqdn"), false, -1, QStringLiteral("Microsoft.Rtc.Management.Deploy.Fqdn")},
         {QStringLiteral("LocalStore"), true}});
    if (!binder.bind(statement)) {
        writeError(*binder.error());
        return false;
    }
    QString identity;
    if (binder.has(QStringLiteral("Identity")) &&
        !stringArgument(binder, QStringLiteral("Identity"), xdsIdentityType, &identity))
        return false;
    QString poolFqdn;
    if (binder.has(QStringLiteral("PoolFqdn")) &&
        !stringArgument(binder, QStringLiteral("PoolFqdn"),
                        QStringLiteral("Microsoft.Rtc.Management.Deploy.Fqdn"), &poolFqdn))
        return false;
    const auto reply = requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, getServiceName,
                                  getServiceType, statement);
    if (!reply)
        return false;
    const QJsonObject pool = reply->value(QLatin1String("pool")).toObject();
    const QString fqdn = pool.value(QLatin1String("fqdn")).toString();
    if (!identity.isEmpty() && !isPoolIdentity(identity, fqdn)) {
        writeError(notFound(getServiceName, getServiceType, identity, statement));
        return false;
    }
    if (!poolFqdn.isEmpty() && !sameText(poolFqdn, fqdn))
        return true;
    const QJsonArray servers = pool.value(QLatin1String("servers")).toArray();
    const QString site = servers.isEmpty()
                             ? QString()
                             : servers.first().toObject().value(QLatin1String("dataCenter")).toString();
    writeObjects({{
        {QStringLiteral("Identity"), pool.value(QLatin1String("identity")).toString()},
        {QStringLiteral("PersistentChatPort"), QStringLiteral("5041")},
        {QStringLiteral("ServiceId"), QStringLiteral("1-PersistentChatServer-1")},
        {QStringLiteral("SiteId"), QStringLiteral("Site:") + site},
        {QStringLiteral("PoolFqdn"), fqdn},
        // Lync Server 2013 services report version 6, Skype for Business Server 2015 version 7.
        {QStringLiteral("Version"),
         m_module == Module::SkypeForBusiness ? QStringLiteral("7") : QStringLiteral("6")},
        {QStringLiteral("Role"), QStringLiteral("PersistentChatServer")},
    }});
    return true;
}

bool LyncShell::getState(const PowerShellStatement& statement)
{
    CmdletBinder binder(getStateName, getStateType,
                        {{QStringLiteral("Identity"), false, 0, xdsIdentityType},
                         {QStringLiteral("Filter"), false},
                         {QStringLiteral("LocalStore"), true}});
    if (!binder.bind(statement)) {
        writeError(*binder.error());
        return false;
    }
    if (binder.has(QStringLiteral("Identity")) && binder.has(QStringLiteral("Filter"))) {
        writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    QString identity;
    if (binder.has(QStringLiteral("Identity")) &&
        !stringArgument(binder, QStringLiteral("Identity"), xdsIdentityType, &identity))
        return false;
    QString filter;
    if (binder.has(QStringLiteral("Filter")) &&
        !stringArgument(binder, QStringLiteral("Filter"), QStringLiteral("System.String"), &filter))
        return false;
    const auto reply = requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, getStateName,
                                  getStateType, statement);
    if (!reply)
        return false;
    const QJsonObject pool = reply->value(QLatin1String("pool")).toObject();
    const QString poolIdentity = pool.value(QLatin1String("identity")).toString();
    if (!identity.isEmpty() && !isPoolIdentity(identity, pool.value(QLatin1String("fqdn")).toString())) {
        writeError(notFound(getStateName, getStateType, identity, statement));
        return false;
    }
    if (!filter.isEmpty()) {
        const QRegularExpression pattern(wildcardPattern(filter), QRegularExpression::CaseInsensitiveOption);
        if (!pattern.match(poolIdentity).hasMatch())
            return true;
    }
    writeObjects({{{QStringLiteral("Identity"), poolIdentity},
                   {QStringLiteral("PoolState"), pool.value(QLatin1String("state")).toString()}}});
    return true;
}

bool LyncShell::setState(const PowerShellStatement& statement)
{
    CmdletBinder binder(
        setStateName, setStateType,
        {{QStringLiteral("Identity"), false, 0, xdsIdentityType},
         {QStringLiteral("Instance"), false, -1, QStringLiteral("System.Management.Automation.PSObject")},
         {QStringLiteral("PoolState"), false, -1, poolStateType},
         {QStringLiteral("Confirm"), true},
         {QStringLiteral("Force"), true},
         {QStringLiteral("WhatIf"), true}});
    if (!binder.bind(statement)) {
        writeError(*binder.error());
        return false;
    }
    if (binder.has(QStringLiteral("Identity")) && binder.has(QStringLiteral("Instance"))) {
        writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    if (binder.has(QStringLiteral("Instance"))) {
        // -Instance takes an object from Get-CsPersistentChatState; the lab shell has no variables to hold
        // one.
        writeError(binder.bindingError(
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
        !stringArgument(binder, QStringLiteral("Identity"), xdsIdentityType, &identity))
        return false;
    QString state;
    if (binder.has(QStringLiteral("PoolState"))) {
        QString given;
        if (!stringArgument(binder, QStringLiteral("PoolState"), poolStateType, &given))
            return false;
        for (const QString& known : {QStringLiteral("Normal"), QStringLiteral("FailedOver")}) {
            if (sameText(given, known))
                state = known;
        }
        if (state.isEmpty()) {
            writeError(binder.bindingError(
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
    const auto reply = requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, setStateName,
                                  setStateType, statement);
    if (!reply)
        return false;
    const QJsonObject pool = reply->value(QLatin1String("pool")).toObject();
    if (!isPoolIdentity(identity, pool.value(QLatin1String("fqdn")).toString())) {
        writeError(notFound(setStateName, setStateType, identity, statement));
        return false;
    }
    if (binder.isOn(QStringLiteral("WhatIf"))) {
        m_out << QStringLiteral("What if: Performing the operation \"%1\" on target \"%2\".\n")
                     .arg(setStateName, pool.value(QLatin1String("identity")).toString());
        m_out.flush();
        return true;
    }
    if (state.isEmpty())
        return true;
    return requestLab(
               {{QStringLiteral("cmd"), QStringLiteral("lync-set-state")}, {QStringLiteral("state"), state}},
               setStateName, setStateType, statement)
        .has_value();
}

bool LyncShell::setActiveServers(const PowerShellStatement& statement)
{
    CmdletBinder binder(setActiveName, setActiveType,
                        {{QStringLiteral("Identity"), false, 0,
                          QStringLiteral("Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity")},
                         {QStringLiteral("ActiveServers"), false, -1, listModifierType},
                         {QStringLiteral("Swap"), true},
                         {QStringLiteral("Confirm"), true},
                         {QStringLiteral("Force"), true},
                         {QStringLiteral("WhatIf"), true}});
    if (!binder.bind(statement)) {
        writeError(*binder.error());
        return false;
    }
    const bool hasServers = binder.has(QStringLiteral("ActiveServers"));
    const bool hasSwap = binder.has(QStringLiteral("Swap"));
    if (hasServers == hasSwap) {
        writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    QString identity = QStringLiteral("Global");
    if (binder.has(QStringLiteral("Identity")) &&
        !stringArgument(binder, QStringLiteral("Identity"),
                        QStringLiteral("Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity"), &identity))
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
                flattenStrings(servers.items[size_t(i)], &names);
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
                writeError(binder.bindingError(
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
            flattenStrings(servers, &names);
            request.insert(QStringLiteral("replace"), jsonArray(names));
        }
    }

    const auto reply = requestLab({{QStringLiteral("cmd"), QStringLiteral("lync-get")}}, setActiveName,
                                  setActiveType, statement);
    if (!reply)
        return false;
    if (!isCollectionIdentity(identity)) {
        writeError(notFound(setActiveName, setActiveType, identity, statement));
        return false;
    }
    if (binder.isOn(QStringLiteral("WhatIf"))) {
        m_out << QStringLiteral("What if: Performing the operation \"%1\" on target \"%2\".\n")
                     .arg(setActiveName, identity);
        m_out.flush();
        return true;
    }
    return requestLab(request, setActiveName, setActiveType, statement).has_value();
}

} // namespace pchatlab
