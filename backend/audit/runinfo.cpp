#include "runinfo.h"

#include <iterator>
#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#ifndef SECURITY_WIN32
#define SECURITY_WIN32
#endif
#include <windows.h>
// secext.h (GetUserNameExW) needs the types windows.h declares, so it comes after it.
#include <secext.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace pchat {

namespace {

// The account this process runs as, asked of the operating system: a service or scheduled task often starts
// without USER/USERNAME, and the journal must still say who acted.
QString systemAccount()
{
#ifdef Q_OS_WIN
    wchar_t buffer[512];
    ULONG size = ULONG(std::size(buffer));
    // DOMAIN\user, as the change ticket and Active Directory name the account.
    if (GetUserNameExW(NameSamCompatible, buffer, &size) && size > 0)
        return QString::fromWCharArray(buffer, int(size));
    DWORD plainSize = DWORD(std::size(buffer));
    if (GetUserNameW(buffer, &plainSize) && plainSize > 1)
        return QString::fromWCharArray(buffer, int(plainSize - 1)); // plainSize counts the terminating 0
    return {};
#else
    const uid_t uid = ::geteuid();
    if (const passwd* entry = ::getpwuid(uid); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    // An account without a passwd entry (a container's arbitrary uid) is still someone.
    return QStringLiteral("uid %1").arg(uid);
#endif
}

} // namespace

QString RunInfo::currentOperator()
{
    QString name =
        qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")));
    if (name.trimmed().isEmpty())
        return systemAccount();
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    if (!domain.isEmpty())
        name = domain + u'\\' + name;
    return name;
}

RunInfo RunInfo::current()
{
    RunInfo info;
    info.operatorName = currentOperator();
    info.host = QSysInfo::machineHostName();
    info.version = QCoreApplication::applicationVersion();
    return info;
}

} // namespace pchat
