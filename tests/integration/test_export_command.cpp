// pchat-failback --export-script as an operator runs it: files, exit codes, messages, language.
#include "failbackcommand.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Result = FailbackCommand::Result;

Result run(const QStringList& arguments)
{
    return FailbackCommand::run(arguments);
}

QString examplePlan()
{
    return QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json");
}

// The example plan with one value replaced, written to a file in dir.
QString planWith(const QTemporaryDir& dir, const QString& section, const QString& key, const QString& value)
{
    QFile file(examplePlan());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject part = plan.value(section).toObject();
    part.insert(key, value);
    plan.insert(section, part);
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(plan).toJson());
    return path;
}

} // namespace

TEST(ExportCommand, ValidPlanWritesEveryStepInRunOrder)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("scripts"));
    const Result result =
        run({QStringLiteral("--plan"), examplePlan(), QStringLiteral("--export-script"), target});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList files = QDir(target).entryList(QDir::Files, QDir::Name);
    const QStringList expected{
        QStringLiteral("01-clear-active-servers.ps1"), QStringLiteral("02-remove-mirroring.sql"),
        QStringLiteral("03-backup-mgc.sql"),           QStringLiteral("04-restore-mgc.sql"),
        QStringLiteral("06-set-active-servers.ps1"),   QStringLiteral("07-set-pool-state-normal.ps1")};
    for (const QString& name : expected)
        EXPECT_TRUE(files.contains(name)) << name.toStdString();
    // Every written file is named on standard output, so that a change ticket can list them.
    for (const QString& name : files)
        EXPECT_TRUE(result.out.contains(name)) << name.toStdString();

    QFile restore(QDir(target).filePath(QStringLiteral("04-restore-mgc.sql")));
    ASSERT_TRUE(restore.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(restore.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Run on: PCSQL01\\PCHAT (primary instance)")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'\\\\FS01\\PChatLogShip\\mgc_failback.bak'")));
}

TEST(ExportCommand, InvalidPlanIsRefusedWithEveryProblemAndWritesNothing)
{
    QTemporaryDir dir;
    const QString plan = planWith(dir, QStringLiteral("backup"), QStringLiteral("shareFolder"),
                                  QStringLiteral("C:\\no-share"));
    const QString target = dir.filePath(QStringLiteral("scripts"));
    const Result result = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--plan"), plan,
                               QStringLiteral("--export-script"), target});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains(QStringLiteral("backup.shareFolder: "))) << result.err.toStdString();
    EXPECT_FALSE(QDir(target).exists()) << "nothing may be written for an invalid plan";
}

TEST(ExportCommand, MessagesFollowTheLanguage)
{
    QTemporaryDir dir;
    const QString plan = planWith(dir, QStringLiteral("backup"), QStringLiteral("shareFolder"), QString());
    const QStringList export_{QStringLiteral("--plan"), plan, QStringLiteral("--export-script"),
                              dir.filePath(QStringLiteral("out"))};
    const Result english = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + export_);
    const Result german = run(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + export_);
    EXPECT_EQ(english.exitCode, 4);
    EXPECT_EQ(german.exitCode, 4);
    EXPECT_TRUE(english.err.contains(QStringLiteral("is not valid"))) << english.err.toStdString();
    EXPECT_TRUE(german.err.contains(QStringLiteral("ungültig")) ||
                german.err.contains(QStringLiteral("nicht gültig")))
        << german.err.toStdString();
}

TEST(ExportCommand, UnreadablePlanAndBadArgumentsHaveTheirExitCodes)
{
    QTemporaryDir dir;
    const Result missing = run({QStringLiteral("--plan"), dir.filePath(QStringLiteral("none.json")),
                                QStringLiteral("--export-script"), dir.path()});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_FALSE(missing.err.isEmpty());

    const Result noPlan = run({QStringLiteral("--export-script"), dir.path()});
    EXPECT_EQ(noPlan.exitCode, 2);
    EXPECT_TRUE(noPlan.err.contains(QStringLiteral("--plan"))) << noPlan.err.toStdString();

    const Result badLanguage =
        run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")});
    EXPECT_EQ(badLanguage.exitCode, 2);
}

TEST(ExportCommand, HelpAndVersionNeedNoDisplay)
{
    const Result help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--export-script")));
    const Result version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("pchat-failback ")));
}
