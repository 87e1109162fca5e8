#include "backend/plan/planvalidator.h"
#include "testsupport.h"

#include <functional>
#include <gtest/gtest.h>

using namespace pchat;
using namespace pchat::test;

namespace {

QString describe(const ValidationIssues& issues)
{
    QString text;
    for (const ValidationIssue& issue : issues)
        text += issue.field + QStringLiteral(": ") + issue.message + u'\n';
    return text;
}

// The plan after `change` has an issue at `field` with a message, and no issue anywhere else.
void expectOnlyIssue(const std::function<void(Plan&)>& change, const QString& field)
{
    Plan plan = referencePlan();
    change(plan);
    const ValidationIssues issues = PlanValidator::validate(plan, PlanValidator::Scope::Failover);
    ASSERT_FALSE(issues.isEmpty()) << "no issue for " << field.toStdString();
    for (const ValidationIssue& issue : issues) {
        EXPECT_EQ(issue.field, field) << describe(issues).toStdString();
        EXPECT_FALSE(issue.message.trimmed().isEmpty());
    }
}

void expectValid(const std::function<void(Plan&)>& change)
{
    Plan plan = referencePlan();
    change(plan);
    const ValidationIssues issues = PlanValidator::validate(plan, PlanValidator::Scope::Failover);
    EXPECT_TRUE(issues.isEmpty()) << describe(issues).toStdString();
}

} // namespace

TEST(PlanValidator, ExamplePlanIsValid)
{
    EXPECT_TRUE(PlanValidator::validate(examplePlan()).isEmpty())
        << describe(PlanValidator::validate(examplePlan())).toStdString();
    EXPECT_TRUE(PlanValidator::validate(referencePlan()).isEmpty());
}

TEST(PlanValidator, RequiredInstanceValues)
{
    expectOnlyIssue([](Plan& p) { p.backupInstance.name.clear(); }, QStringLiteral("backupInstance.name"));
    expectOnlyIssue([](Plan& p) { p.primaryInstance.name = QStringLiteral("  "); },
                    QStringLiteral("primaryInstance.name"));
    expectOnlyIssue([](Plan& p) { p.backupInstance.login.clear(); }, QStringLiteral("backupInstance.login"));
    expectValid([](Plan& p) {
        p.backupInstance.authentication = Authentication::Windows;
        p.backupInstance.login.clear();
    });
    expectOnlyIssue([](Plan& p) { p.primaryInstance.odbcDriver.clear(); },
                    QStringLiteral("primaryInstance.odbcDriver"));
}

TEST(PlanValidator, InstanceNameSyntax)
{
    expectValid([](Plan& p) { p.backupInstance.name = QStringLiteral("pcsql02.contoso.com"); });
    expectValid([](Plan& p) { p.backupInstance.name = QStringLiteral("PCSQL-02\\_Inst$1#"); });
    for (const QString& bad :
         {QStringLiteral("PCSQL02\\"), QStringLiteral("\\PCHAT"), QStringLiteral("PC SQL02"),
          QStringLiteral("PCSQL02\\PC HAT"), QStringLiteral("PCSQL02\\1PCHAT"),
          QStringLiteral("PCSQL02\\ABCDEFGHIJKLMNOPQ"), QStringLiteral("-PCSQL02"),
          QStringLiteral("PCSQL02;DROP"), QStringLiteral("PCSQL02\\A\\B"), QStringLiteral("PCSQL02,1433")}) {
        expectOnlyIssue([&](Plan& p) { p.backupInstance.name = bad; }, QStringLiteral("backupInstance.name"));
    }
}

TEST(PlanValidator, AddressSyntax)
{
    expectValid([](Plan& p) { p.backupInstance.address.clear(); });
    expectValid([](Plan& p) { p.backupInstance.address = QStringLiteral("pcsql02.contoso.com\\PCHAT"); });
    expectValid([](Plan& p) { p.backupInstance.address = QStringLiteral("10.1.2.3,65535"); });
    for (const QString& bad :
         {QStringLiteral("127.0.0.1,0"), QStringLiteral("127.0.0.1,65536"), QStringLiteral("127.0.0.1,"),
          QStringLiteral("127.0.0.1,abc"), QStringLiteral("host:1433"), QStringLiteral("a b,1")}) {
        expectOnlyIssue([&](Plan& p) { p.backupInstance.address = bad; },
                        QStringLiteral("backupInstance.address"));
    }
}

TEST(PlanValidator, PrimaryAndBackupMustDiffer)
{
    expectOnlyIssue(
        [](Plan& p) {
            p.primaryInstance.name = QStringLiteral("pcsql02\\pchat");
            p.primaryInstance.address = QStringLiteral("127.0.0.1,14331");
        },
        QStringLiteral("primaryInstance.name"));
    expectOnlyIssue([](Plan& p) { p.primaryInstance.address = QStringLiteral("127.0.0.1,14333"); },
                    QStringLiteral("primaryInstance.address"));
}

TEST(PlanValidator, LoginTimeoutRange)
{
    expectOnlyIssue([](Plan& p) { p.backupInstance.loginTimeoutSeconds = 0; },
                    QStringLiteral("backupInstance.loginTimeoutSeconds"));
    expectOnlyIssue([](Plan& p) { p.primaryInstance.loginTimeoutSeconds = 601; },
                    QStringLiteral("primaryInstance.loginTimeoutSeconds"));
}

TEST(PlanValidator, StrictEncryptionNeedsDriver18)
{
    expectOnlyIssue(
        [](Plan& p) {
            p.primaryInstance.odbcDriver = QStringLiteral("ODBC Driver 17 for SQL Server");
            p.primaryInstance.encryption = Encryption::Strict;
        },
        QStringLiteral("primaryInstance.encryption"));
    expectValid([](Plan& p) {
        p.primaryInstance.odbcDriver = QStringLiteral("ODBC Driver 17 for SQL Server");
        p.primaryInstance.encryption = Encryption::Mandatory;
    });
    expectValid([](Plan& p) {
        p.primaryInstance.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
        p.primaryInstance.encryption = Encryption::Strict;
    });
}

TEST(PlanValidator, Databases)
{
    expectOnlyIssue([](Plan& p) { p.mgcDatabase.clear(); }, QStringLiteral("mgcDatabase"));
    expectOnlyIssue([](Plan& p) { p.mgccompDatabase = QString(129, u'x'); },
                    QStringLiteral("mgccompDatabase"));
    expectOnlyIssue([](Plan& p) { p.mgccompDatabase = QStringLiteral("MGC"); },
                    QStringLiteral("mgccompDatabase"));
    expectOnlyIssue([](Plan& p) { p.mgcDatabase = QStringLiteral("mgc\n"); }, QStringLiteral("mgcDatabase"));
    expectValid([](Plan& p) { p.mgcDatabase = QStringLiteral("mgc'ä]"); });
}

TEST(PlanValidator, ShareFolderMustBeUnc)
{
    expectOnlyIssue([](Plan& p) { p.backup.shareFolder.clear(); }, QStringLiteral("backup.shareFolder"));
    for (const QString& bad :
         {QStringLiteral("C:\\Backup"), QStringLiteral("\\\\FS01"), QStringLiteral("\\\\FS01\\"),
          QStringLiteral("//FS01/share"), QStringLiteral("\\\\FS01\\share\\\\sub"),
          QStringLiteral("\\\\FS 01\\share"), QStringLiteral("\\FS01\\share")}) {
        expectOnlyIssue([&](Plan& p) { p.backup.shareFolder = bad; }, QStringLiteral("backup.shareFolder"));
    }
    for (const QString& bad :
         {QStringLiteral("\\\\FS01\\sh|are"), QStringLiteral("\\\\FS01\\share\\a?b"),
          QStringLiteral("\\\\FS01\\share\\a:b"), QStringLiteral("\\\\FS01\\share\\a\"b")}) {
        expectOnlyIssue([&](Plan& p) { p.backup.shareFolder = bad; }, QStringLiteral("backup.shareFolder"));
    }
    expectValid(
        [](Plan& p) { p.backup.shareFolder = QStringLiteral("\\\\fs01.contoso.com\\PChat Log$\\Übung\\"); });
}

TEST(PlanValidator, BackupFileName)
{
    expectOnlyIssue([](Plan& p) { p.backup.fileName.clear(); }, QStringLiteral("backup.fileName"));
    expectOnlyIssue([](Plan& p) { p.backup.fileName = QStringLiteral("sub\\mgc.bak"); },
                    QStringLiteral("backup.fileName"));
    expectOnlyIssue([](Plan& p) { p.backup.fileName = QStringLiteral("mgc*.bak"); },
                    QStringLiteral("backup.fileName"));
    expectOnlyIssue([](Plan& p) { p.backup.fileName = QStringLiteral("mgc.trn"); },
                    QStringLiteral("backup.fileName"));
    expectOnlyIssue([](Plan& p) { p.backup.fileName = QStringLiteral("mgc\t.bak"); },
                    QStringLiteral("backup.fileName"));
    expectValid([](Plan& p) { p.backup.fileName = QStringLiteral("mgc failback O'Neil.BAK"); });
}

TEST(PlanValidator, BackupSetNameAndDescription)
{
    expectOnlyIssue([](Plan& p) { p.backup.backupSetName.clear(); }, QStringLiteral("backup.backupSetName"));
    expectOnlyIssue([](Plan& p) { p.backup.backupSetName = QString(129, u'n'); },
                    QStringLiteral("backup.backupSetName"));
    expectValid([](Plan& p) { p.backup.description.clear(); });
    expectValid([](Plan& p) { p.backup.description = QString(255, u'd'); });
    expectOnlyIssue([](Plan& p) { p.backup.description = QString(256, u'd'); },
                    QStringLiteral("backup.description"));
    expectOnlyIssue([](Plan& p) { p.backup.description = QStringLiteral("two\r\nlines"); },
                    QStringLiteral("backup.description"));
}

TEST(PlanValidator, StatsPercentRange)
{
    expectOnlyIssue([](Plan& p) { p.backup.statsPercent = 0; }, QStringLiteral("backup.statsPercent"));
    expectOnlyIssue([](Plan& p) { p.restore.statsPercent = 101; }, QStringLiteral("restore.statsPercent"));
    expectValid([](Plan& p) { p.restore.statsPercent = 100; });
}

TEST(PlanValidator, RestoreSettings)
{
    expectOnlyIssue([](Plan& p) { p.restore.backupSetPosition = 0; },
                    QStringLiteral("restore.backupSetPosition"));
    expectValid([](Plan& p) {
        p.restore.relocations = {{QStringLiteral("mgc"), QStringLiteral("D:\\Data\\mgc.mdf")},
                                 {QStringLiteral("mgc_log"), QStringLiteral("\\\\NAS\\Logs\\mgc_log.ldf")}};
    });
    expectOnlyIssue(
        [](Plan& p) {
            p.restore.relocations = {{QString(), QStringLiteral("D:\\Data\\mgc.mdf")}};
        },
        QStringLiteral("restore.relocations[0].logicalName"));
    expectOnlyIssue(
        [](Plan& p) {
            p.restore.relocations = {{QStringLiteral("mgc"), QStringLiteral("D:\\mgc.mdf")},
                                     {QStringLiteral("mgc"), QStringLiteral("D:\\mgc2.mdf")}};
        },
        QStringLiteral("restore.relocations[1].logicalName"));
    expectOnlyIssue(
        [](Plan& p) {
            p.restore.relocations = {{QStringLiteral("mgc"), QString()}};
        },
        QStringLiteral("restore.relocations[0].physicalName"));
    expectOnlyIssue(
        [](Plan& p) {
            p.restore.relocations = {{QStringLiteral("mgc"), QStringLiteral("Data\\mgc.mdf")}};
        },
        QStringLiteral("restore.relocations[0].physicalName"));
}

TEST(PlanValidator, LogShippingPaths)
{
    expectOnlyIssue([](Plan& p) { p.logShipping.backupNetworkPath.clear(); },
                    QStringLiteral("logShipping.backupNetworkPath"));
    expectOnlyIssue([](Plan& p) { p.logShipping.backupNetworkPath = QStringLiteral("E:\\Logs"); },
                    QStringLiteral("logShipping.backupNetworkPath"));
    expectValid([](Plan& p) { p.logShipping.backupLocalPath = QStringLiteral("C:\\PChatLogShip"); });
    expectOnlyIssue([](Plan& p) { p.logShipping.backupLocalPath = QStringLiteral("\\\\FS01\\PChatLogShip"); },
                    QStringLiteral("logShipping.backupLocalPath"));
    expectOnlyIssue([](Plan& p) { p.logShipping.backupLocalPath = QStringLiteral("C:PChat"); },
                    QStringLiteral("logShipping.backupLocalPath"));
    expectOnlyIssue([](Plan& p) { p.logShipping.copyDestinationFolder.clear(); },
                    QStringLiteral("logShipping.copyDestinationFolder"));
    expectOnlyIssue([](Plan& p) { p.logShipping.copyDestinationFolder = QStringLiteral("PChatLSCopy"); },
                    QStringLiteral("logShipping.copyDestinationFolder"));
    expectOnlyIssue([](Plan& p) { p.logShipping.copyDestinationFolder = QStringLiteral("E:\\PChat<LS>"); },
                    QStringLiteral("logShipping.copyDestinationFolder"));
    expectValid([](Plan& p) { p.logShipping.copyDestinationFolder = QStringLiteral("\\\\PCSQL02\\LSCopy"); });
    expectValid([](Plan& p) { p.logShipping.copyDestinationFolder = QStringLiteral("E:\\"); });
}

TEST(PlanValidator, InitializationBackupFile)
{
    expectOnlyIssue([](Plan& p) { p.logShipping.initializationBackupFile = QStringLiteral("init.trn"); },
                    QStringLiteral("logShipping.initializationBackupFile"));
    expectValid([](Plan& p) {
        p.logShipping.initialization = SecondaryInitialization::AlreadyInitialized;
        p.logShipping.initializationBackupFile.clear();
    });
}

TEST(PlanValidator, MinutesMustBePositive)
{
    const QList<std::pair<QString, std::function<void(Plan&)>>> cases{
        {QStringLiteral("logShipping.backupRetentionMinutes"),
         [](Plan& p) { p.logShipping.backupRetentionMinutes = 0; }},
        {QStringLiteral("logShipping.backupAlertMinutes"),
         [](Plan& p) { p.logShipping.backupAlertMinutes = -5; }},
        {QStringLiteral("logShipping.copyRetentionMinutes"),
         [](Plan& p) { p.logShipping.copyRetentionMinutes = 0; }},
        {QStringLiteral("logShipping.restoreAlertMinutes"),
         [](Plan& p) { p.logShipping.restoreAlertMinutes = 0; }},
        {QStringLiteral("logShipping.historyRetentionMinutes"),
         [](Plan& p) { p.logShipping.historyRetentionMinutes = 0; }},
        {QStringLiteral("logShipping.restoreDelayMinutes"),
         [](Plan& p) { p.logShipping.restoreDelayMinutes = -1; }},
    };
    for (const auto& [field, change] : cases)
        expectOnlyIssue(change, field);
}

TEST(PlanValidator, JobNames)
{
    expectOnlyIssue([](Plan& p) { p.logShipping.backupJobName.clear(); },
                    QStringLiteral("logShipping.backupJobName"));
    expectOnlyIssue([](Plan& p) { p.logShipping.copyJobName.clear(); },
                    QStringLiteral("logShipping.copyJobName"));
    expectOnlyIssue([](Plan& p) { p.logShipping.restoreJobName.clear(); },
                    QStringLiteral("logShipping.restoreJobName"));
    expectOnlyIssue([](Plan& p) { p.logShipping.restoreJobName = QString(129, u'j'); },
                    QStringLiteral("logShipping.restoreJobName"));
    expectOnlyIssue([](Plan& p) { p.logShipping.restoreJobName = p.logShipping.copyJobName; },
                    QStringLiteral("logShipping.restoreJobName"));
}

TEST(PlanValidator, Schedules)
{
    expectOnlyIssue([](Plan& p) { p.logShipping.copySchedule.name.clear(); },
                    QStringLiteral("logShipping.copySchedule.name"));
    expectOnlyIssue([](Plan& p) { p.logShipping.copySchedule.interval = 0; },
                    QStringLiteral("logShipping.copySchedule.interval"));
    expectOnlyIssue([](Plan& p) { p.logShipping.backupSchedule.interval = 1441; },
                    QStringLiteral("logShipping.backupSchedule.interval"));
    expectValid([](Plan& p) { p.logShipping.backupSchedule.interval = 1440; });
    expectOnlyIssue(
        [](Plan& p) {
            p.logShipping.restoreSchedule.unit = ScheduleUnit::Hours;
            p.logShipping.restoreSchedule.interval = 25;
        },
        QStringLiteral("logShipping.restoreSchedule.interval"));
    expectOnlyIssue([](Plan& p) { p.logShipping.restoreSchedule.startTime = QTime(23, 59, 0); },
                    QStringLiteral("logShipping.restoreSchedule.startTime"));
    expectOnlyIssue([](Plan& p) { p.logShipping.backupSchedule.activeStartDate = 20261131; },
                    QStringLiteral("logShipping.backupSchedule.activeStartDate"));
    expectValid([](Plan& p) { p.logShipping.backupSchedule.activeStartDate = 0; });
}

TEST(PlanValidator, LyncIdentities)
{
    expectOnlyIssue([](Plan& p) { p.lync.activeServerCollection.clear(); },
                    QStringLiteral("lync.activeServerCollection"));
    expectOnlyIssue([](Plan& p) { p.lync.poolIdentity.clear(); }, QStringLiteral("lync.poolIdentity"));
    expectOnlyIssue([](Plan& p) { p.lync.primaryDataCenter.clear(); },
                    QStringLiteral("lync.primaryDataCenter"));
    for (const QString& good :
         {QStringLiteral("service:pchat.contoso.com"), QStringLiteral("service: lyncpc.dci.discovery.com"),
          QStringLiteral("PersistentChatServer: pchat.contoso.com"),
          QStringLiteral("persistentchatserver:pchat.contoso.com")}) {
        expectValid([&](Plan& p) { p.lync.poolIdentity = good; });
    }
    for (const QString& bad :
         {QStringLiteral("pchat.contoso.com"), QStringLiteral("PersistentChatServer:pchat"),
          QStringLiteral("service:  pchat.contoso.com"), QStringLiteral("Registrar:pool.contoso.com"),
          QStringLiteral("service:pchat.contoso.com'; Remove-Item")}) {
        expectOnlyIssue([&](Plan& p) { p.lync.poolIdentity = bad; }, QStringLiteral("lync.poolIdentity"));
    }
}

TEST(PlanValidator, ShellSettings)
{
    expectOnlyIssue([](Plan& p) { p.lync.shellProgram.clear(); }, QStringLiteral("lync.shellProgram"));
    expectOnlyIssue([](Plan& p) { p.lync.shellProgram = QStringLiteral("  "); },
                    QStringLiteral("lync.shellProgram"));
    expectOnlyIssue([](Plan& p) { p.lync.shellTimeoutSeconds = 4; },
                    QStringLiteral("lync.shellTimeoutSeconds"));
    expectOnlyIssue([](Plan& p) { p.lync.shellTimeoutSeconds = 3601; },
                    QStringLiteral("lync.shellTimeoutSeconds"));
    expectValid([](Plan& p) { p.lync.shellTimeoutSeconds = 5; });
    expectValid([](Plan& p) { p.lync.shellTimeoutSeconds = 3600; });
    // Arguments may be empty: a remote-session script may need none.
    expectValid([](Plan& p) { p.lync.shellArguments.clear(); });
}

TEST(PlanValidator, ActiveServers)
{
    expectOnlyIssue([](Plan& p) { p.lync.activeServers.clear(); }, QStringLiteral("lync.activeServers"));
    expectOnlyIssue([](Plan& p) { p.lync.activeServers[1].fqdn.clear(); },
                    QStringLiteral("lync.activeServers[1].fqdn"));
    expectOnlyIssue([](Plan& p) { p.lync.activeServers[0].dataCenter.clear(); },
                    QStringLiteral("lync.activeServers[0].dataCenter"));
    for (const QString& bad : {QStringLiteral("PCHAT01"), QStringLiteral("-pchat.contoso.com"),
                               QStringLiteral("pchat-.contoso.com"), QStringLiteral("pchat..contoso.com"),
                               QStringLiteral("pchat.contoso.com."), QStringLiteral("pchat_01.contoso.com"),
                               QStringLiteral("pchät.contoso.com"),
                               QString(64, u'a') + QStringLiteral(".com"), QStringLiteral("a.b c.com")}) {
        expectOnlyIssue([&](Plan& p) { p.lync.activeServers[1].fqdn = bad; },
                        QStringLiteral("lync.activeServers[1].fqdn"));
    }
    QString longName;
    for (int i = 0; i < 4; ++i)
        longName += QString(63, u'a') + u'.';
    longName += QStringLiteral("com"); // 259 characters
    expectOnlyIssue([&](Plan& p) { p.lync.activeServers[1].fqdn = longName; },
                    QStringLiteral("lync.activeServers[1].fqdn"));
    expectValid(
        [](Plan& p) { p.lync.activeServers[1].fqdn = QString(63, u'a') + QStringLiteral(".contoso.com"); });
    expectOnlyIssue([](Plan& p) { p.lync.activeServers[1].fqdn = QStringLiteral("pchat01.CONTOSO.com"); },
                    QStringLiteral("lync.activeServers[1].fqdn"));
}

TEST(PlanValidator, ControlCharactersInAnySingleLineField)
{
    const QList<std::pair<QString, std::function<void(Plan&)>>> cases{
        {QStringLiteral("backupInstance.login"),
         [](Plan& p) { p.backupInstance.login = QStringLiteral("sa\n"); }},
        {QStringLiteral("primaryInstance.odbcDriver"),
         [](Plan& p) { p.primaryInstance.odbcDriver += QChar(0); }},
        {QStringLiteral("backup.backupSetName"), [](Plan& p) { p.backup.backupSetName += u'\t'; }},
        {QStringLiteral("backup.shareFolder"), [](Plan& p) { p.backup.shareFolder += u'\r'; }},
        {QStringLiteral("logShipping.copyJobName"),
         [](Plan& p) { p.logShipping.copyJobName += QChar(0x2028); }},
        {QStringLiteral("logShipping.backupSchedule.name"),
         [](Plan& p) { p.logShipping.backupSchedule.name += u'\n'; }},
        {QStringLiteral("lync.activeServerCollection"),
         [](Plan& p) { p.lync.activeServerCollection += u'\n'; }},
        {QStringLiteral("lync.poolIdentity"), [](Plan& p) { p.lync.poolIdentity += u'\n'; }},
        {QStringLiteral("lync.activeServers[0].dataCenter"),
         [](Plan& p) { p.lync.activeServers[0].dataCenter += u'\x1b'; }},
    };
    for (const auto& [field, change] : cases) {
        Plan plan = referencePlan();
        change(plan);
        const ValidationIssues issues = PlanValidator::validate(plan);
        ASSERT_EQ(issues.size(), 1) << field.toStdString() << "\n" << describe(issues).toStdString();
        EXPECT_EQ(issues.at(0).field, field);
        EXPECT_TRUE(issues.at(0).message.contains(QStringLiteral("control character")))
            << issues.at(0).message.toStdString();
    }
}

TEST(PlanValidator, ReportsEveryIssueAtOnce)
{
    Plan plan = referencePlan();
    plan.backupInstance.name.clear();
    plan.primaryInstance.loginTimeoutSeconds = 0;
    plan.backup.shareFolder = QStringLiteral("C:\\share");
    plan.logShipping.copyDestinationFolder = QStringLiteral("relative");
    plan.lync.poolIdentity = QStringLiteral("nope");
    plan.lync.activeServers.append({QStringLiteral("pchat01.contoso.com"), QStringLiteral("DC1")});
    const ValidationIssues issues = PlanValidator::validate(plan);
    QStringList fields;
    for (const ValidationIssue& issue : issues)
        fields << issue.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("backupInstance.name"),
                                   QStringLiteral("primaryInstance.loginTimeoutSeconds"),
                                   QStringLiteral("backup.shareFolder"),
                                   QStringLiteral("logShipping.copyDestinationFolder"),
                                   QStringLiteral("lync.poolIdentity"),
                                   QStringLiteral("lync.activeServers[2].fqdn")}))
        << describe(issues).toStdString();
}

TEST(PlanValidator, PrefixesSelectAPagesFields)
{
    Plan plan = referencePlan();
    plan.backupInstance.name.clear();
    plan.backup.fileName.clear();
    plan.lync.activeServers[1].fqdn = QStringLiteral("x");
    const auto fields = [&](const QStringList& prefixes) {
        QStringList result;
        for (const ValidationIssue& issue : PlanValidator::validate(plan, prefixes))
            result << issue.field;
        return result;
    };
    EXPECT_EQ(fields({QStringLiteral("backup")}), QStringList{QStringLiteral("backup.fileName")});
    EXPECT_EQ(fields({QStringLiteral("backupInstance")}), QStringList{QStringLiteral("backupInstance.name")});
    EXPECT_EQ(fields({QStringLiteral("lync.activeServers")}),
              QStringList{QStringLiteral("lync.activeServers[1].fqdn")});
    EXPECT_EQ(fields({QStringLiteral("lync"), QStringLiteral("backup.")}),
              (QStringList{QStringLiteral("backup.fileName"), QStringLiteral("lync.activeServers[1].fqdn")}));
    EXPECT_TRUE(fields({QStringLiteral("restore")}).isEmpty());
    EXPECT_EQ(fields({QString()}).size(), 3);
}

TEST(PlanValidator, FormatCharactersAreRefusedNamingFieldAndCodePoint)
{
    // Right-to-left override, zero-width space, joiner and non-joiner, byte order mark, word joiner, soft
    // hyphen, a tag character beyond the BMP, and a lone surrogate.
    const QList<std::pair<QString, QString>> characters{
        {QString(QChar(0x202E)), QStringLiteral("U+202E")},
        {QString(QChar(0x200B)), QStringLiteral("U+200B")},
        {QString(QChar(0x200D)), QStringLiteral("U+200D")},
        {QString(QChar(0x200C)), QStringLiteral("U+200C")},
        {QString(QChar(0xFEFF)), QStringLiteral("U+FEFF")},
        {QString(QChar(0x2060)), QStringLiteral("U+2060")},
        {QString(QChar(0x00AD)), QStringLiteral("U+00AD")},
        {QString::fromUcs4(std::u32string(1, U'\U000E0041').c_str(), 1), QStringLiteral("U+E0041")},
        {QString(QChar(0xD800)), QStringLiteral("U+D800")},
    };
    const QList<std::pair<QString, std::function<void(Plan&, const QString&)>>> fields{
        {QStringLiteral("mgcDatabase"),
         [](Plan& p, const QString& c) { p.mgcDatabase = QStringLiteral("mg") + c + u'c'; }},
        {QStringLiteral("logShipping.backupJobName"),
         [](Plan& p, const QString& c) { p.logShipping.backupJobName += c; }},
        {QStringLiteral("lync.activeServerCollection"),
         [](Plan& p, const QString& c) { p.lync.activeServerCollection.prepend(c); }},
        {QStringLiteral("backup.description"), [](Plan& p, const QString& c) { p.backup.description += c; }},
    };
    for (const auto& [character, code] : characters) {
        for (const auto& [field, change] : fields) {
            Plan plan = referencePlan();
            change(plan, character);
            const ValidationIssues issues = PlanValidator::validate(plan);
            ASSERT_EQ(issues.size(), 1) << field.toStdString() << " " << code.toStdString() << "\n"
                                        << describe(issues).toStdString();
            EXPECT_EQ(issues.at(0).field, field);
            EXPECT_TRUE(issues.at(0).message.contains(code)) << issues.at(0).message.toStdString();
            EXPECT_TRUE(issues.at(0).message.contains(field)) << issues.at(0).message.toStdString();
        }
    }
    // Control characters name their code point too.
    Plan plan = referencePlan();
    plan.backup.backupSetName += u'\t';
    const ValidationIssues issues = PlanValidator::validate(plan);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.at(0).message.contains(QLatin1String("U+0009"))) << issues.at(0).message.toStdString();
    // Visible letters of other scripts stay allowed.
    expectValid([](Plan& p) { p.backup.description = QStringLiteral("M\u00fcller \u65e5\u672c \u0452"); });
}

TEST(PlanValidator, TheDatabaseNameInAFilePathIsAFileName)
{
    for (const QString& name :
         {QStringLiteral("a\\b"), QStringLiteral("a/b"), QStringLiteral("C:mgc"), QStringLiteral(".."),
          QStringLiteral("mgc..x"), QStringLiteral("mgc*"), QStringLiteral("mgc?"), QStringLiteral("a<b"),
          QStringLiteral("a|b"), QStringLiteral("a\"b"), QStringLiteral("CON"), QStringLiteral("nul"),
          QStringLiteral("com1"), QStringLiteral("LPT9"), QStringLiteral("mgc."), QStringLiteral("mgc ")})
        expectOnlyIssue([&](Plan& p) { p.mgcDatabase = name; }, QStringLiteral("mgcDatabase"));
    for (const QString& name : {QStringLiteral("mgc_2"), QStringLiteral("O'Brien"), QStringLiteral("a]b"),
                                QStringLiteral("CONTOSO"), QStringLiteral("com10")})
        expectValid([&](Plan& p) { p.mgcDatabase = name; });
    // The backup files' names: reserved device names are refused as well.
    expectOnlyIssue([](Plan& p) { p.backup.fileName = QStringLiteral("CON.bak"); },
                    QStringLiteral("backup.fileName"));
    expectOnlyIssue([](Plan& p) { p.logShipping.initializationBackupFile = QStringLiteral("aux.bak"); },
                    QStringLiteral("logShipping.initializationBackupFile"));
}

TEST(PlanValidator, FailoverMirrorAndShare)
{
    expectOnlyIssue([](Plan& p) { p.failover.backupServerFqdn.clear(); },
                    QStringLiteral("failover.backupServerFqdn"));
    expectOnlyIssue([](Plan& p) { p.failover.backupServerFqdn = QStringLiteral("PCSQL02\\PCHAT"); },
                    QStringLiteral("failover.backupServerFqdn"));
    expectOnlyIssue([](Plan& p) { p.failover.mirrorServerFqdn = QStringLiteral("  "); },
                    QStringLiteral("failover.mirrorServerFqdn"));
    expectOnlyIssue([](Plan& p) { p.failover.mirrorInstanceName = QStringLiteral("9PCHAT"); },
                    QStringLiteral("failover.mirrorInstanceName"));
    expectOnlyIssue([](Plan& p) { p.failover.mirrorInstanceName = QStringLiteral("PC'HAT"); },
                    QStringLiteral("failover.mirrorInstanceName"));
    // The mirror cannot be the new primary itself.
    expectOnlyIssue([](Plan& p) { p.failover.mirrorServerFqdn = QStringLiteral("pcsql02.contoso.com"); },
                    QStringLiteral("failover.mirrorServerFqdn"));
    expectValid([](Plan& p) { p.failover.mirrorInstanceName.clear(); });
    expectOnlyIssue([](Plan& p) { p.failover.fileShare = QStringLiteral("E:\\Mirror"); },
                    QStringLiteral("failover.fileShare"));
    expectOnlyIssue([](Plan& p) { p.failover.fileShare.clear(); }, QStringLiteral("failover.fileShare"));
    expectValid([](Plan& p) { p.failover.dropExistingDatabasesOnMirror = true; });
}

TEST(PlanValidator, FailoverActiveServers)
{
    expectOnlyIssue([](Plan& p) { p.failover.activeServers.clear(); },
                    QStringLiteral("failover.activeServers"));
    expectOnlyIssue([](Plan& p) { p.failover.activeServers[1] = QStringLiteral("pchat04"); },
                    QStringLiteral("failover.activeServers[1]"));
    expectOnlyIssue([](Plan& p) { p.failover.activeServers << QStringLiteral("pchat03.CONTOSO.com"); },
                    QStringLiteral("failover.activeServers[2]"));
    // The procedure's IMPORTANT note: a server of the lost primary data center is refused, with both names.
    Plan plan = referencePlan();
    plan.failover.activeServers << QStringLiteral("pchat01.contoso.com");
    const ValidationIssues issues = PlanValidator::validate(plan, PlanValidator::Scope::Failover);
    ASSERT_EQ(issues.size(), 1) << describe(issues).toStdString();
    EXPECT_EQ(issues.first().field, QStringLiteral("failover.activeServers[2]"));
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("pchat01.contoso.com")));
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("DC1")));
}

TEST(PlanValidator, AFailbackPlanNeedsNoFailoverFields)
{
    Plan plan = referencePlan();
    plan.failover = FailoverSettings{};
    EXPECT_TRUE(PlanValidator::validate(plan).isEmpty())
        << describe(PlanValidator::validate(plan)).toStdString();
    const ValidationIssues failover = PlanValidator::validate(plan, PlanValidator::Scope::Failover);
    EXPECT_EQ(failover.size(), 4) << describe(failover).toStdString();
    // A page that shows the failover's fields sees their issues.
    EXPECT_EQ(PlanValidator::validate(plan, {QStringLiteral("failover.fileShare")}).size(), 1);
}
