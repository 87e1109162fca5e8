#include "lab/shell/mirrordatabasecmdlets.h"

#include "lab/shell/shellclient.h"

#include <QJsonArray>

namespace pchatlab {

namespace {

const QString installName = QStringLiteral("Install-CsMirrorDatabase");
const QString getStateName = QStringLiteral("Get-CsDatabaseMirrorState");

// The .NET types PowerShell names in FullyQualifiedErrorId. The Lync ones are modelled, not copied.
const QString installType = QStringLiteral("Microsoft.Rtc.Management.Deployment.InstallMirrorDatabaseCmdlet");
const QString getStateType =
    QStringLiteral("Microsoft.Rtc.Management.Deployment.GetDatabaseMirrorStateCmdlet");
const QString fqdnType = QStringLiteral("Microsoft.Rtc.Management.Deploy.Fqdn");
const QString databaseTypeType = QStringLiteral("Microsoft.Rtc.Management.Deployment.DatabaseNameType");

// The values of the enumeration that the lab names in a conversion error; it models the two Persistent
// Chat ones.
const QStringList databaseTypes = {QStringLiteral("User"),
                                   QStringLiteral("Application"),
                                   QStringLiteral("CentralMgmt"),
                                   QStringLiteral("Archiving"),
                                   QStringLiteral("Monitoring"),
                                   QStringLiteral("PersistentChat"),
                                   QStringLiteral("PersistentChatCompliance")};

// What the cmdlet says when the lab refuses (Lync's texts are not published: these say what the
// deployment cmdlets say in substance).
QString refusalText(const QString& error, const QString& subject)
{
    if (error == u"sql-unreachable")
        return QStringLiteral(
                   "Command execution failed: Cannot connect to SQL Server \"%1\". Verify that the "
                   "SQL Server service is running, that the firewall allows connections to it, "
                   "and that you have administrative rights on that SQL Server.")
            .arg(subject);
    if (error == u"share-unreachable")
        return QStringLiteral(
                   "Command execution failed: Cannot access the file share \"%1\". Verify that the "
                   "share exists and that the SQL Server service accounts of the primary and the "
                   "mirror have read and write permissions on it.")
            .arg(subject);
    if (error == u"exists-on-mirror")
        return QStringLiteral("Command execution failed: Database %1 already exists. Use "
                              "-DropExistingDatabasesOnMirror to replace it.")
            .arg(subject);
    if (error == u"database-not-found")
        return QStringLiteral("Command execution failed: Database %1 does not exist or is not online.")
            .arg(subject);
    if (error == u"no-mirror-in-topology")
        return QStringLiteral("Command execution failed: The topology defines no mirror SQL Server for "
                              "\"%1\". Define the mirror in Topology Builder and publish the topology.")
            .arg(subject);
    if (error == u"mirrored-elsewhere")
        return QStringLiteral("Command execution failed: The database is already mirrored to \"%1\". Remove "
                              "that mirroring first (Uninstall-CsMirrorDatabase).")
            .arg(subject);
    if (error == u"pool-not-found")
        return QStringLiteral("Command execution failed: Pool \"%1\" is not defined in the topology.")
            .arg(subject);
    return {};
}

} // namespace

QString MirrorDatabaseCmdlets::canonicalName(const QString& name)
{
    for (const QString* known : {&installName, &getStateName}) {
        if (CmdletHost::sameText(name, *known))
            return *known;
    }
    return {};
}

bool MirrorDatabaseCmdlets::run(const QString& canonical, const PowerShellStatement& statement)
{
    return canonical == installName ? install(statement) : getState(statement);
}

bool MirrorDatabaseCmdlets::databaseType(const CmdletBinder& binder, const QString& cmdlet,
                                         const QString& errorIdSuffix, QString* value)
{
    QString given;
    if (!m_host.stringArgument(binder, QStringLiteral("DatabaseType"), databaseTypeType, &given))
        return false;
    for (const QString& known : databaseTypes) {
        if (!CmdletHost::sameText(given, known))
            continue;
        if (!known.startsWith(QLatin1String("PersistentChat"))) {
            m_host.writeError(
                PowerShellErrorRecord::command(cmdlet,
                                               QStringLiteral("The lab shell models the database types "
                                                              "PersistentChat and PersistentChatCompliance "
                                                              "only, not '%1'.")
                                                   .arg(known),
                                               binder.extent(QStringLiteral("DatabaseType")))
                    .category(QStringLiteral("NotImplemented"), QStringLiteral("NotSupportedException"))
                    .errorId(QStringLiteral("DatabaseTypeNotModelled,") + errorIdSuffix));
            return false;
        }
        *value = known;
        return true;
    }
    m_host.writeError(binder.bindingError(
        QStringLiteral(
            "Cannot bind parameter 'DatabaseType'. Cannot convert value \"%1\" to type \"%2\". "
            "Error: \"Unable to match the identifier name %1 to a valid enumerator name. Specify one "
            "of the following enumerator names and try again:\n%3\"")
            .arg(given, databaseTypeType, databaseTypes.join(QStringLiteral(", "))),
        QStringLiteral("CannotConvertArgumentNoMessage"), binder.extent(QStringLiteral("DatabaseType"))));
    return false;
}

std::optional<QJsonObject> MirrorDatabaseCmdlets::request(const QJsonObject& request, const QString& cmdlet,
                                                          const QString& errorIdSuffix,
                                                          const PowerShellStatement& statement)
{
    QJsonObject sent = request;
    sent.insert(QStringLiteral("cmdlet"), cmdlet);
    const QJsonObject reply = m_host.client().request(sent);
    if (reply.value(QLatin1String("ok")).toBool())
        return reply;
    const QString subject = reply.value(QLatin1String("subject")).toString();
    const QString text = refusalText(reply.value(QLatin1String("error")).toString(), subject);
    if (text.isEmpty()) {
        m_host.reportLabFailure(reply, cmdlet, errorIdSuffix, statement);
        return std::nullopt;
    }
    m_host.writeError(PowerShellErrorRecord::command(cmdlet, text, statement.extent)
                          .category(QStringLiteral("InvalidOperation"), QStringLiteral("DeploymentException"))
                          .target(subject, QStringLiteral("String"))
                          .activity(cmdlet)
                          .errorId(QStringLiteral("DeploymentFailure,") + errorIdSuffix));
    return std::nullopt;
}

bool MirrorDatabaseCmdlets::install(const PowerShellStatement& statement)
{
    CmdletBinder binder(
        installName, installType,
        {{QStringLiteral("DatabaseType"), false, -1, databaseTypeType},
         {QStringLiteral("FileShare"), false},
         {QStringLiteral("SqlServerFqdn"), false, -1, fqdnType},
         {QStringLiteral("SqlInstanceName"), false},
         {QStringLiteral("DatabasePathMap"), false, -1, QStringLiteral("System.Collections.Hashtable")},
         {QStringLiteral("DropExistingDatabasesOnMirror"), true},
         {QStringLiteral("ExcludeDatabaseList"), false, -1, QStringLiteral("System.String[]")},
         {QStringLiteral("ConfiguredDatabases"), true},
         {QStringLiteral("ForDefaultInstance"), true},
         {QStringLiteral("ForInstance"), true},
         {QStringLiteral("Report"), false},
         {QStringLiteral("Confirm"), true},
         {QStringLiteral("WhatIf"), true}});
    if (!m_host.bind(binder, statement))
        return false;
    const bool byConfigured = binder.has(QStringLiteral("ConfiguredDatabases")) ||
                              binder.has(QStringLiteral("ForDefaultInstance")) ||
                              binder.has(QStringLiteral("ForInstance"));
    if (byConfigured &&
        (binder.has(QStringLiteral("DatabaseType")) || binder.has(QStringLiteral("SqlInstanceName")))) {
        m_host.writeError(binder.ambiguousParameterSet(statement.extent));
        return false;
    }
    if (byConfigured) {
        m_host.writeError(
            PowerShellErrorRecord::command(installName,
                                           QStringLiteral("The lab shell models the ByDatabase parameter set "
                                                          "(-DatabaseType) only."),
                                           statement.extent)
                .category(QStringLiteral("NotImplemented"), QStringLiteral("NotSupportedException"))
                .errorId(QStringLiteral("ParameterSetNotModelled,") + installType));
        return false;
    }
    // powershell.exe -Command cannot prompt: missing mandatory parameters are an error.
    QStringList missing;
    for (const char* mandatory : {"DatabaseType", "FileShare", "SqlServerFqdn"}) {
        if (!binder.has(QLatin1String(mandatory)))
            missing << QLatin1String(mandatory);
    }
    if (!missing.isEmpty()) {
        m_host.writeError(binder.bindingError(
            QStringLiteral("Cannot process command because of one or more missing mandatory parameters: %1.")
                .arg(missing.join(u' ')),
            QStringLiteral("MissingMandatoryParameter"), statement.extent));
        return false;
    }
    QString type;
    QString share;
    QString fqdn;
    QString instanceName;
    if (!databaseType(binder, installName, installType, &type) ||
        !m_host.stringArgument(binder, QStringLiteral("FileShare"), QStringLiteral("System.String"),
                               &share) ||
        !m_host.stringArgument(binder, QStringLiteral("SqlServerFqdn"), fqdnType, &fqdn) ||
        (binder.has(QStringLiteral("SqlInstanceName")) &&
         !m_host.stringArgument(binder, QStringLiteral("SqlInstanceName"), QStringLiteral("System.String"),
                                &instanceName)))
        return false;
    const bool whatIf = binder.isOn(QStringLiteral("WhatIf"));
    const auto reply = request(
        {{QStringLiteral("cmd"), QStringLiteral("lync-mirror-install")},
         {QStringLiteral("databaseType"), type},
         {QStringLiteral("fileShare"), share},
         {QStringLiteral("sqlServerFqdn"), fqdn},
         {QStringLiteral("sqlInstanceName"), instanceName},
         {QStringLiteral("dropExisting"), binder.isOn(QStringLiteral("DropExistingDatabasesOnMirror"))},
         {QStringLiteral("whatIf"), whatIf}},
        installName, installType, statement);
    if (!reply)
        return false;
    if (whatIf) {
        m_host.out() << QStringLiteral("What if: Performing the operation \"%1\" on target \"%2\".\n")
                            .arg(installName, instanceName.isEmpty() ? fqdn : fqdn + u'\\' + instanceName);
        m_host.out().flush();
    }
    return true;
}

bool MirrorDatabaseCmdlets::getState(const PowerShellStatement& statement)
{
    CmdletBinder binder(getStateName, getStateType,
                        {{QStringLiteral("PoolFqdn"), false, -1, fqdnType},
                         {QStringLiteral("DatabaseType"), false, -1, databaseTypeType},
                         {QStringLiteral("LocalStore"), true},
                         {QStringLiteral("Report"), false}});
    if (!m_host.bind(binder, statement))
        return false;
    if (!binder.has(QStringLiteral("PoolFqdn"))) {
        m_host.writeError(binder.bindingError(
            QStringLiteral("Cannot process command because of one or more missing mandatory parameters: "
                           "PoolFqdn."),
            QStringLiteral("MissingMandatoryParameter"), statement.extent));
        return false;
    }
    QString pool;
    QString type;
    if (!m_host.stringArgument(binder, QStringLiteral("PoolFqdn"), fqdnType, &pool) ||
        (binder.has(QStringLiteral("DatabaseType")) &&
         !databaseType(binder, getStateName, getStateType, &type)))
        return false;
    const auto reply = request({{QStringLiteral("cmd"), QStringLiteral("lync-mirror-state")},
                                {QStringLiteral("poolFqdn"), pool},
                                {QStringLiteral("databaseType"), type}},
                               getStateName, getStateType, statement);
    if (!reply)
        return false;
    QList<CmdletHost::Properties> objects;
    for (const QJsonValue& v : reply->value(QLatin1String("databases")).toArray()) {
        const QJsonObject o = v.toObject();
        CmdletHost::Properties properties;
        for (const char* name : {"DatabaseName", "StateOnPrimary", "StateOnMirror",
                                 "MirroringStatusOnPrimary", "MirroringStatusOnSecondary"})
            properties.append({QLatin1String(name), o.value(QLatin1String(name)).toString()});
        objects.append(properties);
    }
    m_host.writeObjects(objects);
    return true;
}

} // namespace pchatlab
