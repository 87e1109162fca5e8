// The failover as `pchat-failback --export-script` writes it, run "by hand" as a DBA would after the
// disaster: each .sql with FreeTDS's tsql on the instance its header names, each .ps1 through `pchat-lab
// shell`, in the README's order, the sessions in mgc ended with KILL before step 4 recovers it. Two
// independent models must agree: the lab, read with its own clients, is in the failed-over state, and the
// wizard's own inspection (an unattended failover afterwards) finds every step already done.
#include "labendstate.h"
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct ExportedFile
{
    QString name;
    QString target; // the instance's name; empty for the management shell
};

QString runFailback(const QStringList& arguments, int timeoutMs = 240000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PCHAT_BACKUP_PASSWORD"), QString::fromLatin1(LabProcess::password()));
    environment.insert(QStringLiteral("PCHAT_PRIMARY_PASSWORD"), QString::fromLatin1(LabProcess::password()));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    EXPECT_TRUE(process.waitForFinished(timeoutMs)) << "pchat-failback did not end";
    const QString output = QString::fromUtf8(process.readAll());
    EXPECT_EQ(process.exitCode(), 0) << output.toStdString();
    return output;
}

// The files in the order the README lists them, with the instance each one runs on.
QList<ExportedFile> runOrder(const QString& folder, const QString& backup, const QString& primary)
{
    QFile readme(QDir(folder).filePath(QStringLiteral("README.txt")));
    EXPECT_TRUE(readme.open(QIODevice::ReadOnly));
    static const QRegularExpression line(QStringLiteral("^(\\S+\\.(?:sql|ps1))\\s+(.*)$"));
    QList<ExportedFile> files;
    for (const QString& text :
         QString::fromUtf8(readme.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        const QString runOn = match.captured(2);
        files.append({match.captured(1), runOn.startsWith(backup + QStringLiteral(" ("))    ? backup
                                         : runOn.startsWith(primary + QStringLiteral(" (")) ? primary
                                                                                            : QString()});
    }
    return files;
}

// The text as SSMS reads it: without the byte order mark, which tsql would send as part of the first batch.
QString scriptText(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString value(const LabProcess& lab, const QString& instance, const QString& sql)
{
    const QString output = LabProcess::runTsql(lab.port(instance), sql + QStringLiteral("\ngo\nexit\n"));
    static const QRegularExpression row(QStringLiteral("(?:\\d+> )*v\\r?\\n([^\\r\\n]*)"));
    const QRegularExpressionMatch match = row.match(output);
    return match.hasMatch() ? match.captured(1).trimmed() : output;
}

// The example plan pointed at the lab, step 3 reading the uncopied backups from the share (log shipping had
// not copied the last ones), with the unattended block given.
QString writePlan(const LabProcess& lab, const QTemporaryDir& dir, const QJsonObject& unattended)
{
    QJsonObject plan = lab.examplePlanJson();
    QJsonObject failover = plan.value(QLatin1String("failover")).toObject();
    failover.insert(QStringLiteral("restoreFromShare"), true);
    plan.insert(QStringLiteral("failover"), failover);
    if (!unattended.isEmpty())
        plan.insert(QStringLiteral("unattended"), unattended);
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(plan).toJson()) > 0);
    return path;
}

// pchat-failback --export-script for the procedure into folder; returns the folder.
QString exportScripts(const QString& planPath, const QString& procedure, const QString& folder)
{
    runFailback({QStringLiteral("--plan"), planPath, QStringLiteral("--procedure"), procedure,
                 QStringLiteral("--export-script"), folder});
    return folder;
}

// Runs one file as a DBA would: a .ps1 in the management shell, a .sql with tsql on its instance; expects no
// error and returns what the client printed.
QString runByHand(const LabProcess& lab, const QString& folder, const ExportedFile& file)
{
    const QString text = scriptText(QDir(folder).filePath(file.name));
    if (file.target.isEmpty()) {
        const LabProcess::ShellOutput run = LabProcess::runShell(lab.controlPort(), text, 60000);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        return run.out;
    }
    const QString output =
        LabProcess::runTsql(lab.port(file.target), text + QStringLiteral("exit\n"), 120000);
    EXPECT_TRUE(LabProcess::errorsIn(output).isEmpty())
        << LabProcess::errorsIn(output).join(QLatin1Char('\n')).toStdString();
    return output;
}

} // namespace

TEST(ExportedFailover, RunsByHandAfterTheDisasterTheWizardAgreesAndTheFailbackFollows)
{
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
    ASSERT_TRUE(lab.started());
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());
    const QString backup = QStringLiteral("PCSQL02\\PCHAT");
    const QString primary = QStringLiteral("PCSQL01\\PCHAT");
    const QString share = QStringLiteral("\\\\FS01\\PChatLogShip");

    // The newest log backup the primary wrote before the disaster: what the failed-over mgc must hold.
    const QString shareListing = LabProcess::runTsql(
        lab.port(backup), QStringLiteral("EXEC master.sys.xp_dirtree N'%1', 1, 1\ngo\nexit\n").arg(share));
    QString newest;
    static const QRegularExpression logBackup(QStringLiteral("(mgc_\\d{14}\\.trn)\\t1\\t1"));
    for (auto it = logBackup.globalMatch(shareListing); it.hasNext();)
        newest = std::max(newest, it.next().captured(1));
    ASSERT_FALSE(newest.isEmpty()) << shareListing.toStdString();

    QTemporaryDir dir;
    // Preflight warns that mgc is online and the pool failed over: the failover ran.
    const QString planPath = writePlan(lab, dir,
                                       {{QStringLiteral("onlineDatabase"), QStringLiteral("mgc")},
                                        {QStringLiteral("onlineInstance"), backup},
                                        {QStringLiteral("acknowledgePreflightWarnings"), true}});
    const QString folder =
        exportScripts(planPath, QStringLiteral("failover"), dir.filePath(QStringLiteral("scripts")));

    const QList<ExportedFile> files = runOrder(folder, backup, primary);
    ASSERT_EQ(files.size(), 10);
    for (const ExportedFile& file : files) {
        SCOPED_TRACE(file.name.toStdString());
        if (file.target == primary) {
            // The primary data center is down: the file says that connecting is expected to fail.
            const QString output = LabProcess::runTsql(
                lab.port(primary), scriptText(QDir(folder).filePath(file.name)) + QStringLiteral("exit\n"));
            EXPECT_TRUE(output.contains(QStringLiteral("problem connecting"))) << output.toStdString();
            continue;
        }
        if (file.name.startsWith(QStringLiteral("04-"))) {
            // An application still holds mgc: the file's first batch lists the sessions, the DBA ends each.
            ASSERT_TRUE(lab.control().addFault(QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")));
            const QString firstBatch =
                scriptText(QDir(folder).filePath(file.name)).section(QStringLiteral("\nGO\n"), 0, 0);
            const QString sessions =
                LabProcess::runTsql(lab.port(backup), firstBatch + QStringLiteral("\ngo\nexit\n"));
            static const QRegularExpression sessionRow(QStringLiteral("(?:^|\\n)(?:\\d+> )*(\\d+)\\t"));
            QStringList kills;
            for (auto it = sessionRow.globalMatch(sessions); it.hasNext();)
                kills << QStringLiteral("KILL %1\ngo\n").arg(it.next().captured(1));
            ASSERT_FALSE(kills.isEmpty()) << sessions.toStdString();
            const QString killed =
                LabProcess::runTsql(lab.port(backup), kills.join(QString()) + QStringLiteral("exit\n"));
            EXPECT_TRUE(LabProcess::errorsIn(killed).isEmpty()) << killed.toStdString();
        }
        runByHand(lab, folder, file);
    }

    // The lab's own account of the failed-over state.
    EXPECT_EQ(
        value(lab, backup, QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'mgc'")),
        QStringLiteral("ONLINE"));
    EXPECT_EQ(value(lab, backup,
                    QStringLiteral("SELECT COUNT(*) AS v FROM msdb.dbo.log_shipping_secondary_databases "
                                   "WHERE secondary_database = N'mgc'")),
              QStringLiteral("0"));
    EXPECT_TRUE(
        value(lab, backup,
              QStringLiteral("SELECT TOP (1) m.physical_device_name AS v FROM msdb.dbo.restorehistory AS r "
                             "JOIN msdb.dbo.backupset AS b ON b.backup_set_id = r.backup_set_id "
                             "JOIN msdb.dbo.backupmediafamily AS m ON m.media_set_id = b.media_set_id "
                             "WHERE r.destination_database_name = N'mgc' AND r.restore_type = N'L' "
                             "ORDER BY r.restore_history_id DESC"))
            .endsWith(newest))
        << "the last log backup on the share is the last one restored";
    EXPECT_EQ(
        value(lab, backup,
              QStringLiteral("SELECT COUNT(*) AS v FROM sys.database_mirroring WHERE mirroring_role_desc = "
                             "N'PRINCIPAL' AND database_id IN (DB_ID(N'mgc'), DB_ID(N'mgccomp'))")),
        QStringLiteral("2"));
    const QJsonObject pool = lab.control().pool();
    EXPECT_EQ(pool.value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));
    QStringList active;
    for (const QJsonValue& server : pool.value(QLatin1String("activeServers")).toArray())
        active << server.toString();
    QStringList planned;
    for (const QJsonValue& server : lab.examplePlanJson()
                                        .value(QLatin1String("failover"))
                                        .toObject()
                                        .value(QLatin1String("activeServers"))
                                        .toArray())
        planned << server.toString();
    EXPECT_FALSE(planned.isEmpty());
    EXPECT_EQ(active, planned);

    // The wizard's own account: it inspects every step and finds the result in place. Step 2 only records
    // where step 3 reads the uncopied backups and step 7 has no Get- cmdlet to read the list back, so both
    // report "done" (step 7 sets the same servers again); every other step is skipped as already done.
    const QString inspected = runFailback(
        {QStringLiteral("--unattended"), QStringLiteral("--procedure"), QStringLiteral("failover"),
         QStringLiteral("--plan"), planPath, QStringLiteral("--shell-program"), QStringLiteral(PCHAT_LAB_EXE),
         QStringLiteral("--shell-arguments"), QStringLiteral("shell --control %1").arg(lab.controlPort()),
         QStringLiteral("--audit-dir"), dir.filePath(QStringLiteral("audit"))});
    for (int step = 1; step <= 7; ++step) {
        const bool recorded = step == 2 || step == 7;
        const QRegularExpression outcome(
            QStringLiteral("\\[%1/7 [^\\]]*\\] %2")
                .arg(step)
                .arg(recorded ? QStringLiteral("done: ") : QStringLiteral("already done, skipped")));
        EXPECT_TRUE(outcome.match(inspected).hasMatch()) << "step " << step << "\n"
                                                         << inspected.toStdString();
    }
    EXPECT_TRUE(inspected.contains(QStringLiteral("Recovery point: \\\\FS01\\PChatLogShip\\") + newest))
        << inspected.toStdString();
    EXPECT_TRUE(inspected.contains(QStringLiteral("Failover complete"))) << inspected.toStdString();

    // The failover's end is the failback's start: after the rebuild, the exported failback, run by hand the
    // same way, brings the lab back to normal operation.
    ASSERT_TRUE(lab.control().rebuildPrimary().value(QLatin1String("ok")).toBool());
    ASSERT_TRUE(lab.control().setSpeed(400));
    const QString failbackFolder =
        exportScripts(planPath, QStringLiteral("failback"), dir.filePath(QStringLiteral("failback")));
    const QList<ExportedFile> failback = runOrder(failbackFolder, backup, primary);
    ASSERT_FALSE(failback.isEmpty());
    for (const ExportedFile& file : failback) {
        SCOPED_TRACE(file.name.toStdString());
        runByHand(lab, failbackFolder, file);
    }
    const QStringList differences = LabEndState::differences(lab);
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
}

// A log backup missing from the chain: step 3's batch stops at the gap with the range mgc needs and restores
// nothing past it; once the file is back, the same file, run again, goes on from where it stopped.
TEST(ExportedFailover, StepThreeStopsAtAGapAndGoesOnOnceTheBackupIsBack)
{
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
    ASSERT_TRUE(lab.started());
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());
    ASSERT_TRUE(lab.control().addFault(QStringLiteral("log-backup-missing")));
    const QString backup = QStringLiteral("PCSQL02\\PCHAT");
    QTemporaryDir dir;
    const QString folder = exportScripts(writePlan(lab, dir, {}), QStringLiteral("failover"),
                                         dir.filePath(QStringLiteral("scripts")));
    const auto run = [&](const QString& name) {
        return LabProcess::runTsql(
            lab.port(backup), scriptText(QDir(folder).filePath(name)) + QStringLiteral("exit\n"), 120000);
    };
    const QString removed = run(QStringLiteral("01-remove-log-shipping.sql"));
    ASSERT_TRUE(LabProcess::errorsIn(removed).isEmpty()) << removed.toStdString();

    const QString stopped = run(QStringLiteral("03-apply-log-backups.sql"));
    const QStringList errors = LabProcess::errorsIn(stopped);
    ASSERT_EQ(errors.size(), 1) << stopped.toStdString();
    EXPECT_TRUE(errors.first().startsWith(QStringLiteral("50000: ")));
    EXPECT_TRUE(
        errors.first().contains(QStringLiteral("Stopped at a gap in the log chain: mgc needs the log backup "
                                               "that contains LSN ")))
        << errors.first().toStdString();
    const QString redo =
        value(lab, backup,
              QStringLiteral("SELECT CONVERT(nvarchar(30), MIN(redo_start_lsn)) AS v FROM "
                             "sys.master_files WHERE database_id = DB_ID(N'mgc') AND type_desc = "
                             "N'ROWS'"));
    EXPECT_TRUE(errors.first().contains(QStringLiteral("LSN %1, but the next one").arg(redo)))
        << errors.first().toStdString() << " redo " << redo.toStdString();

    ASSERT_TRUE(lab.control().clearFault(QStringLiteral("log-backup-missing")));
    const QString resumed = run(QStringLiteral("03-apply-log-backups.sql"));
    EXPECT_TRUE(LabProcess::errorsIn(resumed).isEmpty()) << resumed.toStdString();
    EXPECT_NE(
        value(lab, backup,
              QStringLiteral("SELECT CONVERT(nvarchar(30), MIN(redo_start_lsn)) AS v FROM sys.master_files "
                             "WHERE database_id = DB_ID(N'mgc') AND type_desc = N'ROWS'")),
        redo);
    EXPECT_FALSE(resumed.contains(QStringLiteral(", 0 backup set(s) restored"))) << resumed.toStdString();
}
