// The failover's export: its own files (and none of the failback's left beside them), step 2's robocopy line,
// and step 3's batch that finds, orders and restores the log backups on the server with every value quoted.
#include "backend/run/procedure.h"
#include "backend/run/scriptexporter.h"
#include "backend/sql/logchainscript.h"
#include "testfiles.h"
#include "testsupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace pchat;
using namespace pchat::test;

namespace {

} // namespace

TEST(FailoverExport, WritesItsOwnFilesAndRemovesTheFailbacks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList errors;
    ASSERT_FALSE(
        ScriptExporter::exportTo(referencePlan(), Procedure::failback(), dir.path(), &errors).isEmpty());
    const QStringList written =
        ScriptExporter::exportTo(referencePlan(), Procedure::failover(), dir.path(), &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    QStringList names;
    for (const QString& path : written)
        names << QFileInfo(path).fileName();
    EXPECT_EQ(names, Procedure::failover().scripts().fileNames + QStringList{QStringLiteral("README.txt")});
    // A failback script beside the failover's could be run by mistake.
    QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    left.removeOne(QStringLiteral("README.txt"));
    QStringList expected = Procedure::failover().scripts().fileNames;
    expected.sort();
    EXPECT_EQ(left, expected);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("01-clear-active-servers.ps1"))));
}

TEST(FailoverExport, StepTwoCarriesTheRobocopyLineUnlessStepThreeReadsTheShare)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Plan plan = referencePlan();
    plan.failover.restoreFromShare = false;
    QStringList errors;
    ASSERT_FALSE(ScriptExporter::exportTo(plan, Procedure::failover(), dir.path(), &errors).isEmpty());
    const QString copy = fileText(dir.filePath(QStringLiteral("02-list-uncopied-log-backups.sql")));
    EXPECT_TRUE(
        copy.contains(QStringLiteral("robocopy '%1' '%2' 'mgc_*.trn' /XC /XN /XO /COPY:DAT")
                          .arg(plan.logShipping.backupNetworkPath, plan.logShipping.copyDestinationFolder)))
        << copy.toStdString();
    const QString apply = fileText(dir.filePath(QStringLiteral("03-apply-log-backups.sql")));
    EXPECT_FALSE(apply.contains(QStringLiteral("xp_dirtree N'%1'").arg(plan.logShipping.backupNetworkPath)));

    plan.failover.restoreFromShare = true;
    ASSERT_FALSE(ScriptExporter::exportTo(plan, Procedure::failover(), dir.path(), &errors).isEmpty());
    EXPECT_FALSE(fileText(dir.filePath(QStringLiteral("02-list-uncopied-log-backups.sql")))
                     .contains(QStringLiteral("robocopy '")));
    EXPECT_TRUE(
        fileText(dir.filePath(QStringLiteral("03-apply-log-backups.sql")))
            .contains(QStringLiteral("xp_dirtree N'%1', 1, 1").arg(plan.logShipping.backupNetworkPath)));
}

TEST(FailoverExport, StepThreeQuotesEveryValueAndRestoresWithVariablesOnly)
{
    const QString sql =
        LogChainScript::applyLogBackups(QStringLiteral("m'g]c"), {QStringLiteral("E:\\It's")}, 10);
    EXPECT_TRUE(sql.contains(QStringLiteral("DECLARE @database sysname = N'm''g]c';")));
    EXPECT_TRUE(sql.contains(QStringLiteral("EXEC master.sys.xp_dirtree N'E:\\It''s', 1, 1;")));
    EXPECT_TRUE(sql.contains(QStringLiteral("N'E:\\It''s\\' + l.subdirectory")));
    // The file name reaches RESTORE HEADERONLY's dynamic batch with its quotes doubled, and RESTORE LOG only
    // as variables.
    EXPECT_TRUE(sql.contains(QStringLiteral("REPLACE(@path, N'''', N'''''')")));
    EXPECT_TRUE(sql.contains(QStringLiteral(
        "RESTORE LOG @database FROM DISK = @path WITH FILE = @position, NORECOVERY, STATS = 10;")));
    EXPECT_FALSE(sql.contains(QStringLiteral("m'g]c")));
    EXPECT_TRUE(LogChainScript::applyLogBackups(QStringLiteral("mgc"), {}, 10).isEmpty());
}

TEST(FailoverExport, HeaderColumnsFollowTheServersVersion)
{
    EXPECT_EQ(LogChainScript::headerColumns(10).size(), 52);
    EXPECT_EQ(LogChainScript::headerColumns(11).size(), 53);
    EXPECT_EQ(LogChainScript::headerColumns(11).last(), QStringLiteral("Containment"));
    EXPECT_EQ(LogChainScript::headerColumns(12).size(), 56);
    EXPECT_EQ(LogChainScript::headerColumns(15).size(), 56);
    EXPECT_EQ(LogChainScript::headerColumns(16).size(), 59);
    const QString sql =
        LogChainScript::applyLogBackups(QStringLiteral("mgc"), {QStringLiteral("E:\\LS")}, 10);
    for (const char* branch : {"IF @major >= 16", "ELSE IF @major >= 12", "ELSE IF @major = 11", "ELSE\n"})
        EXPECT_TRUE(sql.contains(QLatin1String(branch))) << branch;
}
