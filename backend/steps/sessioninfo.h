// Another session that uses a database (sys.dm_exec_sessions): what "Close existing connections" would end.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct StatementResult;
struct SessionInfo;
using SessionInfos = QList<SessionInfo>;

struct SessionInfo
{
    int sessionId = 0;
    QString loginName;
    QString hostName;
    QString programName;

    bool operator==(const SessionInfo&) const = default;

    // The rows of RestoreSql::sessionsInDatabase.
    static SessionInfos fromRows(const StatementResult& rows);
};

} // namespace pchat
