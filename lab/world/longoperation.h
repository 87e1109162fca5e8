// Drives a timed BACKUP/RESTORE: advances percent_complete for other sessions, sends STATS messages as it
// goes.
#pragma once

#include "lab/world/fault.h"

#include <QString>

namespace pchatlab {

class ExecContext;

class LongOperation
{
public:
    // `dropFault` is the fault that drops the client's connection at a percent (BackupDropAt, RestoreDropAt).
    LongOperation(ExecContext& ctx, QString command, FaultKind dropFault);

    // Runs for `totalMs` of simulated time (divided by the world speed). `stats` = 0 sends no 3211 messages.
    // Stops before 100 percent when `stopAtPercent` < 100 (used to place the last "Processed" message).
    // Throws RequestCancelled on attention, disconnect or the drop fault.
    void run(qint64 totalMs, int stats, int fromPercent, int toPercent);
    qint64 elapsedMs() const { return m_elapsedMs; }

private:
    ExecContext& m_ctx;
    QString m_command;
    FaultKind m_dropFault;
    qint64 m_elapsedMs = 0;
    int m_nextStats = 0;
};

} // namespace pchatlab
