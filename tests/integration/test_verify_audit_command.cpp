// pchat-failback --verify-audit as an auditor runs it: OK and exit 0 for an untouched run folder, the first
// broken event or file and the documented exit code for a tampered one.
#include "backend/audit/auditevent.h"
#include "backend/audit/journal.h"
#include "failbackcommand.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace pchat;

namespace {

using Result = FailbackCommand::Result;

Result run(const QStringList& arguments)
{
    return FailbackCommand::run(arguments);
}

// A run folder made by the real Journal: three events, the second one a screenshot. Returns the final hash.
QString makeRun(const QString& folder)
{
    Journal journal(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Training);
    EXPECT_TRUE(journal.append(AuditKind::RunStarted, {{QStringLiteral("version"), QStringLiteral("1.0")}}));
    EXPECT_TRUE(QDir(folder).mkpath(QStringLiteral("screens")));
    const QByteArray png("\x89PNG screenshot");
    QFile shot(QDir(folder).filePath(QStringLiteral("screens/001.png")));
    EXPECT_TRUE(shot.open(QIODevice::WriteOnly));
    shot.write(png);
    shot.close();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(
        journal.append(AuditKind::Screenshot, {{QStringLiteral("file"), QStringLiteral("screens/001.png")},
                                               {QStringLiteral("sha256"), sha}}));
    EXPECT_TRUE(
        journal.append(AuditKind::RunFinished, {{QStringLiteral("outcome"), QStringLiteral("done")}}));
    return journal.lastHash();
}

} // namespace

TEST(VerifyAuditCommand, AnUntouchedRunFolderIsOk)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    const QString finalHash = makeRun(folder);
    const Result result =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verify-audit"), folder});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.value(0).trimmed(),
              QStringLiteral("OK: 3 events verified (screenshots: 1), final hash %1").arg(finalHash));
    // Without the anchor the verifier says what the chain alone cannot prove.
    EXPECT_TRUE(result.out.contains(QStringLiteral("--expect-hash"))) << result.out.toStdString();
}

TEST(VerifyAuditCommand, ARemovedEventIsNamedWithItsExitCode)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    makeRun(folder);
    QFile journal(QDir(folder).filePath(Journal::fileName()));
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = journal.readAll().split('\n');
    journal.close();
    lines.removeAt(1);
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    journal.write(lines.join('\n'));
    journal.close();

    const Result result =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verify-audit"), folder});
    EXPECT_EQ(result.exitCode, 11) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Event 2 was removed"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST(VerifyAuditCommand, AChangedScreenshotAndAMissingFolderHaveTheirExitCodes)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    makeRun(folder);
    QFile shot(QDir(folder).filePath(QStringLiteral("screens/001.png")));
    ASSERT_TRUE(shot.open(QIODevice::Append));
    shot.write("x");
    shot.close();
    Result result =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verify-audit"), folder});
    EXPECT_EQ(result.exitCode, 14) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("screens/001.png"))) << result.err.toStdString();

    result = run({QStringLiteral("--verify-audit"), dir.filePath(QStringLiteral("nowhere"))});
    EXPECT_EQ(result.exitCode, 16) << result.err.toStdString();
}

TEST(VerifyAuditCommand, AJournalWithoutItsClosingEventIsNotOk)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    makeRun(folder);
    QFile journal(QDir(folder).filePath(QStringLiteral("journal.jsonl")));
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = journal.readAll().split('\n');
    journal.close();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    lines.removeLast(); // the run-finished event
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    journal.write(lines.join('\n') + '\n');
    journal.close();
    const Result result =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verify-audit"), folder});
    EXPECT_EQ(result.exitCode, 28) << result.out.toStdString() << result.err.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("OK:")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("intact up to event 2"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("never closed"))) << result.err.toStdString();
}

TEST(VerifyAuditCommand, ARewrittenChainIsCaughtOnlyByTheRecordedHash)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original"));
    const QString recordedHash = makeRun(original);
    // Someone who can write the folder replaces it with a chain of their own: valid, closed, recomputed.
    const QString rewritten = dir.filePath(QStringLiteral("rewritten"));
    {
        Journal journal(rewritten, QStringLiteral("ops1"), QStringLiteral("ADMIN01"),
                        Journal::Mode::Training);
        EXPECT_TRUE(
            journal.append(AuditKind::RunStarted, {{QStringLiteral("version"), QStringLiteral("1.0")}}));
        EXPECT_TRUE(
            journal.append(AuditKind::RunFinished, {{QStringLiteral("outcome"), QStringLiteral("done")}}));
    }
    const QStringList verify{QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--verify-audit")};
    EXPECT_EQ(run(verify + QStringList{rewritten}).exitCode, 0); // the chain alone cannot tell
    const Result caught = run(verify + QStringList{rewritten, QStringLiteral("--expect-hash"), recordedHash});
    EXPECT_EQ(caught.exitCode, 29) << caught.err.toStdString();
    EXPECT_TRUE(caught.err.contains(recordedHash)) << caught.err.toStdString();
    // The original passes with the whole hash and with the 16-digit prefix every report page prints.
    EXPECT_EQ(run(verify + QStringList{original, QStringLiteral("--expect-hash"), recordedHash}).exitCode, 0);
    EXPECT_EQ(
        run(verify + QStringList{original, QStringLiteral("--expect-hash"), recordedHash.left(16)}).exitCode,
        0);
    // A shorter prefix proves too little: a usage error.
    EXPECT_EQ(
        run(verify + QStringList{original, QStringLiteral("--expect-hash"), recordedHash.left(8)}).exitCode,
        2);
}
