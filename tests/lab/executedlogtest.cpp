// The lab's executed log (control command "executed"): what each instance received and ran, with the names
// the interpreter evaluated, and what the shell simulator ran; the evidence the bad-input suite reads.
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

namespace {

QJsonArray executedSince(const LabProcess& lab, qint64 since, qint64* last = nullptr)
{
    const QJsonObject reply = lab.control().send(pchat::LabControl::executedRequest(since));
    EXPECT_TRUE(reply.value(QLatin1String("ok")).toBool());
    if (last)
        *last = qint64(reply.value(QLatin1String("last")).toDouble());
    return reply.value(QLatin1String("entries")).toArray();
}

QList<QJsonObject> ofKind(const QJsonArray& entries, const QString& kind)
{
    QList<QJsonObject> found;
    for (const QJsonValue& e : entries) {
        if (e.toObject().value(QLatin1String("kind")).toString() == kind)
            found << e.toObject();
    }
    return found;
}

QStringList args(const QJsonObject& entry)
{
    QStringList list;
    for (const QJsonValue& a : entry.value(QLatin1String("args")).toArray())
        list << a.toString();
    return list;
}

} // namespace

TEST(ExecutedLogTest, AQuotedHostileNameIsOneStatementWithTheLiteralAsItsObject)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    const int backup = lab.port(QStringLiteral("PCSQL02\\PCHAT"));
    qint64 start = 0;
    executedSince(lab, 0, &start);

    const QString out = LabProcess::runTsql(
        backup, QStringLiteral("BACKUP DATABASE [a;DROP DATABASE mgc;--]]x] TO DISK = "
                               "N'\\\\FS01\\PChatLogShip\\O''Brien.bak' WITH STATS = 10\ngo\nexit\n"));
    EXPECT_TRUE(out.contains(QStringLiteral("a;DROP DATABASE mgc;--]x"))) << out.toStdString();
    qint64 afterBackup = 0;
    const QJsonArray entries = executedSince(lab, start, &afterBackup);
    EXPECT_GT(afterBackup, start);

    const QList<QJsonObject> batches = ofKind(entries, QStringLiteral("batch"));
    ASSERT_FALSE(batches.isEmpty());
    EXPECT_TRUE(std::any_of(batches.begin(), batches.end(), [](const QJsonObject& b) {
        return b.value(QLatin1String("text")).toString().startsWith(QLatin1String("BACKUP DATABASE [a;DROP"));
    }));
    QList<QJsonObject> backups;
    for (const QJsonObject& s : ofKind(entries, QStringLiteral("statement"))) {
        EXPECT_EQ(s.value(QLatin1String("source")).toString(), QStringLiteral("PCSQL02\\PCHAT"));
        EXPECT_GT(s.value(QLatin1String("spid")).toInt(), 50);
        if (s.value(QLatin1String("text")).toString() == u"BACKUP DATABASE")
            backups << s;
    }
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.constFirst().value(QLatin1String("object")).toString(),
              QStringLiteral("a;DROP DATABASE mgc;--]x"));
    EXPECT_TRUE(args(backups.constFirst()).contains(QStringLiteral("\\\\FS01\\PChatLogShip\\O'Brien.bak")))
        << args(backups.constFirst()).join(u'|').toStdString();
    EXPECT_TRUE(ofKind(entries, QStringLiteral("parse-error")).isEmpty());

    // Unquoted, the same text is code: the log shows the parse error and no BACKUP ran.
    LabProcess::runTsql(backup, QStringLiteral("BACKUP DATABASE a;DROP DATABASE mgc;--\ngo\nexit\n"));
    const QJsonArray second = executedSince(lab, afterBackup);
    EXPECT_FALSE(ofKind(second, QStringLiteral("parse-error")).isEmpty());
    for (const QJsonObject& s : ofKind(second, QStringLiteral("statement")))
        EXPECT_NE(s.value(QLatin1String("text")).toString(), QStringLiteral("BACKUP DATABASE"));
    for (const QJsonValue& e : second)
        EXPECT_GT(qint64(e.toObject().value(QLatin1String("seq")).toDouble()), afterBackup);
}

TEST(ExecutedLogTest, ProceduresAreLoggedWithTheirEvaluatedArguments)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    qint64 start = 0;
    executedSince(lab, 0, &start);
    LabProcess::runTsql(
        lab.port(QStringLiteral("PCSQL01\\PCHAT")),
        QStringLiteral("DECLARE @p nvarchar(100) = N'x''y';\nEXEC master.dbo.xp_fileexist @p\n"
                       "go\nexit\n"));
    const QJsonArray entries = executedSince(lab, start);
    bool sawExec = false;
    for (const QJsonObject& s : ofKind(entries, QStringLiteral("statement"))) {
        if (s.value(QLatin1String("text")).toString() == u"EXEC") {
            sawExec = true;
            EXPECT_EQ(s.value(QLatin1String("object")).toString(), QStringLiteral("master.dbo.xp_fileexist"));
            EXPECT_EQ(args(s), QStringList{QStringLiteral("=x'y")});
        }
    }
    EXPECT_TRUE(sawExec);
}

TEST(ExecutedLogTest, TheShellReportsEachStatementItRunsAndTheChangesItAsksFor)
{
    LabProcess lab;
    ASSERT_TRUE(lab.started());
    qint64 start = 0;
    executedSince(lab, 0, &start);
    QProcess shell;
    shell.start(QStringLiteral(PCHAT_LAB_EXE),
                {QStringLiteral("shell"), QStringLiteral("--control"), QString::number(lab.controlPort())});
    ASSERT_TRUE(shell.waitForStarted(5000));
    shell.write(
        "Import-Module Lync\n"
        "Set-CsPersistentChatState -Identity 'x''; Remove-Item C:\\' -PoolState Normal\n"
        "Set-CsPersistentChatActiveServer -Identity global -ActiveServers @{Add=\"PCHAT01.contoso.com\"}\n"
        "Get-CsPersistentChatState -Identity 'a\n");
    shell.closeWriteChannel();
    ASSERT_TRUE(shell.waitForFinished(15000));

    const QJsonArray entries = executedSince(lab, start);
    QStringList statements;
    for (const QJsonObject& s : ofKind(entries, QStringLiteral("shell-statement")))
        statements << s.value(QLatin1String("text")).toString();
    EXPECT_EQ(statements,
              (QStringList{QStringLiteral("Import-Module"), QStringLiteral("Set-CsPersistentChatState"),
                           QStringLiteral("Set-CsPersistentChatActiveServer")}));
    const QList<QJsonObject> shellStatements = ofKind(entries, QStringLiteral("shell-statement"));
    ASSERT_EQ(shellStatements.size(), 3);
    EXPECT_TRUE(args(shellStatements.at(1)).contains(QStringLiteral("x'; Remove-Item C:\\")))
        << args(shellStatements.at(1)).join(u'|').toStdString();
    EXPECT_TRUE(args(shellStatements.at(2)).contains(QStringLiteral("@{Add=PCHAT01.contoso.com}")))
        << args(shellStatements.at(2)).join(u'|').toStdString();
    EXPECT_EQ(ofKind(entries, QStringLiteral("shell-syntax-error")).size(), 1);

    // Only the active-server change reached the pool: the state change named no pool.
    const QList<QJsonObject> changes = ofKind(entries, QStringLiteral("lync"));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.constFirst().value(QLatin1String("text")).toString(),
              QStringLiteral("lync-set-active"));
    EXPECT_EQ(changes.constFirst().value(QLatin1String("object")).toString(),
              QStringLiteral("Set-CsPersistentChatActiveServer"));
}
