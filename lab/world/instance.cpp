#include "lab/world/instance.h"

namespace pchatlab {

Database* Instance::database(const QString& name)
{
    for (Database& d : databases) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

Database* Instance::database(int id)
{
    for (Database& d : databases) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Login* Instance::login(const QString& name) const
{
    for (const Login& l : logins) {
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

QVector<int> Instance::sessionsUsing(const QString& database, int exceptSpid) const
{
    QVector<int> out;
    for (const auto& s : sessions) {
        if (s->spid != exceptSpid && s->loggedIn && !s->killed &&
            s->database.compare(database, Qt::CaseInsensitive) == 0)
            out.append(s->spid);
    }
    return out;
}

namespace {

// A few of SQL Server's background tasks, enough for sp_who and the DMVs to look as they do on a server.
struct SystemTask
{
    int spid;
    const char* command;
};
const SystemTask kSystemTasks[] = {{1, "LOG WRITER"},      {2, "RECOVERY WRITER"}, {3, "LAZY WRITER"},
                                   {4, "LOCK MONITOR"},    {5, "SIGNAL HANDLER"},  {6, "CHECKPOINT"},
                                   {7, "RESOURCE MONITOR"}};

// SQL Server Agent's own connections while the service runs.
const char* const kAgentPrograms[] = {"SQLAgent - Generic Refresher", "SQLAgent - Job invocation engine"};

} // namespace

std::shared_ptr<Session> Instance::addOwnSession(SessionKind kind, const QString& login, const QString& host,
                                                 const QString& program, const QString& database)
{
    auto s = std::make_shared<Session>();
    s->kind = kind;
    s->spid = nextSpid++;
    s->login = login;
    s->host = host;
    s->program = program;
    s->database = database;
    s->loginTime = kind == SessionKind::Phantom ? QDateTime::currentDateTimeUtc() : startTime;
    s->lastBatch = s->loginTime;
    s->loggedIn = true;
    sessions.insert(s->spid, s);
    return s;
}

void Instance::syncOwnSessions(const QSet<QString>& phantomDatabases, const QString& applicationHost)
{
    for (const SystemTask& task : kSystemTasks) {
        if (sessions.contains(task.spid))
            continue;
        auto s = std::make_shared<Session>();
        s->kind = SessionKind::System;
        s->spid = task.spid;
        s->login = QStringLiteral("sa");
        s->loginTime = startTime;
        s->lastBatch = startTime;
        s->loggedIn = true;
        s->running = true; // background tasks always have a request (status "background")
        s->command = QLatin1String(task.command);
        s->requestStart = startTime;
        sessions.insert(s->spid, s);
    }

    QVector<int> agents;
    for (const auto& s : std::as_const(sessions)) {
        if (s->kind == SessionKind::Agent)
            agents.append(s->spid);
    }
    if (!agentRunning) {
        for (int spid : agents)
            sessions.remove(spid);
    } else if (agents.isEmpty()) {
        for (const char* program : kAgentPrograms)
            addOwnSession(SessionKind::Agent, agentAccount, machineName, QLatin1String(program),
                          QStringLiteral("msdb"));
    }

    // The fault's session stands for an application still connected: a Persistent Chat server that polls.
    QVector<int> gone;
    for (const auto& s : std::as_const(sessions)) {
        if (s->kind == SessionKind::Phantom && !phantomDatabases.contains(s->database.toLower()))
            gone.append(s->spid);
    }
    for (int spid : gone)
        sessions.remove(spid);
    for (auto it = phantomFaults.begin(); it != phantomFaults.end();) {
        if (phantomDatabases.contains(*it))
            ++it;
        else
            it = phantomFaults.erase(it);
    }
    for (const QString& db : phantomDatabases) {
        if (phantomFaults.contains(db))
            continue;
        phantomFaults.insert(db);
        const Database* d = database(db);
        auto s = addOwnSession(SessionKind::Phantom, QStringLiteral("CONTOSO\\svc-pchat"), applicationHost,
                               QStringLiteral(".Net SqlClient Data Provider"), d ? d->name : db);
        s->running = true;
        s->command = QStringLiteral("WAITFOR");
        s->waitType = QStringLiteral("WAITFOR");
        s->requestStart = s->loginTime;
        s->requestDbId = d ? d->id : 1;
    }
}

void Instance::endSession(int spid)
{
    const auto s = sessions.value(spid);
    if (!s)
        return;
    switch (s->kind) {
    case SessionKind::Client:
        // The connection sees the flags and closes; until then the session no longer counts as a user of
        // its database.
        s->killed = true;
        s->cancel = true;
        s->database = QStringLiteral("master");
        break;
    case SessionKind::System:
        break;
    case SessionKind::Agent: {
        const QString program = s->program;
        sessions.remove(spid);
        addOwnSession(SessionKind::Agent, agentAccount, machineName, program, QStringLiteral("msdb"));
        break;
    }
    case SessionKind::Phantom:
        sessions.remove(spid);
        break;
    }
}

void Instance::recordRestore(const BackupSet& set, const QString& device, const RestoreHistory& restore)
{
    RestoreHistory h = restore;
    h.id = int(restoreHistory.size()) + 1;
    h.backupSetId = 0;
    for (const BackupHistory& b : std::as_const(backupHistory)) {
        if (b.set.guid == set.guid)
            h.backupSetId = b.backupSetId;
    }
    if (h.backupSetId == 0)
        h.backupSetId = recordBackup(set, device);
    restoreHistory.append(h);
}

int Instance::recordBackup(const BackupSet& set, const QString& device)
{
    BackupHistory b;
    b.backupSetId = int(backupHistory.size()) + 1;
    b.mediaSetId = b.backupSetId;
    b.device = device;
    b.set = set;
    backupHistory.append(b);
    return b.backupSetId;
}

} // namespace pchatlab
