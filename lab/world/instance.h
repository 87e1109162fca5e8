// The model of one simulated SQL Server instance: identity, accounts, paths, databases, sessions, msdb
// history.
#pragma once

#include "lab/agent/agentstate.h"
#include "lab/world/backupset.h"
#include "lab/world/database.h"
#include "lab/world/session.h"

#include <memory>
#include <QMap>
#include <QSet>

namespace pchatlab {

struct Login
{
    QString name;
    QString password;
    bool sysadmin = false;
    bool disabled = false;
    // Where a login that names no database starts (4064 when it cannot be opened).
    QString defaultDatabase = QStringLiteral("master");
};

struct BackupHistory
{
    int backupSetId = 0;
    int mediaSetId = 0;
    QString device;
    BackupSet set;
};

struct RestoreHistory
{
    int id = 0;
    QDateTime date;
    QString destinationDatabase;
    QString userName;
    int backupSetId = 0;
    QChar type; // D or L
    bool replace = false;
    bool recovery = true;
};

struct Instance
{
    QString machineName;  // PCSQL01
    QString instanceName; // PCHAT, empty for a default instance
    QString fqdnDomain = QStringLiteral("contoso.com");
    QString dataCenter;
    // The instance that the topology names as this one's mirror (Install-CsMirrorDatabase mirrors to it).
    QString mirrorInstance;
    // Down with its data center (the trainer's "disaster"): the listener refuses connections, the Agent
    // does not run, the shell cannot reach it.
    bool down = false;
    // Up, but cut off by the network (fault instance-unreachable): the listener refuses connections and the
    // clients' connections are dropped, as a switch or firewall failure does it, while the Agent runs on.
    bool unreachable = false;
    int port = 0;
    QString version = QStringLiteral("11.0.5058.0");
    QString edition = QStringLiteral("Enterprise Edition (64-bit)");
    QString serviceAccount;
    QString agentAccount;
    bool agentRunning = true;
    bool scenarioAgentRunning = true; // what the scenario says, before faults
    int scenarioLatencyMs = 0;
    // Databases (lower case) for which the fault "db-in-use" has put its session in place; a session killed
    // stays gone until the fault is switched off and on again.
    QSet<QString> phantomFaults;
    // Databases (lower case) that the fault "db-recovering" holds in recovery: state RECOVERING, 921 on use.
    QSet<QString> recoveringDatabases;
    bool isRecovering(const QString& database) const
    {
        return recoveringDatabases.contains(database.toLower());
    }
    QString dataPath;
    QString logPath;
    QString backupPath;
    qint64 freeDiskBytes = qint64(500) * 1024 * 1024 * 1024;
    int latencyMs = 0;
    QDateTime startTime;

    QVector<Login> logins;
    QVector<Database> databases;
    QMap<int, std::shared_ptr<Session>> sessions;
    QVector<BackupHistory> backupHistory;
    QVector<RestoreHistory> restoreHistory;
    AgentState agent;
    int nextSpid = 51;
    int nextDatabaseId = 5;

    QString serverName() const
    {
        return instanceName.isEmpty() ? machineName : machineName + QLatin1Char('\\') + instanceName;
    }
    int versionMajor() const { return version.section(QLatin1Char('.'), 0, 0).toInt(); }
    int versionMinor() const { return version.section(QLatin1Char('.'), 1, 1).toInt(); }
    int versionBuild() const { return version.section(QLatin1Char('.'), 2, 2).toInt(); }

    Database* database(const QString& name);
    Database* database(int id);
    const Login* login(const QString& name) const;
    // Sessions other than `exceptSpid` whose context is the database.
    QVector<int> sessionsUsing(const QString& database, int exceptSpid) const;

    // The spids SQL Server keeps for its own background tasks (KILL gives 6107 below this).
    static constexpr int kFirstUserSpid = 51;
    // Puts the sessions the instance keeps by itself in place: its background tasks, SQL Server Agent's
    // connections while the Agent runs, and one application session in each database of `phantomDatabases`
    // (fault "db-in-use") that has not been killed since the fault was switched on; that session connects
    // from `applicationHost`, as a Persistent Chat server would.
    void syncOwnSessions(const QSet<QString>& phantomDatabases, const QString& applicationHost);
    // KILL and ROLLBACK IMMEDIATE: a client connection is told to close; a session the instance keeps goes
    // at once (SQL Server Agent reconnects with a new session, as the real Agent does).
    void endSession(int spid);
    // What a RESTORE writes into this instance's msdb, as SQL Server does for every restore (the restore
    // job's too): the backup set and its device in backupset and backupmediafamily when they are not there
    // yet (a backup taken elsewhere), and a restorehistory row pointing at it.
    void recordRestore(const BackupSet& set, const QString& device, const RestoreHistory& restore);
    // A backup set written to device, as msdb's backupset and backupmediafamily record it; returns its id.
    int recordBackup(const BackupSet& set, const QString& device);

private:
    std::shared_ptr<Session> addOwnSession(SessionKind kind, const QString& login, const QString& host,
                                           const QString& program, const QString& database);
};

} // namespace pchatlab
