// The control port's "reset": after the failback's changes (mirroring removed, backup and restore done, a job
// added, the pool switched, faults on), the world is back at the scenario's start without a restart.
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>

namespace {

const char* kBackupFile = "\\\\FS01\\PChatLogShip\\mgc_reset.bak";

QJsonObject command(const LabProcess& lab, const char* cmd, const QJsonObject& arguments = {})
{
    QJsonObject request = arguments;
    request.insert(QStringLiteral("cmd"), QString::fromLatin1(cmd));
    return lab.control().send(request, 30000);
}

QStringList faultsOf(const LabProcess& lab)
{
    QStringList faults = lab.control().faults();
    faults.sort();
    return faults;
}

// The state the test changes, as one text per instance, read through tsql as any client would.
QString backupInstanceState(int port)
{
    return LabProcess::runTsql(port,
                               QStringLiteral("SELECT DB_NAME(database_id) AS db, mirroring_role_desc FROM "
                                              "sys.database_mirroring WHERE mirroring_guid IS NOT NULL\ngo\n"
                                              "SELECT COUNT(*) AS backups FROM msdb.dbo.backupset\ngo\n"
                                              "RESTORE HEADERONLY FROM DISK = N'%1'\ngo\nexit\n")
                                   .arg(QLatin1String(kBackupFile)));
}

QString primaryState(int port)
{
    return LabProcess::runTsql(
        port, QStringLiteral("SELECT COUNT(*) AS restores FROM msdb.dbo.restorehistory\ngo\n"
                             "SELECT COUNT(*) AS jobs FROM msdb.dbo.sysjobs\ngo\n"
                             "SELECT COUNT(*) AS primaries FROM msdb.dbo.log_shipping_primary_databases\ngo\n"
                             "SELECT name, state_desc FROM sys.databases WHERE name = N'mgc'\ngo\nexit\n"));
}

} // namespace

TEST(ResetTest, ReturnsTheWorldToTheScenarioStart)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400"), QStringLiteral("--fault"),
                    QStringLiteral("slow:1")});
    ASSERT_TRUE(lab.started());
    const int backup = lab.port(QStringLiteral("PCSQL02\\PCHAT"));
    const int primary = lab.port(QStringLiteral("PCSQL01\\PCHAT"));
    const QString backupAtStart = backupInstanceState(backup);
    const QString primaryAtStart = primaryState(primary);
    ASSERT_TRUE(backupAtStart.contains(QStringLiteral("mgc\tPRINCIPAL"))) << backupAtStart.toStdString();
    ASSERT_TRUE(primaryAtStart.contains(QStringLiteral("restores\n0"))) << primaryAtStart.toStdString();

    // The failback's steps 2 to 4 and the start of step 5 (a log-shipping primary and its job), then the Lync
    // pool and two faults.
    QString out = LabProcess::runTsql(
        backup, QStringLiteral("ALTER DATABASE [mgc] SET PARTNER OFF\ngo\n"
                               "BACKUP DATABASE [mgc] TO DISK = N'%1' WITH INIT\ngo\nexit\n")
                    .arg(QLatin1String(kBackupFile)));
    ASSERT_TRUE(out.contains(QStringLiteral("BACKUP DATABASE successfully processed"))) << out.toStdString();
    out = LabProcess::runTsql(
        primary, QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'%1' WITH REPLACE\ngo\n"
                                "EXEC master.dbo.sp_add_log_shipping_primary_database @database = N'mgc', "
                                "@backup_directory = N'\\\\FS01\\PChatLogShip', "
                                "@backup_share = N'\\\\FS01\\PChatLogShip', "
                                "@backup_job_name = N'LSBackup_mgc'\ngo\nexit\n")
                     .arg(QLatin1String(kBackupFile)));
    ASSERT_TRUE(out.contains(QStringLiteral("RESTORE DATABASE successfully processed"))) << out.toStdString();
    ASSERT_TRUE(command(lab, "lync-set-state", {{QStringLiteral("state"), QStringLiteral("Normal")}})
                    .value(QLatin1String("ok"))
                    .toBool());
    ASSERT_TRUE(command(lab, "lync-set-active", {{QStringLiteral("clear"), true}})
                    .value(QLatin1String("ok"))
                    .toBool());
    command(lab, "fault-add", {{QStringLiteral("name"), QStringLiteral("agent-stopped")}});
    command(lab, "fault-add", {{QStringLiteral("name"), QStringLiteral("db-in-use:mgc")}});
    const QString backupChanged = backupInstanceState(backup);
    EXPECT_FALSE(backupChanged.contains(QStringLiteral("mgc\tPRINCIPAL"))) << backupChanged.toStdString();
    EXPECT_FALSE(backupChanged.contains(QStringLiteral("backups\n0"))) << backupChanged.toStdString();
    EXPECT_NE(primaryState(primary), primaryAtStart);
    EXPECT_EQ(faultsOf(lab).size(), 3);

    // A session connected at the reset is dropped: the reset does not wait for clients to leave.
    QTcpSocket idle;
    idle.connectToHost(QStringLiteral("127.0.0.1"), quint16(backup));
    ASSERT_TRUE(idle.waitForConnected(3000)); // the lab creates the session on connect

    const QJsonObject reply = command(lab, "reset");
    ASSERT_TRUE(reply.value(QLatin1String("ok")).toBool())
        << reply.value(QLatin1String("error")).toString().toStdString();

    EXPECT_EQ(backupInstanceState(backup), backupAtStart);
    EXPECT_EQ(primaryState(primary), primaryAtStart);
    const QJsonObject pool = command(lab, "pool");
    EXPECT_EQ(pool.value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));
    EXPECT_EQ(pool.value(QLatin1String("activeServers")).toArray(),
              QJsonArray({QStringLiteral("PCHAT03.contoso.com"), QStringLiteral("PCHAT04.contoso.com")}));
    EXPECT_EQ(faultsOf(lab), QStringList{QStringLiteral("slow:1")}) << "the start faults stay, the others go";
    EXPECT_TRUE(idle.state() == QAbstractSocket::UnconnectedState || idle.waitForDisconnected(3000));
    // The ports stay: the instances answer where they did.
    EXPECT_EQ(lab.port(QStringLiteral("PCSQL02\\PCHAT")), backup);
    EXPECT_EQ(lab.stop(), 0);
}

TEST(ResetTest, TheScenarioCommandReturnsTheDocumentTheWorldWasBuiltFrom)
{
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral(PCHAT_LAB_DEFAULT_SCENARIO),
                    QStringLiteral("--fault"), QStringLiteral("agent-stopped")});
    ASSERT_TRUE(lab.started());
    const QJsonObject reply = command(lab, "scenario");
    ASSERT_TRUE(reply.value(QLatin1String("ok")).toBool());
    const QJsonObject scenario = reply.value(QLatin1String("scenario")).toObject();
    EXPECT_EQ(scenario.value(QLatin1String("saPassword")).toString(),
              QString::fromLatin1(LabProcess::password()));
    EXPECT_EQ(scenario.value(QLatin1String("instances")).toArray().size(), 4);
    EXPECT_EQ(reply.value(QLatin1String("startFaults")).toArray(),
              QJsonArray{QStringLiteral("agent-stopped")});
}

TEST(ResetTest, IntoAnotherBuiltInScenarioOnTheSamePorts)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    const int primary = lab.port(QStringLiteral("PCSQL01\\PCHAT"));
    ASSERT_EQ(lab.control().poolState(), QStringLiteral("FailedOver"));

    const QJsonObject unknown = lab.control().resetTo(QStringLiteral("/etc/passwd"));
    EXPECT_FALSE(unknown.value(QLatin1String("ok")).toBool());
    EXPECT_EQ(unknown.value(QLatin1String("error")).toString(), QStringLiteral("unknown-scenario"));
    EXPECT_EQ(lab.control().poolState(), QStringLiteral("FailedOver")) << "a refused reset changes nothing";

    ASSERT_TRUE(lab.control()
                    .resetTo(QStringLiteral("normal-with-log-shipping"))
                    .value(QLatin1String("ok"))
                    .toBool());
    EXPECT_EQ(lab.control().poolState(), QStringLiteral("Normal"));
    EXPECT_TRUE(lab.control().scenario().value(QLatin1String("disaster")).isObject());
    // The same listener answers with the new scenario's state: the primary's mgc is log shipping's primary.
    const QString shipping = LabProcess::runTsql(
        primary,
        QStringLiteral(
            "SELECT COUNT(*) AS primaries FROM msdb.dbo.log_shipping_primary_databases\ngo\nexit\n"));
    EXPECT_TRUE(shipping.contains(QStringLiteral("primaries\n1"))) << shipping.toStdString();
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());

    // A plain reset returns to the scenario chosen last, before its disaster.
    ASSERT_TRUE(lab.control().reset().value(QLatin1String("ok")).toBool());
    EXPECT_EQ(lab.control().poolState(), QStringLiteral("Normal"));
    EXPECT_TRUE(LabProcess::runTsql(primary, QStringLiteral("SELECT 1 AS up\ngo\nexit\n"))
                    .contains(QStringLiteral("up\n1")));

    ASSERT_TRUE(
        lab.control().resetTo(QStringLiteral("default-scenario")).value(QLatin1String("ok")).toBool());
    EXPECT_EQ(lab.control().poolState(), QStringLiteral("FailedOver"));
}
