#include "lab/world/simfilesystem.h"

namespace pchatlab {

QString SimFileSystem::normalize(const QString& path)
{
    QString p = path.trimmed();
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (p.size() > 3 && p.endsWith(QLatin1Char('\\')))
        p.chop(1);
    return p;
}

bool SimFileSystem::isUnc(const QString& path)
{
    return path.startsWith(QLatin1String("\\\\"));
}

QString SimFileSystem::key(const QString& host, const QString& path)
{
    const QString p = normalize(path).toLower();
    return isUnc(p) ? p : host.toLower() + QLatin1Char('|') + p;
}

QString SimFileSystem::fileName(const QString& path)
{
    const QString p = normalize(path);
    return p.mid(p.lastIndexOf(QLatin1Char('\\')) + 1);
}

QString SimFileSystem::parentOf(const QString& path)
{
    const QString p = normalize(path);
    // Roots have no parent: "D:\" and "\\server\share".
    if ((p.size() <= 3 && p.size() >= 2 && p[1] == QLatin1Char(':')) ||
        (isUnc(p) && p.count(QLatin1Char('\\')) <= 3))
        return {};
    const qsizetype i = p.lastIndexOf(QLatin1Char('\\'));
    if (i <= 0)
        return {};
    QString parent = p.left(i);
    if (parent.size() == 2 && parent[1] == QLatin1Char(':'))
        parent += QLatin1Char('\\');
    return parent;
}

void SimFileSystem::addFolder(const QString& host, const QString& path, const QHash<QString, QString>& acl)
{
    QHash<QString, QString> lower;
    for (auto it = acl.begin(); it != acl.end(); ++it)
        lower.insert(it.key().toLower(), it.value().toUpper());
    m_folders[key(host, path)] = Folder{isUnc(path) ? QString() : host, normalize(path), lower};
}

bool SimFileSystem::folderExists(const QString& host, const QString& path) const
{
    return m_folders.count(key(host, path)) > 0;
}

int SimFileSystem::check(const QString& host, const QString& account, const QString& path,
                         Access access) const
{
    const QString parent = parentOf(path);
    // A share or drive root has no parent but exists when it was declared.
    if (!folderExists(host, path) && (parent.isEmpty() || !folderExists(host, parent)))
        return 3;
    // An account denied on the shares gets "access denied" for everything there, existing or not.
    const QString acct = account.toLower();
    if (isUnc(normalize(path)) && (access == Access::Read ? m_denyRead : m_denyWrite).contains(acct))
        return 5;
    const bool fileExists = m_files.count(key(host, path)) > 0;
    if (access == Access::Read && !fileExists && !folderExists(host, path))
        return 2;
    // The nearest folder with an ACL decides.
    int depth = 0;
    for (QString f = folderExists(host, path) ? normalize(path) : parent; !f.isEmpty() && depth < 64;
         f = parentOf(f), ++depth) {
        auto it = m_folders.find(key(host, f));
        if (it == m_folders.end() || it->second.acl.isEmpty())
            continue;
        QString rights = it->second.acl.value(acct);
        if (rights.isEmpty())
            rights = it->second.acl.value(QStringLiteral("*"));
        const bool ok =
            access == Access::Read ? rights.contains(QLatin1Char('R')) : rights.contains(QLatin1Char('W'));
        return ok ? 0 : 5;
    }
    return 0;
}

SimFile* SimFileSystem::file(const QString& host, const QString& path)
{
    auto it = m_files.find(key(host, path));
    return it == m_files.end() ? nullptr : &it->second;
}

SimFile& SimFileSystem::createFile(const QString& host, const QString& path)
{
    SimFile& f = m_files[key(host, path)];
    f.host = isUnc(normalize(path)) ? QString() : host;
    f.path = normalize(path);
    f.modified = QDateTime::currentDateTimeUtc();
    return f;
}

void SimFileSystem::removeFile(const QString& host, const QString& path)
{
    m_files.erase(key(host, path));
}

QStringList SimFileSystem::list(const QString& host, const QString& folder) const
{
    const QString prefix = key(host, folder) + QLatin1Char('\\');
    QStringList out;
    for (const auto& [k, f] : m_files) {
        if (k.startsWith(prefix) && !k.mid(prefix.size()).contains(QLatin1Char('\\')))
            out.append(fileName(f.path));
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void SimFileSystem::denyShareAccess(const QString& account, Access access)
{
    (access == Access::Read ? m_denyRead : m_denyWrite).insert(account.toLower());
}

void SimFileSystem::clearDenials()
{
    m_denyRead.clear();
    m_denyWrite.clear();
}

void SimFileSystem::setHidden(const QStringList& paths)
{
    // A file written since it was hidden keeps its place.
    for (auto& [k, f] : m_hidden)
        m_files.emplace(k, f);
    m_hidden.clear();
    for (const QString& path : paths) {
        const auto it = m_files.find(key(QString(), path));
        if (it == m_files.end())
            continue;
        m_hidden.insert(*it);
        m_files.erase(it);
    }
}

QString SimFileSystem::osErrorText(int code)
{
    switch (code) {
    case 2:
        return QStringLiteral("2(The system cannot find the file specified.)");
    case 3:
        return QStringLiteral("3(The system cannot find the path specified.)");
    case 5:
        return QStringLiteral("5(Access is denied.)");
    case 32:
        return QStringLiteral(
            "32(The process cannot access the file because it is being used by another process.)");
    case 112:
        return QStringLiteral("112(There is not enough space on the disk.)");
    }
    return QString::number(code);
}

} // namespace pchatlab
