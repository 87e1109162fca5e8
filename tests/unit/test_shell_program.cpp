// The shell program is found by a full path, never in the current folder.
#include "backend/shell/shellprogram.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pchat;

namespace {

#ifdef Q_OS_WIN
const QString shellFile = QStringLiteral("labshell.exe");
#else
const QString shellFile = QStringLiteral("labshell");
#endif

QString makeProgram(const QString& folder)
{
    const QString path = folder + QLatin1Char('/') + shellFile;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("#!/bin/sh\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Runs body with the current folder and PATH set, and puts both back.
template <typename Body> void withFolderAndPath(const QString& folder, const QByteArray& path, Body body)
{
    const QString oldFolder = QDir::currentPath();
    const QByteArray oldPath = qgetenv("PATH");
    QDir::setCurrent(folder);
    qputenv("PATH", path);
    body();
    qputenv("PATH", oldPath);
    QDir::setCurrent(oldFolder);
}

} // namespace

TEST(ShellProgram, NeverTakesAProgramFromTheCurrentFolder)
{
    QTemporaryDir here;
    QTemporaryDir elsewhere;
    makeProgram(here.path());
    withFolderAndPath(here.path(), QFile::encodeName(QDir::toNativeSeparators(elsewhere.path())),
                      [] { EXPECT_EQ(ShellProgram::resolve(shellFile), QString()); });
}

TEST(ShellProgram, FindsABareNameOnThePathByItsFullPath)
{
    QTemporaryDir onPath;
    const QString program = makeProgram(onPath.path());
    QTemporaryDir here;
    withFolderAndPath(here.path(), QFile::encodeName(QDir::toNativeSeparators(onPath.path())), [&] {
        EXPECT_EQ(QDir::fromNativeSeparators(ShellProgram::resolve(shellFile)), program);
    });
}

TEST(ShellProgram, RefusesARelativePathWithAFolderAndKeepsAnAbsoluteOne)
{
    EXPECT_EQ(ShellProgram::resolve(QStringLiteral("tools/") + shellFile), QString());
    EXPECT_EQ(ShellProgram::resolve(QStringLiteral("..\\") + shellFile), QString());
    EXPECT_EQ(ShellProgram::resolve(QString()), QString());
    QTemporaryDir folder;
    const QString program = makeProgram(folder.path());
    EXPECT_EQ(ShellProgram::resolve(program), QDir::toNativeSeparators(program));
}

TEST(ShellProgram, WindowsPowerShellLivesUnderSystemRoot)
{
    const QString expected = QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
    EXPECT_EQ(ShellProgram::windowsPowerShell(QStringLiteral("C:\\Windows")), expected);
    EXPECT_EQ(ShellProgram::windowsPowerShell(QStringLiteral("C:/Windows/")), expected);
#ifdef Q_OS_WIN
    // Under Windows (and Wine, which ships no Windows PowerShell) the bare name never comes from the PATH or
    // the current folder: it is the system's copy or nothing.
    const QString resolved = ShellProgram::resolve(QStringLiteral("PowerShell.exe"));
    const QString system = ShellProgram::windowsPowerShell(qEnvironmentVariable("SystemRoot"));
    EXPECT_TRUE(resolved.isEmpty() || resolved == system) << resolved.toStdString();
#endif
}
