// Names and paths with quotes, brackets, comment markers and non-ASCII letters must reach the server or the
// shell as literal values, never as code. Each test scans the generated text with an independent lexer and
// checks that the values come back unchanged and that the code around them is the code a harmless value
// produces.
#include "backend/plan/plan.h"
#include "backend/run/procedure.h"
#include "backend/shell/lynccommands.h"
#include "backend/shell/powershellquote.h"
#include "backend/sql/backupsql.h"
#include "backend/sql/checksql.h"
#include "backend/sql/logshippingsql.h"
#include "backend/sql/mirroringsql.h"
#include "backend/sql/restoresql.h"
#include "backend/sql/sqlquote.h"
#include "backend/run/procedurescript.h"
#include "quotingchecks.h"
#include "scriptlexers.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace pchat;
using namespace pchat::test;

TEST(SqlQuote, IdentifierDoublesClosingBrackets)
{
    EXPECT_EQ(SqlQuote::identifier(QStringLiteral("mgc")), QStringLiteral("[mgc]"));
    EXPECT_EQ(SqlQuote::identifier(QStringLiteral("a]b")), QStringLiteral("[a]]b]"));
    EXPECT_EQ(SqlQuote::identifier(QStringLiteral("[x]")), QStringLiteral("[[x]]]"));
    EXPECT_EQ(SqlQuote::identifier(QString()), QStringLiteral("[]"));
}

TEST(SqlQuote, LiteralDoublesQuotesAndIsNational)
{
    EXPECT_EQ(SqlQuote::literal(QStringLiteral("mgc")), QStringLiteral("N'mgc'"));
    EXPECT_EQ(SqlQuote::literal(QStringLiteral("O'Brien")), QStringLiteral("N'O''Brien'"));
    EXPECT_EQ(SqlQuote::literal(QStringLiteral("''")), QStringLiteral("N''''''"));
    EXPECT_EQ(SqlQuote::literal(QStringLiteral("äöüß")), QStringLiteral("N'äöüß'"));
    EXPECT_EQ(SqlQuote::literal(QString()), QStringLiteral("N''"));
}

TEST(SqlQuote, ScannedValuesRoundTrip)
{
    for (const QString& value : hostileValues()) {
        const ScannedScript literal = scanTSql(SqlQuote::literal(value));
        ASSERT_TRUE(literal.error.isEmpty());
        EXPECT_EQ(literal.literals, QStringList{value});
        EXPECT_EQ(literal.skeleton, QStringLiteral("<L>"));
        const ScannedScript identifier = scanTSql(SqlQuote::identifier(value));
        ASSERT_TRUE(identifier.error.isEmpty());
        EXPECT_EQ(identifier.identifiers, QStringList{value});
        EXPECT_EQ(identifier.skeleton, QStringLiteral("<I>"));
    }
}

TEST(PowerShellQuote, LiteralDoublesEverySingleQuoteCharacter)
{
    EXPECT_EQ(PowerShellQuote::literal(QStringLiteral("pool")), QStringLiteral("'pool'"));
    EXPECT_EQ(PowerShellQuote::literal(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    for (const char16_t quote : {u'\u2018', u'\u2019', u'\u201A', u'\u201B'}) {
        const QString value = QStringLiteral("a") + QChar(quote) + QStringLiteral("b");
        const QString expected = QStringLiteral("'a") + QChar(quote) + QChar(quote) + QStringLiteral("b'");
        EXPECT_EQ(PowerShellQuote::literal(value), expected);
    }
    EXPECT_EQ(PowerShellQuote::literal(QStringLiteral("$x `y` \"z\"")), QStringLiteral("'$x `y` \"z\"'"));
}

TEST(PowerShellQuote, ListJoinsLiteralsWithCommas)
{
    EXPECT_EQ(PowerShellQuote::list({QStringLiteral("a.contoso.com"), QStringLiteral("b'c")}),
              QStringLiteral("'a.contoso.com','b''c'"));
    EXPECT_EQ(PowerShellQuote::list({}), QString());
}

TEST(PowerShellQuote, ScannedValuesRoundTrip)
{
    for (const QString& value : hostileValues()) {
        const ScannedScript scanned = scanPowerShell(PowerShellQuote::literal(value));
        ASSERT_TRUE(scanned.error.isEmpty()) << scanned.error.toStdString();
        EXPECT_EQ(scanned.literals, QStringList{value});
        EXPECT_EQ(scanned.skeleton, QStringLiteral("<L>"));
    }
}

TEST(QuotingInBuilders, MirroringKeepsNamesLiteral)
{
    for (const QString& value : hostileValues()) {
        expectTSqlLiteral([](const QString& v) { return MirroringSql::removeMirroring(v); }, value);
        expectTSqlLiteral(
            [](const QString& v) {
                return MirroringSql::mirroringState({v, QStringLiteral("mgccomp")});
            },
            value);
    }
}

TEST(QuotingInBuilders, BackupKeepsNamesAndPathsLiteral)
{
    BackupSettings settings;
    settings.description = QStringLiteral("d");
    for (const QString& value : hostileValues()) {
        expectTSqlLiteral(
            [&](const QString& v) { return BackupSql::backupDatabase(v, QStringLiteral("p"), settings); },
            value);
        expectTSqlLiteral(
            [&](const QString& v) { return BackupSql::backupDatabase(QStringLiteral("db"), v, settings); },
            value);
        expectTSqlLiteral(
            [&](const QString& v) {
                BackupSettings s = settings;
                s.backupSetName = v;
                s.description = v + QStringLiteral(" description");
                return BackupSql::backupDatabase(QStringLiteral("db"), QStringLiteral("p"), s);
            },
            value);
        expectTSqlLiteral([](const QString& v) { return BackupSql::verifyBackup(QStringLiteral("db"), v); },
                          value);
        expectTSqlLiteral([](const QString& v) { return BackupSql::headerOnly(v); }, value);
        expectTSqlLiteral([](const QString& v) { return BackupSql::fileListOnly(v, 2); }, value);
        expectTSqlLiteral([](const QString& v) { return BackupSql::latestBackupSet(v); }, value);
    }
}

TEST(QuotingInBuilders, VerifyBackupQuotesTheNameInsideTheErrorMessage)
{
    // The database name sits in a literal (RAISERROR's message) and is also a printf-style format there.
    for (const QString& value : hostileValues()) {
        const QString text = BackupSql::verifyBackup(value, QStringLiteral("\\\\FS01\\share\\mgc.bak"));
        const ScannedScript scanned = scanTSql(text);
        ASSERT_TRUE(scanned.error.isEmpty()) << text.toStdString();
        ASSERT_EQ(scanned.literals.size(), 4);
        EXPECT_EQ(scanned.literals.at(0), value);
        EXPECT_EQ(scanned.literals.at(1), value);
        QString message =
            QStringLiteral("Verify failed. Backup information for database '%1' not found.").arg(value);
        message.replace(QStringLiteral("%"), QStringLiteral("%%"));
        EXPECT_EQ(scanned.literals.at(2), message);
        EXPECT_EQ(scanned.literals.at(3), QStringLiteral("\\\\FS01\\share\\mgc.bak"));
    }
    EXPECT_EQ(
        BackupSql::verifyBackup(QStringLiteral("a%sb"), QStringLiteral("p")).count(QStringLiteral("a%%sb")),
        1);
}

TEST(QuotingInBuilders, RestoreKeepsNamesAndPathsLiteral)
{
    for (const QString& value : hostileValues()) {
        const auto withRelocation = [](const QString& v) {
            RestoreSettings settings;
            settings.relocations = {{v, QStringLiteral("D:\\") + v + QStringLiteral(".mdf")}};
            return settings;
        };
        expectTSqlLiteral([](const QString& v) { return RestoreSql::setSingleUser(v); }, value);
        expectTSqlLiteral([](const QString& v) { return RestoreSql::setMultiUser(v); }, value);
        expectTSqlLiteral(
            [&](const QString& v) {
                return RestoreSql::restoreDatabase(v, v, withRelocation(v), RecoveryState::Standby, v);
            },
            value);
        expectTSqlLiteral(
            [&](const QString& v) {
                return RestoreSql::restoreBatches(v, v, withRelocation(v), RecoveryState::Recovery)
                    .join(QStringLiteral("\nGO\n"));
            },
            value);
        expectTSqlLiteral([](const QString& v) { return RestoreSql::sessionsInDatabase(v); }, value);
        expectTSqlLiteral([](const QString& v) { return RestoreSql::latestRestore(v); }, value);
    }
}

TEST(QuotingInBuilders, ChecksKeepNamesAndPathsLiteral)
{
    for (const QString& value : hostileValues()) {
        expectTSqlLiteral(
            [](const QString& v) {
                return CheckSql::databases({v, v + QStringLiteral("comp")});
            },
            value);
        expectTSqlLiteral([](const QString& v) { return CheckSql::fileExists(v); }, value);
        expectTSqlLiteral([](const QString& v) { return CheckSql::databaseSizeMb(v); }, value);
        expectTSqlLiteral([](const QString& v) { return LogShippingSql::primaryState(v); }, value);
        expectTSqlLiteral([](const QString& v) { return LogShippingSql::secondaryState(v); }, value);
    }
}

namespace {

// Every text field of the plan that reaches a script, set to the same value.
Plan planWithEveryName(const QString& v)
{
    Plan plan = referencePlan();
    plan.backupInstance.name = v + QStringLiteral("-backup");
    plan.primaryInstance.name = v + QStringLiteral("-primary");
    plan.mgcDatabase = v + QStringLiteral("-mgc");
    plan.mgccompDatabase = v + QStringLiteral("-mgccomp");
    plan.backup.shareFolder = QStringLiteral("\\\\FS01\\") + v;
    plan.backup.fileName = v + QStringLiteral(".bak");
    plan.backup.backupSetName = v + QStringLiteral("-set");
    plan.backup.description = v + QStringLiteral("-description");
    plan.restore.relocations = {{v + QStringLiteral("-logical"), QStringLiteral("D:\\") + v}};
    LogShippingSettings& ls = plan.logShipping;
    ls.backupNetworkPath = QStringLiteral("\\\\FS02\\") + v;
    ls.backupLocalPath = QStringLiteral("C:\\") + v;
    ls.backupJobName = v + QStringLiteral("-backupjob");
    ls.backupSchedule.name = v + QStringLiteral("-backupschedule");
    ls.initializationBackupFile = v + QStringLiteral("-init.bak");
    ls.copyDestinationFolder = QStringLiteral("E:\\") + v;
    ls.copyJobName = v + QStringLiteral("-copyjob");
    ls.copySchedule.name = v + QStringLiteral("-copyschedule");
    ls.restoreJobName = v + QStringLiteral("-restorejob");
    ls.restoreSchedule.name = v + QStringLiteral("-restoreschedule");
    ls.restoreMode = LogRestoreMode::Standby;
    plan.lync.activeServerCollection = v + QStringLiteral("-collection");
    plan.lync.poolIdentity = QStringLiteral("PersistentChatServer:") + v;
    plan.lync.activeServers = {{v + QStringLiteral("-1"), QStringLiteral("DC1")},
                               {v + QStringLiteral("-2"), QStringLiteral("DC1")}};
    return plan;
}

} // namespace

TEST(QuotingInBuilders, LogShippingKeepsEveryNameLiteral)
{
    for (const QString& value : hostileValues()) {
        if (value.contains(u'%'))
            continue; // no format strings in these scripts; % is covered by the RAISERROR test
        expectTSqlLiteral(
            [](const QString& v) { return LogShippingSql::primaryConfiguration(planWithEveryName(v)); },
            value);
        expectTSqlLiteral(
            [](const QString& v) { return LogShippingSql::secondaryConfiguration(planWithEveryName(v)); },
            value);
        expectTSqlLiteral(
            [](const QString& v) { return LogShippingSql::initializationBackup(planWithEveryName(v)); },
            value);
        expectTSqlLiteral(
            [](const QString& v) {
                return LogShippingSql::initializationRestore(planWithEveryName(v))
                    .join(QStringLiteral("\nGO\n"));
            },
            value);
    }
}

TEST(QuotingInBuilders, LyncCommandsKeepEveryValueLiteral)
{
    for (const QString& value : hostileValues()) {
        expectPowerShellLiteral([](const QString& v) { return LyncCommands::clearActiveServers(v); }, value);
        expectPowerShellLiteral(
            [](const QString& v) {
                return LyncCommands::addActiveServers(v,
                                                      {v + QStringLiteral(".a"), v + QStringLiteral(".b")});
            },
            value);
        expectPowerShellLiteral([](const QString& v) { return LyncCommands::getPoolState(v); }, value);
        expectPowerShellLiteral([](const QString& v) { return LyncCommands::setPoolStateNormal(v); }, value);
    }
}

TEST(QuotingInBuilders, WholeProcedureKeepsEveryValueLiteral)
{
    // The script files as exported: header comments included, so a line break in a name must not escape them.
    for (const QString& value : hostileValues()) {
        if (value.contains(u'%'))
            continue;
        const QString harmless = QStringLiteral("harmless");
        const QList<ScriptPart> reference =
            ProcedureScript::parts(planWithEveryName(harmless), Procedure::failback());
        const QList<ScriptPart> parts =
            ProcedureScript::parts(planWithEveryName(value), Procedure::failback());
        ASSERT_EQ(parts.size(), reference.size());
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const bool sql = parts.at(p).language == ScriptLanguage::TSql;
            QString referenceText = reference.at(p).text(planWithEveryName(harmless));
            QString text = parts.at(p).text(planWithEveryName(value));
            // The header names the instance in a comment; compare code, not comments, below.
            const auto scan = sql ? scanTSql : scanPowerShell;
            const ScannedScript a = scan(referenceText);
            const ScannedScript b = scan(text);
            ASSERT_TRUE(b.error.isEmpty()) << b.error.toStdString() << "\n" << text.toStdString();
            const auto codeLines = [&](const QString& skeleton) {
                QStringList lines;
                for (const QString& line : skeleton.split(u'\n')) {
                    if (!line.startsWith(sql ? QStringLiteral("--") : QStringLiteral("#")))
                        lines << line;
                }
                return lines;
            };
            EXPECT_EQ(codeLines(b.skeleton), codeLines(a.skeleton)) << parts.at(p).fileName.toStdString();
            ASSERT_EQ(b.literals.size(), a.literals.size());
            for (qsizetype i = 0; i < a.literals.size(); ++i) {
                QString expected = a.literals.at(i);
                expected.replace(harmless, value);
                EXPECT_EQ(b.literals.at(i), expected);
            }
        }
    }
}
