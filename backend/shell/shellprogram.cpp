#include "shellprogram.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pchat {

QString ShellProgram::windowsPowerShell(const QString& systemRoot)
{
    // Spelled with backslashes on every system: it is a Windows path, also where the tests run on Linux.
    QString root = systemRoot;
    root.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (root.endsWith(QLatin1Char('\\')))
        root.chop(1);
    return root + QStringLiteral("\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
}

QString ShellProgram::resolve(const QString& program)
{
    const QString trimmed = program.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (QDir::isAbsolutePath(trimmed))
        return QDir::toNativeSeparators(trimmed);
    // A relative path with a folder would be resolved against whatever the current folder is.
    if (trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char('\\')))
        return {};
#ifdef Q_OS_WIN
    if (trimmed.compare(QLatin1String("powershell"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QLatin1String("powershell.exe"), Qt::CaseInsensitive) == 0) {
        const QString systemRoot = qEnvironmentVariable("SystemRoot", QStringLiteral("C:\\Windows"));
        const QString path = windowsPowerShell(systemRoot);
        return QFileInfo(path).isFile() ? path : QString();
    }
#endif
    // CreateProcess would look in the program's and the current folder first; the PATH alone is searched
    // here.
    return QDir::toNativeSeparators(QStandardPaths::findExecutable(trimmed));
}

} // namespace pchat
