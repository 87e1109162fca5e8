#include "backupheader.h"

#include "resultvalues.h"

namespace pchat {

BackupSetInfos BackupHeader::parse(const StatementResult& rows)
{
    BackupSetInfos sets;
    for (int row = 0; row < rows.rows.size(); ++row) {
        const auto value = [&rows, row](const char* column) {
            return rows.value(row, QString::fromLatin1(column));
        };
        BackupSetInfo set;
        set.name = ResultValues::text(value("BackupName"));
        set.description = ResultValues::text(value("BackupDescription"));
        set.type = int(ResultValues::integer(value("BackupType")));
        set.typeDescription = ResultValues::text(value("BackupTypeDescription"));
        set.databaseName = ResultValues::text(value("DatabaseName"));
        set.serverName = ResultValues::text(value("ServerName"));
        set.position = int(ResultValues::integer(value("Position")));
        set.startDate = ResultValues::dateTime(value("BackupStartDate"));
        set.finishDate = ResultValues::dateTime(value("BackupFinishDate"));
        set.sizeBytes = ResultValues::integer(value("BackupSize"));
        set.firstLsn = ResultValues::text(value("FirstLSN"));
        set.lastLsn = ResultValues::text(value("LastLSN"));
        set.recoveryModel = ResultValues::text(value("RecoveryModel"));
        set.copyOnly = ResultValues::flag(value("IsCopyOnly"));
        set.hasChecksums = ResultValues::flag(value("HasBackupChecksums"));
        sets << set;
    }
    return sets;
}

} // namespace pchat
