// What log shipping knew about the backup mgc, as msdb on the secondary holds it: failover step 1 reads it
// before sp_delete_log_shipping_secondary_database makes msdb forget it, for its page and the report.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pchat {

struct LogShippingRecord
{
    // False until a log_shipping_monitor_secondary row of the database was read.
    bool known = false;
    QString primaryServer;
    QString primaryDatabase;
    QString lastCopiedFile;
    QDateTime lastCopiedDate;
    QString lastRestoredFile;
    QDateTime lastRestoredDate;
    QString shareFolder;  // backup_source_directory
    QString copyFolder;   // backup_destination_directory
    QStringList jobNames; // the copy and restore jobs
    // When the wizard read it (this computer's clock).
    QDateTime readAt;

    bool operator==(const LogShippingRecord&) const = default;
};

} // namespace pchat
