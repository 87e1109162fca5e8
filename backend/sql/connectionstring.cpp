#include "connectionstring.h"

#include <QStringList>

namespace pchat {

bool ConnectionString::isFreeTds(const QString& driver)
{
    return driver.contains(QStringLiteral("FreeTDS"), Qt::CaseInsensitive) ||
           driver.contains(QStringLiteral("libtdsodbc"), Qt::CaseInsensitive);
}

QString ConnectionString::quoteValue(const QString& value)
{
    const bool needsBraces = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('{')) ||
                             value.contains(QLatin1Char('}')) || value.contains(QLatin1Char('=')) ||
                             value.trimmed() != value;
    if (!needsBraces)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('}'), QStringLiteral("}}"));
    return QLatin1Char('{') + escaped + QLatin1Char('}');
}

QString ConnectionString::build(const InstanceSettings& instance, const QString& database)
{
    return build(instance, database, instance.password);
}

QString ConnectionString::redacted(const InstanceSettings& instance, const QString& database)
{
    return build(instance, database, instance.password.isEmpty() ? QString() : QStringLiteral("***"));
}

QString ConnectionString::build(const InstanceSettings& instance, const QString& database,
                                const QString& password)
{
    QStringList parts;
    const auto add = [&parts](const char* key, const QString& value) {
        parts << QLatin1String(key) + QLatin1Char('=') + quoteValue(value);
    };
    parts << QStringLiteral("DRIVER={%1}")
                 .arg(QString(instance.odbcDriver).replace(QLatin1Char('}'), QStringLiteral("}}")));

    const QString address = instance.connectAddress();
    const qsizetype comma = address.lastIndexOf(QLatin1Char(','));
    if (isFreeTds(instance.odbcDriver)) {
        // FreeTDS takes the port as a key of its own; host\instance it resolves through SQL Browser.
        if (comma > 0) {
            add("Server", address.left(comma).trimmed());
            add("Port", address.mid(comma + 1).trimmed());
        } else {
            add("Server", address);
        }
        add("TDS_Version", QStringLiteral("7.4"));
        // FreeTDS has no strict mode: require is its strongest setting.
        add("Encryption", instance.encryption == Encryption::Optional ? QStringLiteral("request")
                                                                      : QStringLiteral("require"));
        add("ClientCharset", QStringLiteral("UTF-8"));
    } else {
        add("Server", address);
        add("Encrypt", instance.encryption == Encryption::Optional    ? QStringLiteral("no")
                       : instance.encryption == Encryption::Mandatory ? QStringLiteral("yes")
                                                                      : QStringLiteral("strict"));
        add("TrustServerCertificate",
            instance.trustServerCertificate ? QStringLiteral("yes") : QStringLiteral("no"));
        add("APP", QStringLiteral("pchat-failback"));
    }
    add("Database", database);
    if (instance.authentication == Authentication::Windows) {
        add("Trusted_Connection", QStringLiteral("yes"));
    } else {
        add("UID", instance.login);
        add("PWD", password);
    }
    // The closing ';' matters: Qt 6.4 passes the string's terminating NUL in its length, and FreeTDS would
    // keep that NUL as part of the last value.
    return parts.join(QLatin1Char(';')) + QLatin1Char(';');
}

} // namespace pchat
