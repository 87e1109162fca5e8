#include "freetdsconfig.h"

#include "connectionstring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace pchat {

namespace {

const QString caFileKey = QStringLiteral("freetds/caFile");

// FREETDSCONF as the program found it, before apply() pointed it at the private copy.
struct OriginalConf
{
    bool captured = false;
    bool set = false;
    QByteArray value;
};

OriginalConf& originalConf()
{
    static OriginalConf original;
    if (!original.captured) {
        original.captured = true;
        original.set = qEnvironmentVariableIsSet("FREETDSCONF");
        original.value = qgetenv("FREETDSCONF");
    }
    return original;
}

bool isCaFileLine(const QString& line)
{
    const QString trimmed = line.trimmed();
    const qsizetype equals = trimmed.indexOf(u'=');
    return equals > 0 && !trimmed.startsWith(u';') && !trimmed.startsWith(u'#') &&
           trimmed.left(equals).simplified().compare(QLatin1String("ca file"), Qt::CaseInsensitive) == 0;
}

} // namespace

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

QString FreeTdsConfig::savedCaFile()
{
    return QSettings().value(caFileKey).toString();
}

void FreeTdsConfig::saveCaFile(const QString& path)
{
    if (path.isEmpty())
        QSettings().remove(caFileKey);
    else
        QSettings().setValue(caFileKey, path);
}

QString FreeTdsConfig::withCaFile(const QString& configText, const QString& caFile)
{
    const QString setting = QStringLiteral("\tca file = %1").arg(caFile);
    QStringList lines = configText.split(u'\n');
    qsizetype header = -1;
    bool inGlobal = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(u'[')) {
            inGlobal = trimmed.compare(QLatin1String("[global]"), Qt::CaseInsensitive) == 0;
            if (inGlobal && header < 0)
                header = i;
            continue;
        }
        // The one "ca file" is the one written below; another in [global] would leave FreeTDS the choice.
        if (inGlobal && isCaFileLine(lines.at(i)))
            lines[i] = QStringLiteral(";") + lines.at(i);
    }
    if (header < 0)
        return QStringLiteral("[global]\n%1\n\n%2").arg(setting, configText);
    lines.insert(header + 1, setting);
    return lines.join(u'\n');
}

QString FreeTdsConfig::privateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString FreeTdsConfig::apply(const QString& directory)
{
    OriginalConf& original = originalConf();
    const QString caFile = savedCaFile();
    if (caFile.isEmpty()) {
        if (original.set)
            qputenv("FREETDSCONF", original.value);
        else
            qunsetenv("FREETDSCONF");
        return {};
    }
    // A line break in the path would add lines of its own to the configuration.
    if (caFile.contains(u'\n') || caFile.contains(u'\r'))
        return QCoreApplication::translate("FreeTdsConfig", "The CA file's path contains a line break.");
    // What FreeTDS would read without the private copy: the file the program was started with, else the
    // user's or the system's.
    if (original.set)
        qputenv("FREETDSCONF", original.value);
    else
        qunsetenv("FREETDSCONF");
    QString base;
    for (const QString& path : files()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            base = QString::fromUtf8(file.readAll());
            break;
        }
    }
    QDir().mkpath(directory);
    const QString target = QDir(directory).filePath(QStringLiteral("freetds.conf"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(withCaFile(base, caFile).toUtf8()) < 0 || !out.commit())
        return QCoreApplication::translate("FreeTdsConfig", "%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(target), out.errorString());
    qputenv("FREETDSCONF", QFile::encodeName(target));
    return {};
}

} // namespace pchat
