#include "privatefiles.h"

#include <QFile>

namespace pchat {

namespace {

bool restrict(const QString& path, QFileDevice::Permissions permissions)
{
#ifdef Q_OS_WIN
    // QFile::setPermissions only toggles the read-only attribute on Windows; the profile's ACL protects the
    // folder.
    Q_UNUSED(path)
    Q_UNUSED(permissions)
    return true;
#else
    // Set after creation, so that a permissive umask cannot widen what was asked for.
    return QFile::setPermissions(path, permissions);
#endif
}

} // namespace

bool PrivateFiles::restrictFolder(const QString& path)
{
    return restrict(path, folderPermissions);
}

bool PrivateFiles::restrictFile(const QString& path)
{
    return restrict(path, filePermissions);
}

} // namespace pchat
