// How one batch or shell command ended, for the audit trail's command-finished event.
#pragma once

#include "backend/sql/sqlmessage.h"

#include <QString>

namespace pchat {

struct CommandReport
{
    QString target; // the instance, or the management shell
    // succeeded, failed, cancelled or connection-lost: plain words, as the journal stores them.
    QString result;
    qint64 durationMs = 0;
    qint64 rows = 0; // rows of every result set the batch returned
    SqlMessages errors;
};

} // namespace pchat
