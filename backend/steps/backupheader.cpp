#include "backupheader.h"

#include "backend/sql/statementresult.h"
#include "resultvalues.h"

namespace pchat {

BackupSetInfos BackupHeader::fromRows(const StatementResult& rows)
{
    BackupSetInfos sets;
    for (int row = 0; row < rows.rows.size(); ++row) {
        BackupSetInfo set;
        set.name = ResultValues::text(rows.value(row, QStringLiteral("BackupName")));
        set.description = ResultValues::text(rows.value(row, QStringLiteral("BackupDescription")));
        set.type = int(ResultValues::integer(rows.value(row, QStringLiteral("BackupType"))));
        set.typeDescription = ResultValues::text(rows.value(row, QStringLiteral("BackupTypeDescription")));
        set.databaseName = ResultValues::text(rows.value(row, QStringLiteral("DatabaseName")));
        set.serverName = ResultValues::text(rows.value(row, QStringLiteral("ServerName")));
        set.position = int(ResultValues::integer(rows.value(row, QStringLiteral("Position"))));
        set.startDate = ResultValues::dateTime(rows.value(row, QStringLiteral("BackupStartDate")));
        set.finishDate = ResultValues::dateTime(rows.value(row, QStringLiteral("BackupFinishDate")));
        set.sizeBytes = ResultValues::integer(rows.value(row, QStringLiteral("BackupSize")));
        set.firstLsn = ResultValues::text(rows.value(row, QStringLiteral("FirstLSN")));
        set.lastLsn = ResultValues::text(rows.value(row, QStringLiteral("LastLSN")));
        set.recoveryModel = ResultValues::text(rows.value(row, QStringLiteral("RecoveryModel")));
        set.copyOnly = ResultValues::flag(rows.value(row, QStringLiteral("IsCopyOnly")));
        set.hasChecksums = ResultValues::flag(rows.value(row, QStringLiteral("HasBackupChecksums")));
        sets << set;
    }
    return sets;
}

} // namespace pchat
