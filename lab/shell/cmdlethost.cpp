#include "lab/shell/cmdlethost.h"

#include "lab/shell/shellclient.h"

#include <QThread>

namespace pchatlab {

CmdletHost::CmdletHost(ShellClient& client, QTextStream& out, QTextStream& err)
    : m_client(client)
    , m_out(out)
    , m_err(err)
{
}

bool CmdletHost::sameText(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The XdsIdentity forms of the pool's service: "PersistentChatServer:<fqdn>" as Get-CsService shows it and
void CmdletHost::flattenStrings(const PowerShellValue& value, QStringList* out)
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
void CmdletHost::writeError(const PowerShellErrorRecord& record)
{
    m_hadError = true;
    m_err << record.format(m_line);
    m_err.flush();
}

bool CmdletHost::bind(CmdletBinder& binder, const PowerShellStatement& statement)
{
    if (binder.bind(statement))
        return true;
    writeError(*binder.error());
    return false;
}

void CmdletHost::writeObjects(const QList<Properties>& objects)
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

bool CmdletHost::stringArgument(const CmdletBinder& binder, const QString& parameter, const QString& typeName,
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

std::optional<QJsonObject> CmdletHost::requestLab(QJsonObject request, const QString& cmdlet,
                                                  const QString& errorIdSuffix,
                                                  const PowerShellStatement& statement)
{
    request.insert(QStringLiteral("cmdlet"), cmdlet);
    const QJsonObject reply = m_client.request(request);
    if (reply.value(QLatin1String("ok")).toBool())
        return reply;
    if (reply.value(QLatin1String("error")).toString() == u"hangs")
        hang();
    reportLabFailure(reply, cmdlet, errorIdSuffix, statement);
    return std::nullopt;
}

void CmdletHost::hang()
{
    // What the cmdlets before wrote is out already, as from a console host.
    m_out.flush();
    m_err.flush();
    // As a cmdlet waits on a Central Management Store that accepts the connection and never answers: no
    // output, no prompt, until the caller's timeout kills the shell. Ten minutes at most, so that a shell
    // nobody kills does not stay behind.
    QThread::sleep(600);
}

void CmdletHost::reportLabFailure(const QJsonObject& reply, const QString& cmdlet,
                                  const QString& errorIdSuffix, const PowerShellStatement& statement)
{
    const QString error = reply.value(QLatin1String("error")).toString();
    if (error == u"hangs") {
        writeError(
            PowerShellErrorRecord::command(cmdlet,
                                           QStringLiteral("Command execution failed: The operation has "
                                                          "timed out."),
                                           statement.extent)
                .category(QStringLiteral("OperationTimeout"), QStringLiteral("TimeoutException"))
                .activity(cmdlet)
                .errorId(QStringLiteral("CmsTimeout,") + errorIdSuffix));
    } else if (error == u"fault") {
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

PowerShellErrorRecord CmdletHost::notFound(const QString& cmdlet, const QString& errorIdSuffix,
                                           const QString& identity,
                                           const PowerShellStatement& statement) const
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
} // namespace pchatlab
