// The T-SQL of failover step 3 for a DBA to run by hand (--export-script): one batch that finds the log
// backups on the server itself, reads their headers and restores those the database lacks, in LSN order.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class LogChainScript
{
public:
    // Lists the folders with xp_dirtree (the first listed wins for a name found twice), keeps the database's
    // <database>_*.trn files in name order (the backup job's UTC time), reads each one's RESTORE HEADERONLY
    // with INSERT ... EXEC in the column set of the server's version, and for each log backup set: skips it
    // when LastLSN <= the redo point (applied already, SQL Server's 4326), stops with the missing LSN range
    // when FirstLSN > the redo point (a gap, SQL Server's 4305), else RESTORE LOG ... WITH FILE = n,
    // NORECOVERY and stops when it fails (IF @@ERROR, so that SQL Server's own messages reach the DBA: in a
    // TRY block they would not). Empty without a folder.
    static QString applyLogBackups(const QString& database, const QStringList& folders, int statsPercent);
    // RESTORE HEADERONLY's columns up to SQL Server 2022 as a table variable's definition, and the names the
    // server of the given major version returns (52 for 2008 R2, 53 for 2012, 56 for 2014 to 2019, 59).
    static QString headerColumnDefinitions();
    static QStringList headerColumns(int majorVersion);
};

} // namespace pchat
