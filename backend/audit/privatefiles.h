// Keeps a run folder and its files to the operator's account: folders 0700 and files 0600 on Unix, whatever
// the umask; on Windows the folder lies in the user's profile, whose ACL already does the same.
#pragma once

#include <QFileDevice>
#include <QString>

namespace pchat {

class PrivateFiles
{
public:
    static constexpr QFileDevice::Permissions folderPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr QFileDevice::Permissions filePermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // false when the mode could not be set (the caller reports it like any other failed write).
    static bool restrictFolder(const QString& path);
    static bool restrictFile(const QString& path);
};

} // namespace pchat
