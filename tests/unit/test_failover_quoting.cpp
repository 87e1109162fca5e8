// The failover's builders with hostile names and paths: every value reaches the server or the shell as a
// literal, never as code (the checks of test_quoting.cpp, on the failover's statements).
#include "backend/plan/namesyntax.h"
#include "backend/plan/unsafetext.h"
#include "backend/shell/lynccommands.h"
#include "backend/shell/robocopycommand.h"
#include "backend/sql/failoversql.h"
#include "backend/sql/logrestoresql.h"
#include "quotingchecks.h"
#include "scriptlexers.h"
#include "testsupport.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace pchat;
using namespace pchat::test;

TEST(QuotingInFailoverBuilders, LogShippingRemovalKeepsTheNameLiteral)
{
    for (const QString& value : hostileValues()) {
        expectTSqlLiteral([](const QString& v) { return FailoverSql::logShippingRecord(v); }, value);
        expectTSqlLiteral([](const QString& v) { return FailoverSql::removeLogShipping(v); }, value);
        expectTSqlLiteral([](const QString& v) { return FailoverSql::remainingLogShipping(v); }, value);
        expectTSqlLiteral([](const QString& v) { return FailoverSql::listFolder(v); }, value);
        expectTSqlLiteral([](const QString& v) { return FailoverSql::secondaryJobs(v); }, value);
        expectTSqlLiteral([](const QString& v) { return FailoverSql::jobsNamed({v}); }, value);
    }
}

TEST(QuotingInFailoverBuilders, LogRestoreKeepsNamesAndPathsLiteral)
{
    for (const QString& value : hostileValues()) {
        expectTSqlLiteral([](const QString& v) { return LogRestoreSql::restoreLog(v, v, 1, 10); }, value);
        expectTSqlLiteral(
            [](const QString& v) {
                return LogRestoreSql::restoreLog(QStringLiteral("mgc"), QStringLiteral("E:\\") + v, 3, 5);
            },
            value);
        expectTSqlLiteral([](const QString& v) { return LogRestoreSql::redoStartLsn(v); }, value);
        expectTSqlLiteral([](const QString& v) { return LogRestoreSql::recoverDatabase(v); }, value);
    }
}

TEST(QuotingInFailoverBuilders, KillTakesOnlyANumber)
{
    // The only input is an int: the statement is the keyword and digits, whatever the id.
    for (const int id : {1, 51, 999, 32767}) {
        const ScannedScript scanned = scanTSql(FailoverSql::killSession(id));
        ASSERT_TRUE(scanned.error.isEmpty());
        EXPECT_TRUE(scanned.literals.isEmpty());
        EXPECT_TRUE(scanned.identifiers.isEmpty());
        EXPECT_EQ(scanned.skeleton, QStringLiteral("KILL %1;").arg(id));
    }
}

TEST(QuotingInFailoverBuilders, LyncCommandsKeepEveryValueLiteral)
{
    for (const QString& value : hostileValues()) {
        expectPowerShellLiteral([](const QString& v) { return LyncCommands::setPoolStateFailedOver(v); },
                                value);
        for (const ChatDatabaseType type :
             {ChatDatabaseType::PersistentChat, ChatDatabaseType::PersistentChatCompliance}) {
            expectPowerShellLiteral(
                [type](const QString& v) {
                    return LyncCommands::installMirrorDatabase(type, QStringLiteral("\\\\FS02\\") + v,
                                                               v + QStringLiteral(".contoso.com"), v, true);
                },
                value);
            expectPowerShellLiteral(
                [type](const QString& v) { return LyncCommands::getDatabaseMirrorState(v, type); }, value);
        }
        expectPowerShellLiteral([](const QString& v) { return LyncCommands::getDatabaseMirrorState(v); },
                                value);
    }
}

TEST(QuotingInFailoverBuilders, RobocopyKeepsEveryValueLiteralOrRefusesIt)
{
    // A value Windows refuses in a path gives no command at all (robocopy could read part of it as an
    // option); every other value is one PowerShell literal.
    const auto refusedInFolder = [](const QString& v) {
        return std::any_of(v.begin(), v.end(), [](QChar c) {
            return QStringLiteral("\"<>|?*").contains(c) || UnsafeText::isControl(c);
        });
    };
    const auto refusedInFile = [&](const QString& v) {
        return refusedInFolder(v) || NameSyntax::hasForbiddenNameChar(v) || v.contains(u'\\');
    };
    for (const QString& value : hostileValues()) {
        const auto inFolders = [](const QString& v) {
            return RobocopyCommand::copyFiles(QStringLiteral("\\\\FS01\\") + v, QStringLiteral("E:\\") + v,
                                              {QStringLiteral("mgc_1.trn")});
        };
        const auto inFileNames = [](const QString& v) {
            return RobocopyCommand::copyFiles(QStringLiteral("\\\\FS01\\S"), QStringLiteral("E:\\C"),
                                              {v + QStringLiteral("_1.trn"), v + QStringLiteral("_2.trn")});
        };
        if (refusedInFolder(value))
            EXPECT_EQ(inFolders(value), QString()) << value.toStdString();
        else
            expectPowerShellLiteral(inFolders, value);
        if (refusedInFile(value))
            EXPECT_EQ(inFileNames(value), QString()) << value.toStdString();
        else
            expectPowerShellLiteral(inFileNames, value);
    }
}
