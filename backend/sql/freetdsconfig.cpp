#include "freetdsconfig.h"

#include "connectionstring.h"

#include <QDir>
#include <QFile>

namespace pchat {

QStringList FreeTdsConfig::files()
{
    QStringList result;
    if (const QString named = qEnvironmentVariable("FREETDSCONF"); !named.isEmpty())
        result << named;
    result << QDir::home().filePath(QStringLiteral(".freetds.conf"))
           << QStringLiteral("/etc/freetds/freetds.conf") << QStringLiteral("/usr/local/etc/freetds.conf");
    return result;
}

QString FreeTdsConfig::caFile()
{
    for (const QString& path : files()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // FreeTDS reads the first file it finds and no other.
        return caFileIn(QString::fromUtf8(file.readAll()));
    }
    return {};
}

QString FreeTdsConfig::caFileIn(const QString& configText)
{
    bool inGlobal = false;
    for (QString line : configText.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            inGlobal = line.compare(QLatin1String("[global]"), Qt::CaseInsensitive) == 0;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inGlobal || equals < 0)
            continue;
        QString key = line.left(equals).simplified();
        if (key.compare(QLatin1String("ca file"), Qt::CaseInsensitive) == 0)
            return line.mid(equals + 1).trimmed();
    }
    return {};
}

bool FreeTdsConfig::encryptsWithoutVerifying(const InstanceSettings& instance, const QString& caFile)
{
    return ConnectionString::isFreeTds(instance.odbcDriver) && instance.encryption != Encryption::Optional &&
           caFile.isEmpty();
}

} // namespace pchat
