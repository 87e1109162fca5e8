#include "testsupport.h"

#include "backend/plan/planjson.h"

#include <gtest/gtest.h>

namespace pchat::test {

QString examplePlanPath()
{
    return QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json");
}

Plan examplePlan()
{
    QString error;
    const std::optional<Plan> plan = PlanJson::load(examplePlanPath(), &error);
    EXPECT_TRUE(plan.has_value()) << error.toStdString();
    return plan.value_or(Plan{});
}

Plan referencePlan()
{
    Plan plan = examplePlan();
    plan.applyDerivedDefaults(QDate(2026, 11, 26));
    return plan;
}

Plan customPlan()
{
    Plan plan;
    plan.backupInstance = {QStringLiteral("SQLB\\INST2"),
                           QStringLiteral("10.0.0.2,1444"),
                           Authentication::SqlLogin,
                           QStringLiteral("failback"),
                           QStringLiteral("secret-b"),
                           QStringLiteral("FreeTDS"),
                           Encryption::Strict,
                           true,
                           42};
    plan.primaryInstance = {QStringLiteral("SQLA\\INST1"),
                            QStringLiteral("sqla.contoso.com\\INST1"),
                            Authentication::Windows,
                            QStringLiteral("CONTOSO\\dba"),
                            QStringLiteral("secret-a"),
                            QStringLiteral("ODBC Driver 17 for SQL Server"),
                            Encryption::Optional,
                            true,
                            30};
    plan.mgcDatabase = QStringLiteral("mgc2");
    plan.mgccompDatabase = QStringLiteral("mgccomp2");
    plan.backup = {QStringLiteral("\\\\FS02\\Share\\Sub"),
                   QStringLiteral("x.bak"),
                   QStringLiteral("set name"),
                   QStringLiteral("Beschreibung äöü"),
                   false,
                   true,
                   false,
                   false,
                   BackupCompression::DoNotCompress,
                   25};
    plan.restore = {3,
                    {{QStringLiteral("mgc"), QStringLiteral("D:\\Data\\mgc.mdf")},
                     {QStringLiteral("mgc_log"), QStringLiteral("L:\\Log\\mgc_log.ldf")}},
                    false,
                    20};
    LogShippingSettings& ls = plan.logShipping;
    ls.backupNetworkPath = QStringLiteral("\\\\FS02\\Logs");
    ls.backupLocalPath = QStringLiteral("C:\\Logs");
    ls.backupRetentionMinutes = 100;
    ls.backupAlertMinutes = 101;
    ls.backupAlertEnabled = false;
    ls.backupJobName = QStringLiteral("LSBackup_custom");
    ls.backupSchedule = {QStringLiteral("b"), ScheduleUnit::Hours, 2,
                         QTime(1, 2, 3),      QTime(22, 33, 44),   20250101};
    ls.compression = BackupCompression::Compress;
    ls.initialization = SecondaryInitialization::RestoreExistingBackup;
    ls.initializationBackupFile = QStringLiteral("init.bak");
    ls.copyDestinationFolder = QStringLiteral("F:\\Copy");
    ls.copyRetentionMinutes = 102;
    ls.copyJobName = QStringLiteral("copy job");
    ls.copySchedule = {QStringLiteral("c"), ScheduleUnit::Minutes, 5,
                       QTime(0, 0, 1),      QTime(23, 0, 0),       20250102};
    ls.restoreMode = LogRestoreMode::Standby;
    ls.disconnectUsers = true;
    ls.restoreDelayMinutes = 7;
    ls.restoreAlertMinutes = 103;
    ls.restoreAlertEnabled = false;
    ls.restoreJobName = QStringLiteral("restore job");
    ls.restoreSchedule = {QStringLiteral("r"), ScheduleUnit::Hours, 1,
                          QTime(2, 0, 0),      QTime(3, 0, 0),      20250103};
    ls.historyRetentionMinutes = 104;
    plan.lync.module = ShellModule::SkypeForBusiness;
    plan.lync.activeServerCollection = QStringLiteral("global");
    plan.lync.poolIdentity = QStringLiteral("service:pool.contoso.com");
    plan.lync.primaryDataCenter = QStringLiteral("West");
    plan.lync.activeServers = {{QStringLiteral("a.contoso.com"), QStringLiteral("West")},
                               {QStringLiteral("b.contoso.com"), QStringLiteral("East")}};
    plan.failover.backupServerFqdn = QStringLiteral("sql2.contoso.com");
    plan.failover.mirrorServerFqdn = QStringLiteral("sql2m.contoso.com");
    plan.failover.mirrorInstanceName = QStringLiteral("CHAT");
    plan.failover.fileShare = QStringLiteral("\\\\FS9\\Mirror");
    plan.failover.dropExistingDatabasesOnMirror = true;
    plan.failover.activeServers = {QStringLiteral("c.contoso.com"), QStringLiteral("d.contoso.com")};
    return plan;
}

} // namespace pchat::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE
