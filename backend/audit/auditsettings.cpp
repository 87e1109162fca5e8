#include "auditsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace pchat {

namespace {
const QString rootKey = QStringLiteral("audit/root");
}

QString AuditSettings::root(const QString& commandLineRoot)
{
    if (!commandLineRoot.isEmpty())
        return QDir(commandLineRoot).absolutePath();
    const QString saved = savedRoot();
    return saved.isEmpty() ? defaultRoot() : saved;
}

QString AuditSettings::savedRoot()
{
    return QSettings().value(rootKey).toString();
}

void AuditSettings::saveRoot(const QString& root)
{
    QSettings().setValue(rootKey, root);
}

QString AuditSettings::defaultRoot()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("Failback audit"));
}

} // namespace pchat
