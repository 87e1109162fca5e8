// pchat-failback --unattended around the failover: the failback after a failover typed by hand, and the
// whole cycle the lab rehearses (disaster, the wizard's failover, rebuild, the wizard's failback) in German
// and in English; the lab ends failed back and every audit folder verifies.
#include "backend/audit/journalkeys.h"
#include "labendstate.h"
#include "labprocess.h"
#include "unattendedprogram.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pchat;

namespace {

using Result = UnattendedProgram::Result;
using U = UnattendedProgram;

// The failover of TechNet JJ204772 typed by hand after the lab's disaster (tsql and the lab shell), then the
// primary rebuilt: the start the failback was written for, reached the way a real one is.
void failOverByHand(const LabProcess& lab)
{
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());
    const int backup = lab.port(QStringLiteral("PCSQL02\\PCHAT"));
    const auto logBackups = [backup](const QString& folder) {
        const QString listing = LabProcess::runTsql(
            backup, QStringLiteral("EXEC master.sys.xp_dirtree N'%1', 1, 1\ngo\nexit\n").arg(folder));
        QStringList names;
        for (const QRegularExpressionMatch& m :
             QRegularExpression(QStringLiteral("mgc_\\d{14}\\.trn")).globalMatch(listing))
            names << m.captured(0);
        return names;
    };
    const QString share = QStringLiteral("\\\\FS01\\PChatLogShip");
    const QString copyFolder = QStringLiteral("E:\\PChatLSCopy");
    const QStringList copied = logBackups(copyFolder);
    // The disaster left the last four unrestored: two copied, two only on the share.
    QString batch = QStringLiteral("exec sp_delete_log_shipping_secondary_database mgc\ngo\n");
    const QStringList onShare = logBackups(share);
    for (const QString& name : onShare.mid(onShare.size() - 4))
        batch += QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'%1\\%2' WITH NORECOVERY\ngo\n")
                     .arg(copied.contains(name) ? copyFolder : share, name);
    batch += QStringLiteral("restore database mgc with recovery\ngo\nexit\n");
    const QString out = LabProcess::runTsql(backup, batch);
    ASSERT_FALSE(out.contains(QLatin1String("severity 16"))) << out.toStdString();

    const LabProcess::ShellOutput shell = LabProcess::runShell(
        lab.controlPort(),
        QStringLiteral(
            "Import-Module Lync\n"
            "Set-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com' -PoolState "
            "FailedOver\n"
            "Install-CsMirrorDatabase -DatabaseType PersistentChat -FileShare '\\\\FS01\\PChatLogShip' "
            "-SqlServerFqdn PCSQL02.contoso.com -SqlInstanceName PCHAT\n"
            "Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance -FileShare "
            "'\\\\FS01\\PChatLogShip' "
            "-SqlServerFqdn PCSQL02.contoso.com -SqlInstanceName PCHAT\n"
            "Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' "
            "-ActiveServers @{Replace='PCHAT03.contoso.com','PCHAT04.contoso.com'}\n"));
    ASSERT_EQ(shell.exitCode, 0) << shell.err.toStdString();
    ASSERT_TRUE(lab.control().rebuildPrimary().value(QLatin1String("ok")).toBool());
}

} // namespace

TEST(UnattendedRun, FailsBackAfterTheFailoverOfTheNormalScenario)
{
    // Speed 1 through the disaster and the failover (the disaster's state holds), then fast for the failback.
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
    ASSERT_TRUE(lab.started());
    failOverByHand(lab);
    ASSERT_TRUE(lab.control().setSpeed(400));
    QTemporaryDir dir;
    const QString audit = dir.filePath(QStringLiteral("audit"));
    const Result result =
        U::run({QStringLiteral("--unattended"), QStringLiteral("--plan"),
                U::writePlan(dir, lab, U::fullConfirmations()), QStringLiteral("--audit-dir"), audit},
               U::environmentWith(U::labPassword(), U::labPassword()));
    ASSERT_EQ(result.exitCode, 0) << result.output.toStdString();
    const QStringList differences = LabEndState::differences(lab);
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
    EXPECT_EQ(U::verifyAudit(U::runFolder(audit)), 0);
}

// The whole cycle the lab rehearses: normal operation, disaster, the wizard's failover, rebuild, the wizard's
// failback, normal operation again; both runs unattended, both audit folders verify; in German and English.
class UnattendedCycle : public testing::TestWithParam<QString>
{
};

TEST_P(UnattendedCycle, FailsOverAfterTheDisasterThenBackToNormal)
{
    const QStringList language{QStringLiteral("--lang"), GetParam()};
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
    ASSERT_TRUE(lab.started());
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());
    QTemporaryDir dir;
    U::writePlan(dir, lab, {}); // names the lab's shell for runFailback
    // Log shipping had not copied the last backups: step 3 reads them from the share.
    const auto planWith = [&](const QString& name, const QJsonObject& unattended) {
        QJsonObject plan = lab.examplePlanJson();
        QJsonObject failover = plan.value(QLatin1String("failover")).toObject();
        failover.insert(QStringLiteral("restoreFromShare"), true);
        plan.insert(QStringLiteral("failover"), failover);
        plan.insert(QStringLiteral("unattended"), unattended);
        QFile out(dir.filePath(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(plan).toJson()) > 0);
        return out.fileName();
    };
    const QString planPath = planWith(QStringLiteral("plan.json"), U::fullConfirmations());
    // Without the typed confirmation of step 4 the run stops before mgc is recovered, naming the plan field.
    QJsonObject unconfirmed = U::fullConfirmations();
    unconfirmed.remove(QStringLiteral("onlineDatabase"));
    const Result stopped = U::run(
        QStringList{QStringLiteral("--unattended"), QStringLiteral("--procedure"), QStringLiteral("failover"),
                    QStringLiteral("--plan"), planWith(QStringLiteral("unconfirmed.json"), unconfirmed),
                    QStringLiteral("--audit-dir"), dir.filePath(QStringLiteral("stopped"))} +
            language,
        U::environmentWith(U::labPassword(), U::labPassword()));
    EXPECT_NE(stopped.exitCode, 0) << stopped.output.toStdString();
    // The plan field and its value are named in either language (each with its quotes).
    const QString field = GetParam() == u"de" ? QStringLiteral("„unattended.onlineDatabase“ auf „mgc“")
                                              : QStringLiteral("\"unattended.onlineDatabase\" to \"mgc\"");
    EXPECT_TRUE(stopped.output.contains(field)) << stopped.output.toStdString();
    EXPECT_FALSE(stopped.output.contains(QStringLiteral("[5/7 "))) << stopped.output.toStdString();

    // The confirmed run finds steps 1 to 3 in place and goes on.
    const QString failoverAudit = dir.filePath(QStringLiteral("failover-audit"));
    const Result failedOver = U::run(
        QStringList{QStringLiteral("--unattended"), QStringLiteral("--procedure"), QStringLiteral("failover"),
                    QStringLiteral("--plan"), planPath, QStringLiteral("--audit-dir"), failoverAudit} +
            language,
        U::environmentWith(U::labPassword(), U::labPassword()));
    ASSERT_EQ(failedOver.exitCode, 0) << failedOver.output.toStdString();
    for (int step = 1; step <= 7; ++step)
        EXPECT_TRUE(failedOver.output.contains(QStringLiteral("[%1/7 ").arg(step)))
            << "no line of step " << step;
    EXPECT_TRUE(failedOver.output.contains(QStringLiteral("FailedOver"))) << failedOver.output.toStdString();
    EXPECT_EQ(U::verifyAudit(U::runFolder(failoverAudit)), 0);

    ASSERT_TRUE(lab.control().rebuildPrimary().value(QLatin1String("ok")).toBool());
    ASSERT_TRUE(lab.control().setSpeed(400));
    const QString failbackAudit = dir.filePath(QStringLiteral("failback-audit"));
    const Result failedBack = U::run(QStringList{QStringLiteral("--unattended"), QStringLiteral("--plan"),
                                                 planPath, QStringLiteral("--audit-dir"), failbackAudit} +
                                         language,
                                     U::environmentWith(U::labPassword(), U::labPassword()));
    ASSERT_EQ(failedBack.exitCode, 0) << failedBack.output.toStdString();
    const QStringList differences = LabEndState::differences(lab);
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
    EXPECT_EQ(U::verifyAudit(U::runFolder(failbackAudit)), 0);
}

INSTANTIATE_TEST_SUITE_P(Languages, UnattendedCycle,
                         testing::Values(QStringLiteral("de"), QStringLiteral("en")),
                         [](const testing::TestParamInfo<QString>& info) {
                             return info.param.toStdString();
                         });
