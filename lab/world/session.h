// The model of one client session on an instance (spid, login, context database, running request).
#pragma once

#include "lab/tsql/resultsink.h"

#include <atomic>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace pchatlab {

struct PreparedStatement
{
    QString paramDecl;
    QString statement;
};

// An API server cursor (sp_cursoropen): the materialized rows and the fetch position.
struct ServerCursor
{
    QVector<ColumnInfo> columns;
    QVector<QVector<SqlValue>> rows;
    int position = 0; // index of the next row for FETCH NEXT
};

// Who is behind a session: a client connection, or one the instance itself keeps (SQL Server's background
// tasks, SQL Server Agent's connections, the application connection the fault "db-in-use" stands for).
enum class SessionKind
{
    Client,
    System,
    Agent,
    Phantom,
};

struct Session
{
    SessionKind kind = SessionKind::Client;
    int spid = 0;
    QString login;
    QString host;
    QString program;
    QDateTime loginTime;
    QString database = QStringLiteral("master");
    int tranCount = 0;
    quint64 tranId = 0;
    bool sysadmin = false;
    bool loggedIn = false;

    // Set from the socket thread: attention, disconnect or KILL from another session.
    std::atomic<bool> cancel{false};
    std::atomic<bool> killed{false};

    // The running request, for sys.dm_exec_requests (guarded by the world mutex).
    bool running = false;
    QString command = QStringLiteral("AWAITING COMMAND");
    QDateTime requestStart;
    double percentComplete = 0;
    qint64 estimatedCompletionMs = 0;
    int requestDbId = 1;
    QString waitType;
    QDateTime lastBatch;

    QHash<int, PreparedStatement> prepared;
    int nextHandle = 1;
    QHash<int, ServerCursor> cursors;
    int nextCursor = 180150001;

    // System sessions are SQL Server's own (is_user_process 0); KILL refuses them with 6107.
    bool isUserProcess() const { return kind != SessionKind::System; }
    // Only a client connection runs requests that a reset or shutdown must wait for.
    bool runsClientRequest() const { return kind == SessionKind::Client && running; }
};

} // namespace pchatlab
