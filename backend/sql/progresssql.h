// The query that follows a running BACKUP or RESTORE of another session (sys.dm_exec_requests).
#pragma once

#include <QString>

namespace pchat {

class ProgressSql
{
public:
    // command, status, percent_complete, estimated_completion_time (ms), total_elapsed_time (ms), wait_type,
    // blocking_session_id of the session's running request; no row once it has ended.
    static QString requestOf(int sessionId);
};

} // namespace pchat
