#include "progresssql.h"

namespace pchat {

QString ProgressSql::requestOf(int sessionId)
{
    // The session id is a number the server gave us, never text a user typed.
    return QStringLiteral("SELECT r.command, r.status, r.percent_complete, r.estimated_completion_time, "
                          "r.total_elapsed_time, r.wait_type, r.blocking_session_id "
                          "FROM sys.dm_exec_requests AS r WHERE r.session_id = %1;")
        .arg(sessionId);
}

} // namespace pchat
