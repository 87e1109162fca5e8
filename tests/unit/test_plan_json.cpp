#include "backend/plan/planjson.h"
#include "testsupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pchat;
using namespace pchat::test;

namespace {

bool containsKey(const QJsonValue& value, const QString& key)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == key || containsKey(it.value(), key))
                return true;
        }
    }
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (containsKey(item, key))
                return true;
        }
    }
    return false;
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST(PlanJson, RoundTripKeepsEveryFieldButPasswords)
{
    const Plan plan = customPlan();
    QStringList errors;
    const Plan back = PlanJson::fromJson(PlanJson::toJson(plan), &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(back, plan.withoutSecrets());
    EXPECT_NE(back, Plan{});
}

TEST(PlanJson, CustomPlanDiffersFromDefaultsInEveryGroup)
{
    // Guards the round trip: a field left at its default would round-trip even if it were never written.
    const Plan plan = customPlan();
    const Plan defaults;
    EXPECT_NE(plan.backupInstance, defaults.backupInstance);
    EXPECT_NE(plan.primaryInstance, defaults.primaryInstance);
    EXPECT_NE(plan.backup, defaults.backup);
    EXPECT_NE(plan.restore, defaults.restore);
    EXPECT_NE(plan.logShipping, defaults.logShipping);
    EXPECT_NE(plan.lync, defaults.lync);
    EXPECT_NE(plan.failover, defaults.failover);
    const QJsonObject json = PlanJson::toJson(plan);
    EXPECT_EQ(json.value(QStringLiteral("backupInstance")).toObject().size(), 8);
    EXPECT_EQ(json.value(QStringLiteral("backup")).toObject().size(), 10);
    EXPECT_EQ(json.value(QStringLiteral("restore")).toObject().size(), 4);
    EXPECT_EQ(json.value(QStringLiteral("logShipping")).toObject().size(), 22);
    EXPECT_EQ(json.value(QStringLiteral("lync")).toObject().size(), 6); // the shell is a local setting
}

TEST(PlanJson, KeysAndEnumStringsAreTheDocumentedOnes)
{
    const QJsonObject json = PlanJson::toJson(customPlan());
    EXPECT_EQ(json.value(QStringLiteral("formatVersion")).toInt(), 1);
    const QJsonObject backupInstance = json.value(QStringLiteral("backupInstance")).toObject();
    EXPECT_EQ(backupInstance.value(QStringLiteral("authentication")).toString(), QStringLiteral("sqlLogin"));
    EXPECT_EQ(backupInstance.value(QStringLiteral("encryption")).toString(), QStringLiteral("strict"));
    const QJsonObject ls = json.value(QStringLiteral("logShipping")).toObject();
    EXPECT_EQ(ls.value(QStringLiteral("compression")).toString(), QStringLiteral("compress"));
    EXPECT_EQ(ls.value(QStringLiteral("initialization")).toString(), QStringLiteral("restoreExistingBackup"));
    EXPECT_EQ(ls.value(QStringLiteral("restoreMode")).toString(), QStringLiteral("standby"));
    const QJsonObject schedule = ls.value(QStringLiteral("backupSchedule")).toObject();
    EXPECT_EQ(schedule.value(QStringLiteral("unit")).toString(), QStringLiteral("hours"));
    EXPECT_EQ(schedule.value(QStringLiteral("startTime")).toString(), QStringLiteral("01:02:03"));
    EXPECT_EQ(schedule.value(QStringLiteral("activeStartDate")).toInt(), 20250101);
    const QJsonObject lync = json.value(QStringLiteral("lync")).toObject();
    EXPECT_EQ(lync.value(QStringLiteral("module")).toString(), QStringLiteral("skypeForBusiness"));
    EXPECT_EQ(lync.value(QStringLiteral("activeServers"))
                  .toArray()
                  .at(1)
                  .toObject()
                  .value(QStringLiteral("dataCenter")),
              QStringLiteral("East"));
    EXPECT_EQ(json.value(QStringLiteral("backup")).toObject().value(QStringLiteral("compression")).toString(),
              QStringLiteral("doNotCompress"));
}

TEST(PlanJson, ShellSettingsRoundTripAndDefaults)
{
    const Plan defaults;
    EXPECT_EQ(defaults.lync.shellProgram, QStringLiteral("powershell.exe"));
    EXPECT_EQ(defaults.lync.shellArguments,
              QStringList({QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"),
                           QStringLiteral("-NonInteractive")}));
    EXPECT_EQ(defaults.lync.shellTimeoutSeconds, 120);

    Plan plan = customPlan();
    plan.lync.shellTimeoutSeconds = 45;
    const QJsonObject lync = PlanJson::toJson(plan).value(QStringLiteral("lync")).toObject();
    EXPECT_EQ(lync.value(QStringLiteral("shellTimeoutSeconds")).toInt(), 45);
    QStringList errors;
    const Plan back = PlanJson::fromJson(PlanJson::toJson(plan), &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(back.lync, plan.lync);

    QJsonObject json = PlanJson::toJson(plan);
    QJsonObject wrong = json.value(QStringLiteral("lync")).toObject();
    wrong.insert(QStringLiteral("shellTimeoutSeconds"), QStringLiteral("soon"));
    json.insert(QStringLiteral("lync"), wrong);
    errors.clear();
    const Plan partial = PlanJson::fromJson(json, &errors);
    EXPECT_EQ(errors.size(), 1) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors.join(u'\n').contains(QStringLiteral("lync.shellTimeoutSeconds")));
    EXPECT_EQ(partial.lync.shellTimeoutSeconds, defaults.lync.shellTimeoutSeconds);
}

// A plan is shared for change approval: it must not choose the program that runs the cmdlets.
TEST(PlanJson, AShellProgramInAPlanIsNeitherWrittenNorRead)
{
    Plan plan = customPlan();
    plan.lync.shellProgram = QStringLiteral("C:\\Users\\Public\\evil.exe");
    plan.lync.shellArguments = {QStringLiteral("/c"), QStringLiteral("calc")};
    const QJsonObject written = PlanJson::toJson(plan);
    EXPECT_FALSE(written.value(QStringLiteral("lync")).toObject().contains(QStringLiteral("shellProgram")));
    EXPECT_FALSE(written.value(QStringLiteral("lync")).toObject().contains(QStringLiteral("shellArguments")));

    QJsonObject json = written;
    QJsonObject lync = json.value(QStringLiteral("lync")).toObject();
    lync.insert(QStringLiteral("shellProgram"), QStringLiteral("C:\\Users\\Public\\evil.exe"));
    lync.insert(QStringLiteral("shellArguments"), QJsonArray{QStringLiteral("/c"), QStringLiteral("calc")});
    json.insert(QStringLiteral("lync"), lync);
    const Plan read = PlanJson::fromJson(json);
    EXPECT_EQ(read.lync.shellProgram, Plan().lync.shellProgram);
    EXPECT_EQ(read.lync.shellArguments, Plan().lync.shellArguments);
    EXPECT_EQ(PlanJson::ignoredKeys(json),
              QStringList({QStringLiteral("lync.shellProgram"), QStringLiteral("lync.shellArguments")}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    QString error;
    QStringList warnings;
    ASSERT_TRUE(PlanJson::load(path, &error, &warnings).has_value()) << error.toStdString();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.constFirst().contains(QLatin1String("lync.shellProgram")))
        << warnings.constFirst().toStdString();
    EXPECT_TRUE(warnings.constFirst().contains(QLatin1String("ignored")));
}

TEST(PlanJson, MissingKeysKeepDefaults)
{
    QStringList errors;
    EXPECT_EQ(PlanJson::fromJson(QJsonObject{}, &errors), Plan{});
    EXPECT_TRUE(errors.isEmpty());

    const QJsonObject partial{
        {QStringLiteral("backup"), QJsonObject{{QStringLiteral("fileName"), QStringLiteral("a.bak")}}}};
    Plan expected;
    expected.backup.fileName = QStringLiteral("a.bak");
    EXPECT_EQ(PlanJson::fromJson(partial, &errors), expected);
    EXPECT_TRUE(errors.isEmpty());
}

TEST(PlanJson, PasswordIsNeverWritten)
{
    Plan plan = customPlan();
    plan.backupInstance.password = QStringLiteral("Top$ecret-B");
    plan.primaryInstance.password = QStringLiteral("Top$ecret-A");
    const QJsonObject json = PlanJson::toJson(plan);
    EXPECT_FALSE(containsKey(json, QStringLiteral("password")));
    const QByteArray text = QJsonDocument(json).toJson();
    EXPECT_FALSE(text.contains("Top$ecret"));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QString error;
    ASSERT_TRUE(PlanJson::save(plan, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    EXPECT_FALSE(saved.contains("Top$ecret"));
    EXPECT_FALSE(saved.contains("password"));
    EXPECT_TRUE(saved.contains("\n    ")) << "indented";
    EXPECT_TRUE(saved.contains("Beschreibung \xC3\xA4\xC3\xB6\xC3\xBC")) << "UTF-8";

    const std::optional<Plan> loaded = PlanJson::load(path, &error);
    ASSERT_TRUE(loaded.has_value()) << error.toStdString();
    EXPECT_EQ(*loaded, plan.withoutSecrets());
}

TEST(PlanJson, PasswordInFileIsIgnored)
{
    QJsonObject json = PlanJson::toJson(customPlan());
    QJsonObject instance = json.value(QStringLiteral("primaryInstance")).toObject();
    instance.insert(QStringLiteral("password"), QStringLiteral("from-file"));
    json.insert(QStringLiteral("primaryInstance"), instance);
    QStringList errors;
    const Plan plan = PlanJson::fromJson(json, &errors);
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_TRUE(plan.primaryInstance.password.isEmpty());
}

TEST(PlanJson, WrongTypesAreReportedWithTheirPath)
{
    const QByteArray text = R"({
        "formatVersion": 1,
        "backupInstance": {"name": 5, "authentication": "kerberos", "trustServerCertificate": "yes",
                           "loginTimeoutSeconds": 1.5},
        "primaryInstance": "PCSQL01",
        "backup": {"statsPercent": "10", "compression": "zip"},
        "restore": {"relocations": [{"logicalName": "mgc", "physicalName": 7}, 3]},
        "logShipping": {"backupSchedule": {"startTime": "25:00:00", "unit": "days"}, "restoreMode": 1},
        "lync": {"activeServers": {"fqdn": "a.contoso.com"}, "module": "teams"}
    })";
    QStringList errors;
    const Plan plan = PlanJson::fromJson(QJsonDocument::fromJson(text).object(), &errors);
    const QStringList expectedFields{
        QStringLiteral("backupInstance.name"),
        QStringLiteral("backupInstance.authentication"),
        QStringLiteral("backupInstance.trustServerCertificate"),
        QStringLiteral("backupInstance.loginTimeoutSeconds"),
        QStringLiteral("primaryInstance"),
        QStringLiteral("backup.compression"),
        QStringLiteral("backup.statsPercent"),
        QStringLiteral("restore.relocations[0].physicalName"),
        QStringLiteral("restore.relocations[1]"),
        QStringLiteral("logShipping.backupSchedule.unit"),
        QStringLiteral("logShipping.backupSchedule.startTime"),
        QStringLiteral("logShipping.restoreMode"),
        QStringLiteral("lync.module"),
        QStringLiteral("lync.activeServers"),
    };
    for (const QString& field : expectedFields) {
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const QString& error) {
            return error.startsWith(field + QStringLiteral(": ")) && error.size() > field.size() + 2;
        });
        EXPECT_TRUE(found) << field.toStdString() << " not in:\n" << errors.join(u'\n').toStdString();
    }
    EXPECT_EQ(errors.size(), expectedFields.size()) << errors.join(u'\n').toStdString();
    // What could be read was read, the rest kept its default.
    EXPECT_EQ(plan.restore.relocations.size(), 1);
    EXPECT_EQ(plan.restore.relocations.at(0).logicalName, QStringLiteral("mgc"));
    EXPECT_EQ(plan.backupInstance.authentication, Authentication::Windows);
    EXPECT_EQ(plan.backup.statsPercent, 10);
}

TEST(PlanJson, UnsupportedFormatVersionIsReported)
{
    QStringList errors;
    PlanJson::fromJson(QJsonObject{{QStringLiteral("formatVersion"), 2}}, &errors);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("formatVersion: ")));
}

TEST(PlanJson, LoadRefusesUnreadableInvalidAndWronglyTypedFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    EXPECT_FALSE(PlanJson::load(dir.filePath(QStringLiteral("missing.json")), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("missing.json")));

    error.clear();
    EXPECT_FALSE(PlanJson::load(writeFile(dir, "{ not json"), &error).has_value());
    EXPECT_FALSE(error.isEmpty());

    error.clear();
    EXPECT_FALSE(PlanJson::load(writeFile(dir, "[1, 2]"), &error).has_value());
    EXPECT_FALSE(error.isEmpty());

    error.clear();
    EXPECT_FALSE(PlanJson::load(writeFile(dir, R"({"mgcDatabase": 1})"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("mgcDatabase: "))) << error.toStdString();
}

TEST(PlanJson, SaveReportsAnUnwritablePath)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    EXPECT_FALSE(PlanJson::save(Plan{}, dir.filePath(QStringLiteral("no/such/folder/plan.json")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(PlanJson, ExamplePlanMatchesTheLabScenario)
{
    const Plan plan = examplePlan();
    EXPECT_EQ(plan.backupInstance.name, QStringLiteral("PCSQL02\\PCHAT"));
    EXPECT_EQ(plan.backupInstance.address, QStringLiteral("127.0.0.1,14333"));
    EXPECT_EQ(plan.primaryInstance.name, QStringLiteral("PCSQL01\\PCHAT"));
    EXPECT_EQ(plan.primaryInstance.address, QStringLiteral("127.0.0.1,14331"));
    EXPECT_EQ(plan.primaryInstance.authentication, Authentication::SqlLogin);
    EXPECT_EQ(plan.primaryInstance.login, QStringLiteral("sa"));
    EXPECT_EQ(plan.primaryInstance.odbcDriver, QStringLiteral("FreeTDS"));
    EXPECT_EQ(plan.primaryInstance.encryption, Encryption::Optional);
    EXPECT_TRUE(plan.primaryInstance.password.isEmpty());
    EXPECT_EQ(plan.backup.shareFolder, QStringLiteral("\\\\FS01\\PChatLogShip"));
    EXPECT_EQ(plan.logShipping.copyDestinationFolder, QStringLiteral("E:\\PChatLSCopy"));
    EXPECT_EQ(plan.lync.poolIdentity, QStringLiteral("PersistentChatServer:pchat.contoso.com"));
    ASSERT_EQ(plan.lync.activeServers.size(), 2);
    EXPECT_EQ(plan.lync.activeServers.at(1).fqdn, QStringLiteral("PCHAT02.contoso.com"));
}

TEST(Plan, PathsAndSecrets)
{
    Plan plan;
    plan.backup.shareFolder = QStringLiteral("\\\\FS01\\Share\\");
    plan.backup.fileName = QStringLiteral("a.bak");
    EXPECT_EQ(plan.backupFilePath(), QStringLiteral("\\\\FS01\\Share\\a.bak"));
    plan.logShipping.backupNetworkPath = QStringLiteral("\\\\FS01\\Logs");
    EXPECT_EQ(plan.initializationBackupPath(), QStringLiteral("\\\\FS01\\Logs\\mgc_logshipping_init.bak"));
    EXPECT_EQ(joinWindowsPath(QStringLiteral("E:\\"), QStringLiteral("\\x.tuf")),
              QStringLiteral("E:\\x.tuf"));
    EXPECT_EQ(joinWindowsPath(QString(), QStringLiteral("x")), QStringLiteral("x"));
    EXPECT_EQ(joinWindowsPath(QStringLiteral("E:\\a"), QString()), QStringLiteral("E:\\a"));

    plan.backupInstance.password = QStringLiteral("p1");
    plan.primaryInstance.password = QStringLiteral("p2");
    const Plan clean = plan.withoutSecrets();
    EXPECT_TRUE(clean.backupInstance.password.isEmpty());
    EXPECT_TRUE(clean.primaryInstance.password.isEmpty());
    EXPECT_EQ(clean.backupFilePath(), plan.backupFilePath());
}

TEST(Plan, DerivedDefaultsFollowSsms)
{
    Plan plan;
    plan.primaryInstance.name = QStringLiteral("PCSQL01\\PCHAT");
    plan.backup.shareFolder = QStringLiteral("\\\\FS01\\PChatLogShip");
    plan.applyDerivedDefaults(QDate(2026, 11, 26));
    const LogShippingSettings& ls = plan.logShipping;
    EXPECT_EQ(ls.copyJobName, QStringLiteral("LSCopy_PCSQL01\\PCHAT_mgc"));
    EXPECT_EQ(ls.restoreJobName, QStringLiteral("LSRestore_PCSQL01\\PCHAT_mgc"));
    EXPECT_EQ(ls.backupSchedule.name, QStringLiteral("LSBackupSchedule_PCSQL01PCHAT1"));
    EXPECT_EQ(ls.copySchedule.name, QStringLiteral("DefaultCopyJobSchedule"));
    EXPECT_EQ(ls.restoreSchedule.name, QStringLiteral("DefaultRestoreJobSchedule"));
    EXPECT_EQ(ls.backupSchedule.activeStartDate, 20261126);
    EXPECT_EQ(ls.copySchedule.activeStartDate, 20261126);
    EXPECT_EQ(ls.restoreSchedule.activeStartDate, 20261126);
    EXPECT_EQ(ls.backupNetworkPath, QStringLiteral("\\\\FS01\\PChatLogShip"));

    // Values already set stay as they are.
    Plan again = plan;
    again.applyDerivedDefaults(QDate(2030, 1, 1));
    EXPECT_EQ(again, plan);
}

TEST(PlanJson, FailoverSettingsAreWrittenReadAndTypeChecked)
{
    const QJsonObject failover = PlanJson::toJson(customPlan()).value(QStringLiteral("failover")).toObject();
    EXPECT_EQ(failover.keys(),
              (QStringList{QStringLiteral("activeServers"), QStringLiteral("backupServerFqdn"),
                           QStringLiteral("dropExistingDatabasesOnMirror"), QStringLiteral("fileShare"),
                           QStringLiteral("mirrorInstanceName"), QStringLiteral("mirrorServerFqdn"),
                           QStringLiteral("restoreFromShare")}));
    EXPECT_EQ(failover.value(QStringLiteral("activeServers")).toArray().at(1).toString(),
              QStringLiteral("d.contoso.com"));
    const QByteArray text = R"({"failover": {"backupServerFqdn": 1, "dropExistingDatabasesOnMirror": "yes", "restoreFromShare": 1,
        "activeServers": ["a.contoso.com", 2, null], "fileShare": "\\\\FS\\S"}})";
    QStringList errors;
    const Plan plan = PlanJson::fromJson(QJsonDocument::fromJson(text).object(), &errors);
    EXPECT_EQ(errors.size(), 5) << errors.join(u'\n').toStdString();
    for (const char* field : {"failover.backupServerFqdn: ", "failover.dropExistingDatabasesOnMirror: ",
                              "failover.restoreFromShare: ",
                              "failover.activeServers[1]: ", "failover.activeServers[2]: "}) {
        EXPECT_TRUE(std::any_of(errors.begin(), errors.end(), [&](const QString& e) {
            return e.startsWith(QLatin1String(field));
        })) << field;
    }
    EXPECT_EQ(plan.failover.fileShare, QStringLiteral("\\\\FS\\S"));
    EXPECT_TRUE(plan.failover.activeServers.isEmpty());
    EXPECT_FALSE(plan.failover.dropExistingDatabasesOnMirror);
    QStringList none;
    EXPECT_EQ(
        PlanJson::fromJson(QJsonObject{{QStringLiteral("failover"), QStringLiteral("x")}}, &none).failover,
        FailoverSettings{});
    EXPECT_EQ(none,
              QStringList{QStringLiteral("failover: ") + PlanJson::tr("expected an object in braces { }")});
}

TEST(PlanJson, ExamplePlanNamesTheLabsFailover)
{
    const Plan plan = examplePlan();
    EXPECT_EQ(plan.failover.backupServerFqdn, QStringLiteral("PCSQL02.contoso.com"));
    EXPECT_EQ(plan.failover.mirrorServerName(), QStringLiteral("PCSQL02M\\PCHAT"));
    EXPECT_EQ(plan.backupInstanceName(), QStringLiteral("PCHAT"));
    EXPECT_EQ(plan.failover.activeServers,
              (QStringList{QStringLiteral("PCHAT03.contoso.com"), QStringLiteral("PCHAT04.contoso.com")}));
}
