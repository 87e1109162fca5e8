// One reading of a running BACKUP or RESTORE: how far, how fast, how long still.
#pragma once

#include <QMetaType>
#include <QString>

namespace pchat {

struct ProgressSample
{
    QString command; // "BACKUP DATABASE", "RESTORE DATABASE" ...
    double percent = 0;
    qint64 elapsedMs = 0;
    // From the server's estimate, or from the rate so far; -1 while unknown.
    qint64 remainingMs = -1;
    // From the database size and the share done so far; -1 while unknown.
    double megabytesPerSecond = -1;
    // The session that ran the request is blocked by this session (0: not blocked).
    int blockedBy = 0;
};

} // namespace pchat

Q_DECLARE_METATYPE(pchat::ProgressSample)
