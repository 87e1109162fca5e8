// The simulated file system shared by all instances: UNC shares and per-host local folders, with rights per
// account.
#pragma once

#include "lab/world/backupset.h"

#include <map>
#include <QHash>
#include <QSet>

namespace pchatlab {

class SimFileSystem
{
public:
    enum class Access
    {
        Read,
        Write
    };

    // An empty ACL means every account may read and write (a local folder of the instance).
    void addFolder(const QString& host, const QString& path, const QHash<QString, QString>& acl = {});
    // Operating-system error SQL Server would report for the access: 0 ok, 2 file missing, 3 path missing,
    // 5 access denied.
    int check(const QString& host, const QString& account, const QString& path, Access access) const;
    bool folderExists(const QString& host, const QString& path) const;
    SimFile* file(const QString& host, const QString& path);
    SimFile& createFile(const QString& host, const QString& path);
    void removeFile(const QString& host, const QString& path);
    // File names (not paths) directly inside a folder, sorted.
    QStringList list(const QString& host, const QString& folder) const;

    // Faults: the account loses read or write access on every UNC path.
    void denyShareAccess(const QString& account, Access access);
    void clearDenials();
    // Fault "log-backup-missing": these files (UNC paths) are gone until another call leaves them out; the
    // files hidden before come back.
    void setHidden(const QStringList& paths);

    static QString osErrorText(int code);
    static QString fileName(const QString& path);
    static QString parentOf(const QString& path);

private:
    struct Folder
    {
        QString host;
        QString path;
        QHash<QString, QString> acl; // lower-case account -> "R" or "RW"
    };
    static QString normalize(const QString& path);
    static bool isUnc(const QString& path);
    static QString key(const QString& host, const QString& path);

    std::map<QString, Folder> m_folders;
    std::map<QString, SimFile> m_files;
    std::map<QString, SimFile> m_hidden;
    QSet<QString> m_denyRead;
    QSet<QString> m_denyWrite;
};

} // namespace pchatlab
