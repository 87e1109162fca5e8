// pchat-failback --verify-audit as an auditor runs it: OK and exit 0 for an untouched run folder, the first
// broken event or file and the documented exit code for a tampered one.
#include "audit/auditevent.h"
#include "audit/journal.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace pchat;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PCHAT_FAILBACK_EXE), arguments);
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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
    EXPECT_EQ(result.out.trimmed(),
              QStringLiteral("OK: 3 events, 1 screenshots verified, final hash %1").arg(finalHash));
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
