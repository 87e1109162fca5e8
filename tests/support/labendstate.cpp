#include "labendstate.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

namespace {

// tsql prints its prompts and the column name, then the value on the next line.
QString firstValue(const QString& tsqlOutput)
{
    static const QRegularExpression value(QStringLiteral("(?:\\d+> )*v\\r?\\n([^\\r\\n]*)"));
    const QRegularExpressionMatch match = value.match(tsqlOutput);
    return match.hasMatch() ? match.captured(1).trimmed() : tsqlOutput;
}

QStringList sortedLower(const QStringList& names)
{
    QStringList lower;
    for (const QString& name : names)
        lower << name.toLower();
    std::sort(lower.begin(), lower.end());
    return lower;
}

} // namespace

QString LabEndState::query(const LabProcess& lab, const QString& instance, const QString& sql)
{
    return query(lab.port(instance), sql);
}

QString LabEndState::query(int port, const QString& sql)
{
    return firstValue(LabProcess::runTsql(port, sql + QStringLiteral("\ngo\nexit\n")));
}

int LabEndState::restoreCount(const LabProcess& lab, const QString& instance, const QString& database)
{
    return restoreCount(lab.port(instance), database);
}

int LabEndState::restoreCount(int port, const QString& database)
{
    bool ok = false;
    const int count = query(port, QStringLiteral("SELECT COUNT(*) AS v FROM msdb.dbo.restorehistory "
                                                 "WHERE destination_database_name = N'%1'")
                                      .arg(database))
                          .toInt(&ok);
    return ok ? count : -1;
}

LabEndState::Ports LabEndState::portsOf(const LabProcess& lab)
{
    return {[&lab](const QString& instance) { return lab.port(instance); }, lab.controlPort()};
}

QStringList LabEndState::differences(const LabProcess& lab, const Expected& expected, int waitMs)
{
    return differences(portsOf(lab), expected, waitMs);
}

QStringList LabEndState::differences(const Ports& lab, const Expected& expected, int waitMs)
{
    const auto query = [&lab](const QString& instance, const QString& sql) {
        return LabEndState::query(lab.instance(instance), sql);
    };
    QStringList found;
    const auto expect = [&found](const QString& what, const QString& actual, const QString& wanted) {
        if (actual != wanted)
            found << QStringLiteral("%1: %2 (expected %3)").arg(what, actual, wanted);
    };
    const QString& backup = expected.backupInstance;
    const QString& primary = expected.primaryInstance;
    const QString& db = expected.database;

    expect(QStringLiteral("mirrored databases on ") + backup,
           query(backup,
                 QStringLiteral(
                     "SELECT COUNT(*) AS v FROM sys.database_mirroring WHERE mirroring_guid IS NOT NULL")),
           QStringLiteral("0"));
    const QString stateSql =
        QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'%1'").arg(db);
    expect(db + QStringLiteral(" on ") + primary, query(primary, stateSql), QStringLiteral("ONLINE"));
    if (restoreCount(lab.instance(primary), db) < 1)
        found << QStringLiteral("%1 on %2 was never restored").arg(db, primary);
    // The restore brought the backup instance's database: the same files, the same size.
    const QString sizeSql =
        QStringLiteral("SELECT SUM(size) AS v FROM sys.master_files WHERE database_id = DB_ID(N'%1')")
            .arg(db);
    expect(QStringLiteral("size of %1 on %2").arg(db, primary), query(primary, sizeSql),
           query(backup, sizeSql));
    expect(QStringLiteral("log shipping primary rows on ") + primary,
           query(primary, QStringLiteral("SELECT COUNT(*) AS v FROM msdb.dbo.log_shipping_primary_databases "
                                         "WHERE primary_database = N'%1'")
                              .arg(db)),
           QStringLiteral("1"));
    expect(db + QStringLiteral(" on the secondary ") + backup, query(backup, stateSql),
           QStringLiteral("RESTORING"));

    // SQL Server Agent runs the jobs on the lab's clock: the first log backup reaches the secondary.
    QString restored;
    QElapsedTimer waited;
    waited.start();
    while (true) {
        restored = query(backup, QStringLiteral("SELECT ISNULL(last_restored_file, N'none') AS v "
                                                "FROM msdb.dbo.log_shipping_secondary_databases "
                                                "WHERE secondary_database = N'%1'")
                                     .arg(db));
        if (restored.endsWith(QStringLiteral(".trn")) || waited.elapsed() > waitMs)
            break;
        QThread::msleep(500);
    }
    if (!restored.endsWith(QStringLiteral(".trn")))
        found << QStringLiteral("no log backup restored on %1: %2").arg(backup, restored);

    const QJsonObject pool = pchat::LabControl(lab.control).pool();
    expect(QStringLiteral("pool state"), pool.value(QLatin1String("state")).toString(),
           QStringLiteral("Normal"));
    QStringList active;
    for (const QJsonValue& server : pool.value(QLatin1String("activeServers")).toArray())
        active << server.toString();
    expect(QStringLiteral("active servers"), sortedLower(active).join(u','),
           sortedLower(expected.activeServers).join(u','));
    return found;
}

QStringList LabEndState::differences(const LabProcess& lab)
{
    return differences(lab, Expected{});
}
