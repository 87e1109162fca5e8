// Another session that uses a database (sys.dm_exec_sessions): what "Close existing connections" would end.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct SessionInfo
{
    int sessionId = 0;
    QString loginName;
    QString hostName;
    QString programName;

    bool operator==(const SessionInfo&) const = default;
};

using SessionInfos = QList<SessionInfo>;

} // namespace pchat
