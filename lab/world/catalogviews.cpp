#include "lab/world/catalogviews.h"

#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/execcontext.h"
#include "lab/world/msdbtables.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

namespace {

int stateCode(const QString& state)
{
    static const QStringList states = {QStringLiteral("ONLINE"),     QStringLiteral("RESTORING"),
                                       QStringLiteral("RECOVERING"), QStringLiteral("RECOVERY_PENDING"),
                                       QStringLiteral("SUSPECT"),    QStringLiteral("EMERGENCY"),
                                       QStringLiteral("OFFLINE")};
    return int(std::max<qsizetype>(0, states.indexOf(state)));
}

int mirroringStateCode(const QString& state)
{
    static const QStringList states = {QStringLiteral("SUSPENDED"),     QStringLiteral("DISCONNECTED"),
                                       QStringLiteral("SYNCHRONIZING"), QStringLiteral("PENDING_FAILOVER"),
                                       QStringLiteral("SYNCHRONIZED"),  QStringLiteral("UNSYNCHRONIZED")};
    return int(std::max<qsizetype>(0, states.indexOf(state)));
}

// The status column of the session views (sys.dm_exec_sessions, sys.sysprocesses, sp_who).
QString statusOf(const Session& s, bool sysprocesses)
{
    if (!s.isUserProcess())
        return QStringLiteral("background");
    if (!s.running)
        return QStringLiteral("sleeping");
    if (!s.waitType.isEmpty())
        return QStringLiteral("suspended");
    return sysprocesses ? QStringLiteral("runnable") : QStringLiteral("running");
}

} // namespace

std::optional<Table> CatalogViews::lookup(ExecContext& ctx, const QStringList& rawParts)
{
    QStringList parts = rawParts;
    while (parts.size() < 3)
        parts.prepend(QString());
    const QString name = parts.last().toLower();
    QString schema = parts[parts.size() - 2].toLower();
    QString db = parts[parts.size() - 3].toLower();
    if (db.isEmpty())
        db = ctx.session().database.toLower();
    if (schema.isEmpty())
        schema = QStringLiteral("dbo");
    Instance& inst = ctx.instance();
    if (!inst.database(db))
        return std::nullopt;
    if (schema == u"sys") {
        if (name == u"databases")
            return databases(ctx);
        if (name == u"master_files")
            return masterFiles(ctx, 0);
        if (name == u"database_files")
            return masterFiles(ctx, inst.database(db)->id);
        if (name == u"database_mirroring")
            return databaseMirroring(ctx);
        if (name == u"dm_exec_requests")
            return requests(ctx);
        if (name == u"dm_exec_sessions")
            return sessions(ctx);
        if (name == u"dm_server_services")
            return serverServices(ctx);
        if (name == u"sysprocesses")
            return sysprocesses(ctx);
        if (name == u"server_principals" || name == u"sql_logins" || name == u"syslogins")
            return serverPrincipals(ctx);
    }
    if (schema == u"dbo" && db == u"master" && name == u"sysprocesses")
        return sysprocesses(ctx);
    if (schema == u"dbo" && db == u"msdb")
        return MsdbTables::lookup(ctx, name);
    return std::nullopt;
}

Table CatalogViews::databases(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("name"), nv(128));
    t.addColumn(QStringLiteral("database_id"), kInt);
    t.addColumn(QStringLiteral("source_database_id"), kInt);
    t.addColumn(QStringLiteral("create_date"), kDate);
    t.addColumn(QStringLiteral("compatibility_level"), kTiny);
    t.addColumn(QStringLiteral("collation_name"), nv(128));
    t.addColumn(QStringLiteral("user_access"), kTiny);
    t.addColumn(QStringLiteral("user_access_desc"), nv(60));
    t.addColumn(QStringLiteral("is_read_only"), kBit);
    t.addColumn(QStringLiteral("state"), kTiny);
    t.addColumn(QStringLiteral("state_desc"), nv(60));
    t.addColumn(QStringLiteral("is_in_standby"), kBit);
    t.addColumn(QStringLiteral("recovery_model"), kTiny);
    t.addColumn(QStringLiteral("recovery_model_desc"), nv(60));
    t.addColumn(QStringLiteral("log_reuse_wait_desc"), nv(60));
    const int compat = ctx.instance().versionMajor() * 10;
    for (const Database& d : ctx.instance().databases) {
        const int access = d.userAccess == u"SINGLE_USER" ? 1 : (d.userAccess == u"RESTRICTED_USER" ? 2 : 0);
        const int recovery = d.recoveryModel == u"FULL" ? 1 : (d.recoveryModel == u"BULK_LOGGED" ? 2 : 3);
        // The fault "db-recovering" holds an otherwise online database in recovery.
        const QString state = ctx.instance().isRecovering(d.name) ? QStringLiteral("RECOVERING") : d.state;
        t.addRow({s(d.name), i(d.id), nul(), dt(d.createDate), i(compat, kTiny),
                  state == u"ONLINE" ? s(QStringLiteral("SQL_Latin1_General_CP1_CI_AS")) : nul(nv(128)),
                  i(access, kTiny), s(d.userAccess, 60), SqlValue::fromBit(d.standby),
                  i(stateCode(state), kTiny), s(state, 60), SqlValue::fromBit(d.standby), i(recovery, kTiny),
                  s(d.recoveryModel, 60),
                  s(d.isMirrored() ? QStringLiteral("DATABASE_MIRRORING") : QStringLiteral("NOTHING"), 60)});
    }
    return t;
}

Table CatalogViews::masterFiles(ExecContext& ctx, int onlyDatabase)
{
    Table t;
    if (!onlyDatabase)
        t.addColumn(QStringLiteral("database_id"), kInt);
    t.addColumn(QStringLiteral("file_id"), kInt);
    t.addColumn(QStringLiteral("type"), kTiny);
    t.addColumn(QStringLiteral("type_desc"), nv(60));
    t.addColumn(QStringLiteral("data_space_id"), kInt);
    t.addColumn(QStringLiteral("name"), nv(128));
    t.addColumn(QStringLiteral("physical_name"), nv(260));
    t.addColumn(QStringLiteral("state"), kTiny);
    t.addColumn(QStringLiteral("state_desc"), nv(60));
    t.addColumn(QStringLiteral("size"), kInt);
    t.addColumn(QStringLiteral("max_size"), kInt);
    t.addColumn(QStringLiteral("growth"), kInt);
    t.addColumn(QStringLiteral("is_percent_growth"), kBit);
    // As the docs say: the LSN at which the next roll forward starts, NULL unless the file is restoring
    // (a standby database restores too).
    t.addColumn(QStringLiteral("redo_start_lsn"), kLsn);
    for (const Database& d : ctx.instance().databases) {
        if (onlyDatabase && d.id != onlyDatabase)
            continue;
        for (const DatabaseFile& f : d.files) {
            QVector<SqlValue> row;
            if (!onlyDatabase)
                row.append(i(d.id));
            row += {i(f.fileId),
                    i(f.isLog ? 1 : 0, kTiny),
                    s(f.isLog ? QStringLiteral("LOG") : QStringLiteral("ROWS"), 60),
                    i(f.isLog ? 0 : 1),
                    s(f.logicalName),
                    s(f.physicalName, 260),
                    i(stateCode(d.state), kTiny),
                    s(d.state, 60),
                    i(f.sizeBytes / 8192),
                    i(-1),
                    i(f.isLog ? 10 : 128),
                    SqlValue::fromBit(f.isLog),
                    (d.state == u"RESTORING" || d.standby) && d.restoredLsn > 0 ? num(d.restoredLsn)
                                                                                : SqlValue::null(kLsn)};
            t.addRow(row);
        }
    }
    return t;
}

Table CatalogViews::databaseMirroring(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("database_id"), kInt);
    t.addColumn(QStringLiteral("mirroring_guid"), kGuid);
    t.addColumn(QStringLiteral("mirroring_state"), kTiny);
    t.addColumn(QStringLiteral("mirroring_state_desc"), nv(60));
    t.addColumn(QStringLiteral("mirroring_role"), kTiny);
    t.addColumn(QStringLiteral("mirroring_role_desc"), nv(60));
    t.addColumn(QStringLiteral("mirroring_role_sequence"), kInt);
    t.addColumn(QStringLiteral("mirroring_safety_level"), kTiny);
    t.addColumn(QStringLiteral("mirroring_safety_level_desc"), nv(60));
    t.addColumn(QStringLiteral("mirroring_partner_name"), nv(128));
    t.addColumn(QStringLiteral("mirroring_partner_instance"), nv(128));
    t.addColumn(QStringLiteral("mirroring_witness_name"), nv(128));
    t.addColumn(QStringLiteral("mirroring_witness_state_desc"), nv(60));
    t.addColumn(QStringLiteral("mirroring_failover_lsn"), kLsn);
    t.addColumn(QStringLiteral("mirroring_connection_timeout"), kInt);
    for (const Database& d : ctx.instance().databases) {
        if (!d.isMirrored()) {
            t.addRow({i(d.id), nul(kGuid), nul(kTiny), nul(nv(60)), nul(kTiny), nul(nv(60)), nul(),
                      nul(kTiny), nul(nv(60)), nul(nv(128)), nul(nv(128)), nul(nv(128)), nul(nv(60)),
                      nul(kLsn), nul()});
            continue;
        }
        const bool principal = d.mirroringRole == u"PRINCIPAL";
        t.addRow({i(d.id), SqlValue::fromGuid(d.mirroringGuid),
                  i(mirroringStateCode(d.mirroringState), kTiny), s(d.mirroringState, 60),
                  i(principal ? 1 : 2, kTiny), s(d.mirroringRole, 60), i(1), i(2, kTiny),
                  s(QStringLiteral("FULL"), 60), s(d.partnerName), s(d.partnerInstance), s(d.witnessName),
                  s(d.witnessName.isEmpty() ? QStringLiteral("UNKNOWN") : QStringLiteral("CONNECTED"), 60),
                  SqlValue::fromFloat(double(d.currentLsn), kLsn), i(10)});
    }
    return t;
}

Table CatalogViews::requests(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("session_id"), kSmall);
    t.addColumn(QStringLiteral("request_id"), kInt);
    t.addColumn(QStringLiteral("start_time"), kDate);
    t.addColumn(QStringLiteral("status"), nv(30));
    t.addColumn(QStringLiteral("command"), nv(32));
    t.addColumn(QStringLiteral("database_id"), kSmall);
    t.addColumn(QStringLiteral("blocking_session_id"), kSmall);
    t.addColumn(QStringLiteral("wait_type"), nv(60));
    t.addColumn(QStringLiteral("wait_time"), kInt);
    t.addColumn(QStringLiteral("cpu_time"), kInt);
    t.addColumn(QStringLiteral("total_elapsed_time"), kInt);
    t.addColumn(QStringLiteral("percent_complete"), kReal);
    t.addColumn(QStringLiteral("estimated_completion_time"), kBig);
    t.addColumn(QStringLiteral("open_transaction_count"), kInt);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& sp : ctx.instance().sessions) {
        const Session& se = *sp;
        if (!se.loggedIn || !se.running || se.killed)
            continue;
        const qint64 elapsed = se.requestStart.msecsTo(now);
        t.addRow({i(se.spid, kSmall), i(0), dt(se.requestStart), s(statusOf(se, false), 30),
                  s(se.command, 32), i(se.requestDbId, kSmall), i(0, kSmall),
                  se.waitType.isEmpty() ? nul(nv(60)) : s(se.waitType, 60),
                  i(se.waitType.isEmpty() ? 0 : elapsed), i(elapsed / 4), i(elapsed),
                  SqlValue::fromFloat(se.percentComplete, kReal), i(se.estimatedCompletionMs, kBig),
                  i(se.tranCount)});
    }
    return t;
}

Table CatalogViews::sessions(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("session_id"), kSmall);
    t.addColumn(QStringLiteral("login_time"), kDate);
    t.addColumn(QStringLiteral("host_name"), nv(128));
    t.addColumn(QStringLiteral("program_name"), nv(128));
    t.addColumn(QStringLiteral("login_name"), nv(128));
    t.addColumn(QStringLiteral("status"), nv(30));
    t.addColumn(QStringLiteral("database_id"), kSmall);
    t.addColumn(QStringLiteral("is_user_process"), kBit);
    t.addColumn(QStringLiteral("open_transaction_count"), kInt);
    Instance& inst = ctx.instance();
    for (const auto& sp : inst.sessions) {
        const Session& se = *sp;
        if (!se.loggedIn || se.killed)
            continue;
        const Database* d = inst.database(se.database);
        // SQL Server shows no host or program for its background tasks.
        const bool user = se.isUserProcess();
        t.addRow({i(se.spid, kSmall), dt(se.loginTime), user ? s(se.host) : nul(nv(128)),
                  user ? s(se.program) : nul(nv(128)), s(se.login),
                  s(user ? statusOf(se, false) : QStringLiteral("sleeping"), 30), i(d ? d->id : 1, kSmall),
                  SqlValue::fromBit(user), i(se.tranCount)});
    }
    return t;
}

std::optional<Table> CatalogViews::function(ExecContext& ctx, const QStringList& parts,
                                            const QVector<SqlValue>& args)
{
    const QString name = parts.last().toLower();
    const QString schema = parts.size() >= 2 ? parts[parts.size() - 2].toLower() : QStringLiteral("sys");
    if (schema == u"sys" && name == u"dm_os_volume_stats")
        return volumeStats(ctx, args);
    return std::nullopt;
}

Table CatalogViews::volumeStats(ExecContext& ctx, const QVector<SqlValue>& args)
{
    // One row for the volume that holds the file (database_id, file_id), as the documentation describes;
    // none when the file does not exist. The instance's free space is the scenario's (or 0 under no-space).
    Table t;
    t.addColumn(QStringLiteral("database_id"), kInt);
    t.addColumn(QStringLiteral("file_id"), kInt);
    t.addColumn(QStringLiteral("volume_mount_point"), nv(512));
    t.addColumn(QStringLiteral("volume_id"), nv(512));
    t.addColumn(QStringLiteral("logical_volume_name"), nv(512));
    t.addColumn(QStringLiteral("file_system_type"), nv(512));
    t.addColumn(QStringLiteral("total_bytes"), kBig);
    t.addColumn(QStringLiteral("available_bytes"), kBig);
    if (args.size() != 2 || args[0].isNull() || args[1].isNull())
        return t;
    Instance& inst = ctx.instance();
    const qint64 databaseId = args[0].toInt();
    const qint64 fileId = args[1].toInt();
    for (const Database& d : inst.databases) {
        if (d.id != databaseId)
            continue;
        for (const DatabaseFile& f : d.files) {
            if (f.fileId != fileId)
                continue;
            const QString mountPoint = f.physicalName.left(3);
            qint64 used = 0;
            for (const Database& other : inst.databases) {
                for (const DatabaseFile& file : other.files) {
                    if (file.physicalName.left(3).compare(mountPoint, Qt::CaseInsensitive) == 0)
                        used += file.sizeBytes;
                }
            }
            const qint64 available = ctx.world().volumesFull(inst) ? 0 : inst.freeDiskBytes;
            t.rows.append({i(d.id), i(f.fileId), s(mountPoint, 512),
                           s(QStringLiteral("\\\\?\\Volume{%1}\\").arg(mountPoint.left(1)), 512),
                           s(mountPoint.startsWith(u'L', Qt::CaseInsensitive) ? QStringLiteral("SQLLog")
                                                                              : QStringLiteral("SQLData"),
                             512),
                           s(QStringLiteral("NTFS"), 512), i(used + available, kBig), i(available, kBig)});
        }
    }
    return t;
}

Table CatalogViews::serverServices(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("servicename"), nv(256));
    t.addColumn(QStringLiteral("startup_type"), kInt);
    t.addColumn(QStringLiteral("startup_type_desc"), nv(256));
    t.addColumn(QStringLiteral("status"), kInt);
    t.addColumn(QStringLiteral("status_desc"), nv(256));
    t.addColumn(QStringLiteral("process_id"), kInt);
    t.addColumn(QStringLiteral("last_startup_time"), kDate);
    t.addColumn(QStringLiteral("service_account"), nv(256));
    t.addColumn(QStringLiteral("filename"), nv(256));
    t.addColumn(QStringLiteral("is_clustered"), nv(1));
    t.addColumn(QStringLiteral("cluster_nodename"), nv(256));
    Instance& inst = ctx.instance();
    const QString suffix = inst.instanceName.isEmpty() ? QStringLiteral("MSSQLSERVER") : inst.instanceName;
    t.addRow({s(QStringLiteral("SQL Server (%1)").arg(suffix), 256), i(2),
              s(QStringLiteral("Automatic"), 256), i(4), s(QStringLiteral("Running"), 256), i(4242),
              dt(inst.startTime), s(inst.serviceAccount, 256),
              s(QStringLiteral(
                    "\"C:\\Program Files\\Microsoft SQL Server\\MSSQL11.%1\\MSSQL\\Binn\\sqlservr.exe\" "
                    "-s%1")
                    .arg(suffix),
                256),
              s(QStringLiteral("N"), 1), nul(nv(256))});
    const bool agent = inst.agentRunning;
    t.addRow({s(QStringLiteral("SQL Server Agent (%1)").arg(suffix), 256), i(2),
              s(QStringLiteral("Automatic"), 256), i(agent ? 4 : 1),
              s(agent ? QStringLiteral("Running") : QStringLiteral("Stopped"), 256), agent ? i(4343) : nul(),
              agent ? dt(inst.startTime) : nul(kDate), s(inst.agentAccount, 256),
              s(QStringLiteral(
                    "\"C:\\Program Files\\Microsoft SQL Server\\MSSQL11.%1\\MSSQL\\Binn\\SQLAGENT.EXE\" "
                    "-i %1")
                    .arg(suffix),
                256),
              s(QStringLiteral("N"), 1), nul(nv(256))});
    return t;
}

Table CatalogViews::sysprocesses(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("spid"), kSmall);
    t.addColumn(QStringLiteral("kpid"), kSmall);
    t.addColumn(QStringLiteral("blocked"), kSmall);
    t.addColumn(QStringLiteral("dbid"), kSmall);
    t.addColumn(QStringLiteral("login_time"), kDate);
    t.addColumn(QStringLiteral("last_batch"), kDate);
    t.addColumn(QStringLiteral("open_tran"), kSmall);
    t.addColumn(QStringLiteral("status"), nv(30));
    t.addColumn(QStringLiteral("hostname"), nv(128));
    t.addColumn(QStringLiteral("program_name"), nv(128));
    t.addColumn(QStringLiteral("cmd"), nv(16));
    t.addColumn(QStringLiteral("loginame"), nv(128));
    Instance& inst = ctx.instance();
    for (const auto& sp : inst.sessions) {
        const Session& se = *sp;
        if (!se.loggedIn || se.killed)
            continue;
        const Database* d = inst.database(se.database);
        t.addRow({i(se.spid, kSmall), i(0, kSmall), i(0, kSmall), i(d ? d->id : 1, kSmall), dt(se.loginTime),
                  dt(se.lastBatch), i(se.tranCount, kSmall), s(statusOf(se, true), 30), s(se.host),
                  s(se.program), s(se.running ? se.command.left(16) : QStringLiteral("AWAITING COMMAND"), 16),
                  s(se.login)});
    }
    return t;
}

Table CatalogViews::serverPrincipals(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("name"), nv(128));
    t.addColumn(QStringLiteral("principal_id"), kInt);
    t.addColumn(QStringLiteral("type"), nv(1));
    t.addColumn(QStringLiteral("type_desc"), nv(60));
    t.addColumn(QStringLiteral("is_disabled"), kBit);
    t.addColumn(QStringLiteral("default_database_name"), nv(128));
    int id = 256;
    t.addRow({s(QStringLiteral("sysadmin")), i(3), s(QStringLiteral("R"), 1),
              s(QStringLiteral("SERVER_ROLE"), 60), SqlValue::fromBit(false), nul(nv(128))});
    for (const Login& l : ctx.instance().logins) {
        const bool windows = l.name.contains(QLatin1Char('\\'));
        t.addRow({s(l.name), i(l.name.compare(u"sa", Qt::CaseInsensitive) == 0 ? 1 : id++),
                  s(windows ? QStringLiteral("U") : QStringLiteral("S"), 1),
                  s(windows ? QStringLiteral("WINDOWS_LOGIN") : QStringLiteral("SQL_LOGIN"), 60),
                  SqlValue::fromBit(l.disabled), s(l.defaultDatabase)});
    }
    return t;
}

} // namespace pchatlab
