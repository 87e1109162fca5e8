#include "recoverypoint.h"

#include "backend/sql/lsn.h"
#include "backend/sql/statementresult.h"
#include "resultvalues.h"

#include <QLocale>

namespace pchat {

namespace {

constexpr int logBackupType = 2;

} // namespace

LogBackupFile RecoveryPoint::fromRows(const StatementResult& rows)
{
    LogBackupFile last;
    if (rows.rows.isEmpty())
        return last;
    last.path = ResultValues::text(rows.value(0, QStringLiteral("physical_device_name")));
    last.set.type = logBackupType;
    last.set.firstLsn = ResultValues::text(rows.value(0, QStringLiteral("first_lsn")));
    last.set.lastLsn = ResultValues::text(rows.value(0, QStringLiteral("last_lsn")));
    last.set.finishDate = ResultValues::dateTime(rows.value(0, QStringLiteral("backup_finish_date")));
    return last;
}

QString RecoveryPoint::describe(const LogBackupFile& last, const QString& database)
{
    if (last.path.isEmpty())
        return tr("unknown (msdb records no log restore of %1)").arg(database);
    return tr("%1, taken until %2 (LSN %3)")
        .arg(last.path, QLocale().toString(last.set.finishDate.toLocalTime(), QLocale::ShortFormat),
             Lsn::normalized(last.set.lastLsn));
}

} // namespace pchat
