#include "sessioninfo.h"

#include "backend/sql/statementresult.h"
#include "resultvalues.h"

namespace pchat {

SessionInfos SessionInfo::fromRows(const StatementResult& rows)
{
    SessionInfos sessions;
    for (int row = 0; row < rows.rows.size(); ++row) {
        SessionInfo info;
        info.sessionId = int(ResultValues::integer(rows.value(row, QStringLiteral("session_id"))));
        info.loginName = ResultValues::text(rows.value(row, QStringLiteral("login_name")));
        info.hostName = ResultValues::text(rows.value(row, QStringLiteral("host_name")));
        info.programName = ResultValues::text(rows.value(row, QStringLiteral("program_name")));
        sessions << info;
    }
    return sessions;
}

} // namespace pchat
