#include "logbackupnames.h"

#include <algorithm>
#include <QSet>
#include <QTimeZone>

namespace pchat {

namespace {

constexpr qsizetype stampLength = 14;

// The yyyyMMddHHmmss part, or an empty string when the name is not <database>_<stamp>.trn.
QString stampOf(const QString& database, const QString& fileName)
{
    const QString prefix = database + u'_';
    const QString suffix = QStringLiteral(".trn");
    if (fileName.size() != prefix.size() + stampLength + suffix.size() ||
        !fileName.startsWith(prefix, Qt::CaseInsensitive) ||
        !fileName.endsWith(suffix, Qt::CaseInsensitive)) {
        return {};
    }
    const QString stamp = fileName.mid(prefix.size(), stampLength);
    const bool digits =
        std::all_of(stamp.begin(), stamp.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return digits ? stamp : QString();
}

} // namespace

bool LogBackupNames::isLogBackupOf(const QString& database, const QString& fileName)
{
    return backupTime(database, fileName).isValid();
}

QDateTime LogBackupNames::backupTime(const QString& database, const QString& fileName)
{
    const QString stamp = stampOf(database, fileName);
    if (stamp.isEmpty())
        return {};
    // Date and time apart, then UTC: parsed as one local time, a stamp in a daylight-saving gap (02:30 on
    // the last Sunday of March in Europe) would be invalid.
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(8), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

QStringList LogBackupNames::uncopied(const QString& database, const QStringList& shareNames,
                                     const QStringList& copyFolderNames)
{
    QSet<QString> copied;
    for (const QString& name : copyFolderNames)
        copied.insert(name.toLower());
    QStringList missing;
    for (const QString& name : shareNames) {
        if (isLogBackupOf(database, name) && !copied.contains(name.toLower()) && !missing.contains(name))
            missing << name;
    }
    // Same prefix and a fixed-width stamp: name order is time order.
    std::sort(missing.begin(), missing.end(), [](const QString& a, const QString& b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return missing;
}

} // namespace pchat
