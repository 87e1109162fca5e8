#include "erroradvice.h"

#include "batchresult.h"

#include <QRegularExpression>

namespace pchat {

namespace {

bool textHas(const SqlMessage& message, const char* needle)
{
    return message.text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

int ErrorAdvice::operatingSystemError(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("Operating system error\\s+(\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString ErrorAdvice::deviceInText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("device\\s+'([^']*)'"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ErrorAdvice::shareOf(const QString& path)
{
    static const QRegularExpression unc(QStringLiteral("^(\\\\\\\\[^\\\\]+\\\\[^\\\\]+)"));
    const QRegularExpressionMatch match = unc.match(path);
    if (match.hasMatch())
        return match.captured(1);
    const qsizetype slash = path.lastIndexOf(QLatin1Char('\\'));
    return slash > 0 ? path.left(slash) : path;
}

SqlMessage ErrorAdvice::decisiveError(const SqlMessages& messages)
{
    SqlMessage first;
    for (const SqlMessage& message : messages) {
        if (!message.isError)
            continue;
        if (message.number != 3013 && message.number != 3041)
            return message;
        if (!first.isError)
            first = message;
    }
    return first;
}

bool ErrorAdvice::isConnectionLost(const SqlMessage& error)
{
    const QString state = error.sqlState;
    if (state == u"08S01" || state == u"08S02" || state == u"08007" || state == u"08003")
        return true;
    return textHas(error, "Communication link failure") || textHas(error, "Write to the server failed") ||
           textHas(error, "Read from the server failed") || textHas(error, "connection is not open") ||
           textHas(error, "connection was forcibly closed") || textHas(error, "TCP Provider: An existing");
}

SqlMessage ErrorAdvice::errorOf(const BatchResult& result)
{
    return result.outcome == BatchResult::Outcome::ConnectionLost ? lostConnection(result.messages)
                                                                  : decisiveError(result.messages);
}

SqlMessage ErrorAdvice::lostConnection(const SqlMessages& messages)
{
    for (const SqlMessage& message : messages) {
        if (message.isError && isConnectionLost(message))
            return message;
    }
    SqlMessage lost;
    lost.isError = true;
    lost.sqlState = QStringLiteral("08S01");
    lost.text = tr("The connection to the server was lost.");
    return lost;
}

bool ErrorAdvice::isDriverMissing(const SqlMessage& message)
{
    return message.sqlState == u"IM002" || message.sqlState == u"IM003" ||
           textHas(message, "Data source name not found") || textHas(message, "Can't open lib") ||
           textHas(message, "driver not loaded") || textHas(message, "Specified driver could not be loaded");
}

bool ErrorAdvice::isCertificateProblem(const SqlMessage& message)
{
    return textHas(message, "certificate") || textHas(message, "SSL Provider") ||
           textHas(message, "SSL routines") || textHas(message, "TLS");
}

bool ErrorAdvice::isServerUnreachable(const SqlMessage& message)
{
    // 20009 is FreeTDS's "Unable to connect: Adaptive Server is unavailable or does not exist".
    return message.sqlState == u"HYT00" || message.sqlState == u"HYT01" || message.sqlState == u"08001" ||
           message.number == 20009 || message.number == 53 || message.number == 2 ||
           textHas(message, "Unable to connect") || textHas(message, "is unavailable or does not exist") ||
           textHas(message, "timeout expired") || textHas(message, "Login timeout") ||
           textHas(message, "server was not found") || textHas(message, "Named Pipes Provider") ||
           textHas(message, "Unknown host") || textHas(message, "Connection refused");
}

bool ErrorAdvice::isLoginFailure(const SqlMessage& message)
{
    return message.number == 18456 || message.sqlState == u"28000" || textHas(message, "Login failed");
}

QString ErrorAdvice::remedy3201(const SqlMessage& error)
{
    const QString device = deviceInText(error.text);
    const QString share = shareOf(device);
    const int osError = operatingSystemError(error.text);
    switch (osError) {
    case 5:
        return tr("Operating system error 5 (access denied): the account the SQL Server service of this "
                  "instance runs as lacks rights on %1. Grant that account (not your own) Change on the "
                  "share "
                  "and Modify on the folder for a backup, Read for a restore; the Preflight page shows the "
                  "service account. Then retry.")
            .arg(share.isEmpty() ? tr("the share") : share);
    case 2:
    case 3:
        return tr("Operating system error %1 (path not found): %2 does not exist as the SQL Server service "
                  "sees it. Check the share and folder names in the plan, that the share exists, and that "
                  "the server resolves the file server's name. Then retry.")
            .arg(QString::number(osError), device.isEmpty() ? tr("the file") : device);
    case 53:
    case 67:
        return tr("Operating system error %1 (network path not found): the server cannot reach %2. Check the "
                  "file server's name, that it runs and that the server can reach it. Then retry.")
            .arg(QString::number(osError), share.isEmpty() ? tr("the share") : share);
    case 32:
    case 33:
        return tr("Operating system error %1 (file in use): another process holds %2 open, e.g. another "
                  "backup, a copy job or a virus scanner. Wait until it has ended or choose another file "
                  "name, then retry.")
            .arg(QString::number(osError), device.isEmpty() ? tr("the file") : device);
    case 112:
        return tr("Operating system error 112 (disk full): there is not enough space for %1. Free space on "
                  "%2 or choose another folder, then retry.")
            .arg(device.isEmpty() ? tr("the file") : device, share.isEmpty() ? tr("the share") : share);
    default:
        break;
    }
    if (osError > 0)
        return tr("SQL Server could not open %1: operating system error %2. Check the path and the rights "
                  "of the SQL Server service account on %3, then retry.")
            .arg(device.isEmpty() ? tr("the backup file") : device, QString::number(osError),
                 share.isEmpty() ? tr("the share") : share);
    return tr("SQL Server could not open the backup file %1. Check the path and the rights of the SQL "
              "Server service account on the share, then retry.")
        .arg(device);
}

QString ErrorAdvice::remedy(const SqlMessage& error)
{
    switch (error.number) {
    case 3101:
        return tr("Other sessions use the database, so SQL Server cannot get exclusive access. Tick "
                  "\"Close existing connections\" (SINGLE_USER WITH ROLLBACK IMMEDIATE), or end the sessions "
                  "the page lists (sys.dm_exec_sessions: stop the Persistent Chat services, close query "
                  "windows that use the database), then retry.");
    case 3102:
        return tr("The wizard's own session uses the database. Connect to master instead, then retry.");
    case 3104:
        return tr("The database is still configured for database mirroring, and a mirrored database cannot "
                  "be restored. Remove mirroring of this database on this instance first (Tasks > Mirror > "
                  "Remove Mirroring, as step 2 does on the backup instance), then retry.");
    case 3154:
        return tr("The backup set holds a backup of a different database than the one you restore over. "
                  "Check that the file is the step 3 backup of the right database (Specify Backup lists "
                  "its backup sets); to overwrite the existing database anyway, restore WITH REPLACE.");
    case 3201:
        return remedy3201(error);
    case 3013:
        return tr("BACKUP or RESTORE stopped. The message before this one gives the cause; fix that, then "
                  "retry.");
    case 3041:
        return tr("The backup did not complete, and SQL Server recorded this in its error log. The message "
                  "before this one (and the SQL Server error log) gives the cause; fix that, then retry.");
    case 1416:
        return tr("The database is not configured for database mirroring: mirroring is already removed. "
                  "Nothing needs to be done.");
    case 1418:
        return tr("The mirroring partner's network address cannot be reached. Check the endpoint address "
                  "and port and the firewall.");
    case 15247:
    case 3110:
    case 262:
        return tr("The login lacks the permission for this action. Connect with a login that is a member of "
                  "the sysadmin server role on this instance (the procedure needs sysadmin on both "
                  "instances), then retry.");
    case 18456:
        return tr("Login failed. Check the login name and the password; a SQL Server login also needs SQL "
                  "Server authentication to be enabled on the instance (mixed mode) and the login to be "
                  "enabled; with Windows authentication, the account you run the wizard as needs a login on "
                  "the instance.");
    case 18452:
        return tr("The server does not accept the Windows login (untrusted domain or SQL authentication "
                  "only). Use a SQL Server login, or run the wizard as a domain account the server trusts.");
    case 3021:
        return tr("BACKUP and RESTORE cannot run inside a transaction. Commit or roll back the open "
                  "transaction, or connect anew, then retry.");
    case 3159:
    case 3141:
        return tr("SQL Server protects the target database: its tail of the log has not been backed up, or "
                  "it is a different database. If its data must be kept, back up its log first (BACKUP LOG "
                  "... WITH NORECOVERY); the failback overwrites it on purpose, so restore WITH REPLACE.");
    case 3142:
    case 3156:
    case 3176:
        return tr("A database file cannot be placed where the backup wants it (the path does not exist or "
                  "another database uses the file). Relocate the files to the instance's data and log "
                  "folders in the list \"Restore the database files as\" on the Options tab, then retry.");
    case 3169:
        return tr("The backup comes from a newer version of SQL Server than this instance runs and cannot "
                  "be restored here. Update the primary instance to at least the backup instance's version.");
    case 3241:
    case 3242:
    case 3203:
        return tr("The backup file is damaged or incomplete, for example because a backup was interrupted. "
                  "Run step 3 again to write a new backup, then retry.");
    case 3257:
        return tr("There is not enough free disk space for the database files. Free space on the data and "
                  "log volumes or relocate the files to volumes with room, then retry.");
    case 4038:
        return tr("The file holds no backup set at that position. Choose a backup set from the list on "
                  "Specify Backup, then retry.");
    case 911:
        return tr("The database does not exist on this instance. Check the database name and that you "
                  "connected to the right instance.");
    case 927:
        return tr("The database is being restored (RESTORING) and cannot be used. Complete the restore or "
                  "use the instance that serves the database.");
    case 32015:
        return tr("Log shipping needs the FULL or BULK_LOGGED recovery model on the primary database, and it "
                  "uses SIMPLE. Switch it (ALTER DATABASE ... SET RECOVERY FULL, or Properties > Options > "
                  "Recovery model), take a full backup so that the log chain starts, then retry.");
    case 32009:
    case 32012:
    case 32013:
    case 32024:
        return tr("A log shipping entry for this database already exists. The wizard's scripts replace it "
                  "(@overwrite = 1): run the step again. To remove the entry by hand, use "
                  "sp_delete_log_shipping_primary_secondary / _primary_database on the primary or "
                  "sp_delete_log_shipping_secondary_database / _secondary_primary on the secondary.");
    case 32010:
    case 32014:
    case 32023:
        return tr("The log shipping entry this action depends on does not exist (the primary database is not "
                  "registered on this instance). Run the step again: it writes the primary configuration "
                  "before the secondary one.");
    case 32022:
        return tr(
            "A job with the log shipping job's name exists outside the Log Shipping category. Rename or "
            "delete that job (SQL Server Agent > Jobs), or choose another job name on the page, then "
            "retry.");
    case 14262:
        return tr(
            "The SQL Server Agent job does not exist on this instance. Run the log shipping step (again) "
            "to create its jobs, or check the job names on the page.");
    case 22022:
        return tr(
            "SQL Server Agent is not running on this instance, so log shipping's jobs cannot run. Start "
            "the SQL Server Agent service (SQL Server Configuration Manager, startup type Automatic), "
            "then retry.");
    case 5060:
    case 5070:
        return tr("The database's access mode could not be changed while other users use it. Tick \"Close "
                  "existing connections\" or end the sessions, then retry.");
    default:
        break;
    }
    if (error.sqlState == u"HY008")
        return tr("The operator cancelled the statement. The step shows the state the server left.");
    if (isConnectionLost(error))
        return tr("The connection to the server broke (the network, or the server stopped or ended the "
                  "session). What the server did could not be reported: the wizard reads the state again on "
                  "a new connection and shows it. Once the network and the server are back, retry.");
    if (isDriverMissing(error))
        return tr("The ODBC driver is not installed on this computer. Install Microsoft ODBC Driver 18 for "
                  "SQL Server, or pick an installed driver on the Environment page.");
    if (isCertificateProblem(error))
        return tr("The server's TLS certificate is not trusted. Install the certificate of the authority "
                  "that issued it in this computer's trusted root store, or tick \"Trust server "
                  "certificate\" on the Environment page (only where you trust the network).");
    if (isLoginFailure(error))
        return remedy(SqlMessage{18456, -1, -1, {}, {}, true});
    if (isServerUnreachable(error))
        return tr(
            "The server was not found or did not answer in time. Check the instance name and port "
            "(host,port or host\\instance), that the SQL Server service runs, that the firewall lets its "
            "TCP port through, and for a named instance without a port that the SQL Server Browser "
            "service runs (UDP 1434). On a slow network raise the connection timeout on the Environment "
            "page.");
    if (error.number > 0)
        return tr("SQL Server error %1. Look the number up in the SQL Server documentation (Database Engine "
                  "events and errors), fix the cause, then retry.")
            .arg(error.number);
    if (!error.sqlState.isEmpty())
        return tr("The ODBC driver reported SQLSTATE %1. Check the connection settings on the Environment "
                  "page and the driver's documentation, then retry.")
            .arg(error.sqlState);
    return tr("The server or the driver reported an error. Read its text above, fix the cause, then retry.");
}

QString ErrorAdvice::remedyForOpenFailure(const SqlMessages& messages, const InstanceSettings& instance)
{
    const auto any = [&messages](bool (*test)(const SqlMessage&)) {
        return std::any_of(messages.cbegin(), messages.cend(), test);
    };
    if (any(&ErrorAdvice::isLoginFailure)) {
        if (instance.authentication == Authentication::SqlLogin)
            return tr("Login failed for %1 on %2. Check the login name and the password; SQL Server "
                      "authentication must be enabled on the instance (mixed mode) and the login enabled. "
                      "Or use Windows authentication.")
                .arg(instance.login, instance.name);
        return tr("Login failed on %1 with Windows authentication. The account you run the wizard as needs "
                  "a login on the instance (member of sysadmin); or use a SQL Server login.")
            .arg(instance.name);
    }
    if (any(&ErrorAdvice::isDriverMissing))
        return tr("The ODBC driver \"%1\" is not installed on this computer. Install Microsoft ODBC Driver "
                  "18 "
                  "for SQL Server, or pick an installed driver on the Environment page.")
            .arg(instance.odbcDriver);
    if (any(&ErrorAdvice::isCertificateProblem))
        return tr("The TLS certificate of %1 is not trusted. Install the certificate of the authority that "
                  "issued it in this computer's trusted root store, or tick \"Trust server certificate\" on "
                  "the Environment page (only where you trust the network).")
            .arg(instance.name);
    if (any(&ErrorAdvice::isServerUnreachable) || messages.isEmpty())
        return tr("%1 was not found or did not answer within %n second(s) at %2. Check the name and port "
                  "(host,port or host\\instance), that the SQL Server service runs, that the firewall lets "
                  "its "
                  "TCP port through, and for a named instance without a port that the SQL Server Browser "
                  "service runs (UDP 1434). On a slow network raise the connection timeout on the "
                  "Environment page.",
                  nullptr, instance.loginTimeoutSeconds)
            .arg(instance.name, instance.connectAddress());
    return remedy(messages.constFirst());
}

QString ErrorAdvice::jobAccount(const QString& historyMessage)
{
    static const QRegularExpression pattern(QStringLiteral("Executed as user:\\s*([^\\s]+?)\\.(\\s|$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(historyMessage);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ErrorAdvice::remedyForJobFailure(const QString& historyMessage, const QString& jobName,
                                         const QString& instanceName)
{
    const SqlMessage asMessage{0, -1, -1, {}, historyMessage, true};
    QString account = jobAccount(historyMessage);
    if (account.isEmpty())
        account = tr("the SQL Server Agent service account");
    static const QRegularExpression deniedPath(QStringLiteral("Access to the path '([^']*)' is denied"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch denied = deniedPath.match(historyMessage);
    if (denied.hasMatch()) {
        const QString path = denied.captured(1);
        // sqllogship's copy runs as the Agent account of the secondary: Read on the share, Modify on the copy
        // folder.
        return tr("Job %1 on %2 ran as %3, and that account may not use %4. Grant %3 (the SQL Server Agent "
                  "service account, not your own) Read on the share %5 and on its folder, and Modify on the "
                  "copy destination folder; then start the job again.")
            .arg(jobName, instanceName, account, path, shareOf(path));
    }
    if (historyMessage.contains(QLatin1String("Cannot open backup device"), Qt::CaseInsensitive))
        return remedy3201(asMessage);
    if (historyMessage.contains(QLatin1String("Could not find a part of the path"), Qt::CaseInsensitive))
        return tr("Job %1 on %2 did not find a folder of its configuration. Check that the share and the "
                  "copy "
                  "destination folder exist as %3 sees them, then start the job again.")
            .arg(jobName, instanceName, account);
    if (historyMessage.contains(QLatin1String("not in a restoring state"), Qt::CaseInsensitive) ||
        historyMessage.contains(QLatin1String("too recent to apply"), Qt::CaseInsensitive))
        return tr("The secondary database no longer continues the primary's log chain (it was recovered, or "
                  "a log backup is missing). Initialize it again: run the step with \"Generate a full backup "
                  "and restore it\", then start the jobs again.");
    if (historyMessage.contains(QLatin1String("SIMPLE"), Qt::CaseInsensitive))
        return remedy(SqlMessage{32015, -1, -1, {}, {}, true});
    if (historyMessage.contains(QLatin1String("no current database backup"), Qt::CaseInsensitive))
        return tr("The primary database has no full backup that starts a log chain. Run the step with "
                  "\"Generate a full backup and restore it\", then start the jobs again.");
    return tr("Job %1 on %2 failed. Its history (SQL Server Agent > Jobs > %1 > View History) holds the "
              "message above; fix its cause, then start the job again.")
        .arg(jobName, instanceName);
}

} // namespace pchat
