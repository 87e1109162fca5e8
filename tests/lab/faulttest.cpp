// Faults switched on from the command line and cleared at run time through the control port.
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

} // namespace

TEST(FaultTest, FaultsFromTheCommandLineAndTheControlPort)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400"), QStringLiteral("--fault"),
                    QStringLiteral("db-in-use:PCSQL01\\PCHAT:mgc"), QStringLiteral("--fault"),
                    QStringLiteral("share-not-writable:CONTOSO\\svc-pchat-sql"), QStringLiteral("--fault"),
                    QStringLiteral("agent-stopped:PCSQL01\\PCHAT")});
    ASSERT_TRUE(lab.started());
    const int primary = lab.port(QStringLiteral("PCSQL01\\PCHAT"));
    QString out = LabProcess::runTsql(
        primary,
        QStringLiteral(
            "BACKUP DATABASE mgc TO DISK = N'\\\\FS01\\PChatLogShip\\mgc.bak' WITH INIT\ngo\n"
            "BACKUP DATABASE mgc TO DISK = N'D:\\MSSQL\\Backup\\mgc.bak' WITH INIT\ngo\n"
            "RESTORE DATABASE mgc FROM DISK = N'D:\\MSSQL\\Backup\\mgc.bak' WITH REPLACE\ngo\n"
            "SELECT status_desc FROM sys.dm_server_services WHERE servicename LIKE 'SQL Server Agent%'\ngo\n"
            "SELECT COUNT(*) AS agents FROM master.dbo.sysprocesses WHERE program_name LIKE "
            "'SQLAgent%'\ngo\nexit\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("Operating system error 5(Access is denied.).")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(
        QStringLiteral("Exclusive access could not be obtained because the database is in use.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Stopped")));
    EXPECT_TRUE(out.contains(QStringLiteral("agents\n0")));

    EXPECT_TRUE(lab.control().clearFault(QStringLiteral("share-not-writable:CONTOSO\\svc-pchat-sql")));
    EXPECT_TRUE(lab.control().addFault(QStringLiteral("login-fails:PCSQL02\\PCHAT")));
    out = LabProcess::runTsql(
        primary,
        QStringLiteral(
            "BACKUP DATABASE mgc TO DISK = N'\\\\FS01\\PChatLogShip\\mgc.bak' WITH INIT\ngo\nexit\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("BACKUP DATABASE successfully processed"))) << out.toStdString();
    out = LabProcess::runTsql(lab.port(QStringLiteral("PCSQL02\\PCHAT")),
                              QStringLiteral("SELECT 1\ngo\nexit\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("Login failed for user 'sa'."))) << out.toStdString();
    EXPECT_EQ(lab.stop(), 0) << "SIGTERM ends the lab cleanly";
}

TEST(FaultTest, ConnectionDroppedDuringRestoreLeavesTheDatabaseRestoring)
{
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral(PCHAT_LAB_DEFAULT_SCENARIO),
                    QStringLiteral("--speed"), QStringLiteral("20"), QStringLiteral("--fault"),
                    QStringLiteral("restore-drop-at:50")});
    ASSERT_TRUE(lab.started());
    const int primary = lab.port(QStringLiteral("PCSQL01\\PCHAT"));
    QString out = LabProcess::runTsql(
        primary, QStringLiteral("BACKUP DATABASE mgc TO DISK = N'D:\\MSSQL\\Backup\\drop.bak' WITH INIT\ngo\n"
                                "RESTORE DATABASE mgc FROM DISK = N'D:\\MSSQL\\Backup\\drop.bak' WITH "
                                "REPLACE, STATS = 10\ngo\nexit\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("40 percent processed."))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("RESTORE DATABASE successfully processed")));
    out = LabProcess::runTsql(primary,
                              QStringLiteral("SELECT state_desc FROM sys.databases WHERE name = 'mgc'\n"
                                             "go\nexit\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORING"))) << out.toStdString();
}

// The control port hands out the scenario (passwords included) and switches faults: without the token the lab
// was started with, it answers nothing else.
TEST(ControlToken, ARequestWithoutTheTokenIsRefusedAndChangesNothing)
{
    LabProcess lab;
    ASSERT_TRUE(lab.started());
    for (const QString& token : {QString(), QStringLiteral("guessed")}) {
        const QJsonObject refused = lab.control().send(
            {{QStringLiteral("cmd"), QStringLiteral("scenario")}, {QStringLiteral("token"), token}});
        EXPECT_FALSE(refused.value(QLatin1String("ok")).toBool(true));
        EXPECT_EQ(refused.value(QLatin1String("error")).toString(), QStringLiteral("unauthorized"));
        EXPECT_FALSE(QJsonDocument(refused).toJson().contains("Lab-Failback")) << "no password leaves";
        lab.control().send({{QStringLiteral("cmd"), QStringLiteral("fault-add")},
                            {QStringLiteral("name"), QStringLiteral("agent-stopped")},
                            {QStringLiteral("token"), token}});
    }
    const QJsonObject faults = lab.control().send(pchat::LabControl::faultsRequest());
    EXPECT_TRUE(faults.value(QLatin1String("ok")).toBool());
    EXPECT_TRUE(faults.value(QLatin1String("faults")).toArray().isEmpty())
        << "a refused request switched a fault";
}
