#include "secretenvironment.h"

#include <QHash>

namespace pchat {

namespace {

QHash<QString, QString>& taken()
{
    static QHash<QString, QString> values;
    return values;
}

} // namespace

QStringList SecretEnvironment::names()
{
    return {QStringLiteral("PCHAT_BACKUP_PASSWORD"), QStringLiteral("PCHAT_PRIMARY_PASSWORD")};
}

void SecretEnvironment::take()
{
    for (const QString& name : names()) {
        const QByteArray variable = name.toLatin1();
        if (!qEnvironmentVariableIsSet(variable.constData()))
            continue;
        taken().insert(name, qEnvironmentVariable(variable.constData()));
        // Both the C runtime's copy and (on Windows) the process environment block that CreateProcess copies.
        qunsetenv(variable.constData());
    }
}

QString SecretEnvironment::value(const QString& name)
{
    return taken().value(name);
}

} // namespace pchat
