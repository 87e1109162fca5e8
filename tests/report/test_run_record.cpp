// RunRecord: the journal read into cover facts and per-step sections (command pairing, outcomes, results,
// resumed runs, screenshot checks, untrusted paths).
#include "backend/audit/auditevent.h"
#include "report/runrecord.h"
#include "samplerun.h"

#include <functional>
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace pchat;
using pchat::test::SampleRun;

namespace {

QJsonObject finishedDetails(const QString& result, int durationMs, int rows, const QJsonArray& errors = {})
{
    return {{QStringLiteral("target"), QStringLiteral("PCSQL02\\PCHAT")},
            {QStringLiteral("result"), result},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("errors"), errors}};
}

QJsonObject startedDetails(const QString& text)
{
    return {{QStringLiteral("target"), QStringLiteral("PCSQL02\\PCHAT")}, {QStringLiteral("text"), text}};
}

QJsonObject message(const QString& text)
{
    return {{QStringLiteral("number"), 4035},
            {QStringLiteral("severity"), 10},
            {QStringLiteral("state"), 1},
            {QStringLiteral("text"), text},
            {QStringLiteral("isError"), false}};
}

RunRecord load(const QString& folder)
{
    RunRecord record;
    QString error;
    EXPECT_TRUE(record.load(folder, &error)) << error.toStdString();
    return record;
}

} // namespace

TEST(RunRecord, PairsEachCommandWithTheNextResultOfItsStep)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Production);
    run.runStarted();
    run.event(AuditKind::CommandStarted, startedDetails(QStringLiteral("BACKUP DATABASE [mgc] ...")), 3);
    run.event(AuditKind::ServerMessage, message(QStringLiteral("10 percent processed.")), 3);
    // A command of another step in between must not take step 3's result.
    run.event(AuditKind::CommandStarted, startedDetails(QStringLiteral("RESTORE DATABASE [mgc] ...")), 4);
    run.event(AuditKind::CommandFinished,
              finishedDetails(
                  QStringLiteral("failed"), 2500, 0,
                  {QJsonObject{{QStringLiteral("number"), 3201},
                               {QStringLiteral("text"), QStringLiteral("Cannot open backup device.")}}}),
              3);
    run.event(AuditKind::CommandStarted, startedDetails(QStringLiteral("BACKUP DATABASE [mgc] WITH INIT")),
              3);
    run.event(AuditKind::ServerMessage, message(QStringLiteral("100 percent processed.")), 3);
    run.event(AuditKind::CommandFinished, finishedDetails(QStringLiteral("succeeded"), 61000, 7), 3);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();

    const QList<RunRecord::Section> sections = load(dir.path()).sections();
    ASSERT_EQ(sections.size(), 3);
    const RunRecord::Section& backup = sections.at(1);
    ASSERT_EQ(backup.step, 3);
    ASSERT_EQ(backup.commands.size(), 2);
    EXPECT_EQ(backup.commands[0].text, QStringLiteral("BACKUP DATABASE [mgc] ..."));
    EXPECT_EQ(backup.commands[0].result, QStringLiteral("failed"));
    EXPECT_EQ(backup.commands[0].durationMs, 2500);
    ASSERT_EQ(backup.commands[0].errors.size(), 1);
    EXPECT_EQ(backup.commands[0].errors[0].number, 3201);
    EXPECT_EQ(backup.commands[1].text, QStringLiteral("BACKUP DATABASE [mgc] WITH INIT"));
    EXPECT_EQ(backup.commands[1].result, QStringLiteral("succeeded"));
    EXPECT_EQ(backup.commands[1].rows, 7);
    EXPECT_TRUE(backup.commands[1].finished);
    ASSERT_EQ(backup.messages.size(), 2);
    EXPECT_EQ(backup.messages[0].command, 1);
    EXPECT_EQ(backup.messages[1].command, 2);
    EXPECT_EQ(backup.messages[1].text, QStringLiteral("100 percent processed."));

    const RunRecord::Section& restore = sections.at(2);
    ASSERT_EQ(restore.step, 4);
    ASSERT_EQ(restore.commands.size(), 1);
    EXPECT_TRUE(restore.commands[0].started);
    EXPECT_FALSE(restore.commands[0].finished); // the run stopped while it ran
}

TEST(RunRecord, CoverFactsAndSectionsOfAFullRun)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("20261126-123104_ADMIN01_pchat.contoso.com"));
    SampleRun run(folder, Journal::Mode::Training);
    run.writeFullRun(true);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();

    const RunRecord record = load(folder);
    const RunRecord::Cover& cover = record.cover();
    EXPECT_EQ(cover.folderName, QStringLiteral("20261126-123104_ADMIN01_pchat.contoso.com"));
    EXPECT_EQ(cover.operators, QStringList{QStringLiteral("CONTOSO\\dba1")});
    EXPECT_EQ(cover.hosts, QStringList{QStringLiteral("ADMIN01")});
    EXPECT_TRUE(cover.training);
    EXPECT_EQ(cover.version, QStringLiteral(PCHAT_VERSION));
    EXPECT_EQ(cover.language, QStringLiteral("en"));
    EXPECT_EQ(cover.poolName, QStringLiteral("PersistentChatServer:pchat.contoso.com"));
    EXPECT_EQ(cover.result, RunRecord::Result::Success);
    EXPECT_EQ(cover.eventCount, run.journal().lastSequence());
    EXPECT_EQ(cover.finalHash, run.journal().lastHash());
    EXPECT_EQ(cover.screenshotCount, SampleRun::fullRunScreenshots);
    EXPECT_TRUE(cover.chainVerified) << cover.chainMessage.toStdString();
    EXPECT_TRUE(record.hasScreenshots());

    const QList<RunRecord::Section> sections = record.sections();
    ASSERT_EQ(sections.size(), 9); // Run, Preflight, 1..7
    for (int i = 0; i < sections.size(); ++i) {
        EXPECT_EQ(sections[i].step, i - 1);
        EXPECT_LE(sections[i].firstUtc, sections[i].lastUtc);
    }
    EXPECT_EQ(sections[0].runLines.size(), 2); // started, finished
    EXPECT_EQ(sections[1].checks.size(), 3);
    EXPECT_EQ(sections[1].outcome(), QStringLiteral("done"));
    const RunRecord::Section& restore = sections[5];
    EXPECT_EQ(restore.outcome(), QStringLiteral("done"));
    EXPECT_EQ(restore.states.size(), 5);
    ASSERT_EQ(restore.confirmations.size(), 1);
    EXPECT_EQ(restore.confirmations[0].what, QStringLiteral("typed"));
    EXPECT_EQ(restore.confirmations[0].value, QStringLiteral("mgc"));
    ASSERT_EQ(restore.screenshots.size(), 3);
    EXPECT_TRUE(restore.screenshots[0].fileFound);
    EXPECT_TRUE(restore.screenshots[0].hashMatches);
    EXPECT_EQ(restore.screenshots[1].reason, QStringLiteral("before-run"));
}

// A journal of an earlier version recorded Preflight's checks but not how Preflight ended: the report judges
// it by its checks instead of saying "not recorded".
TEST(RunRecord, PreflightWithoutAStateIsJudgedByItsChecks)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Production);
    run.runStarted();
    run.check(QStringLiteral("backup.login"), QStringLiteral("The backup instance answers"),
              QStringLiteral("ok"), QStringLiteral("PCSQL02\\PCHAT"));
    run.check(QStringLiteral("backup.space"), QStringLiteral("The share has room"), QStringLiteral("warning"),
              QStringLiteral("12 GB free"));
    run.finished(true);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();
    const QList<RunRecord::Section> passed = load(dir.path()).sections();
    ASSERT_EQ(passed.size(), 2);
    EXPECT_EQ(passed[1].step, 0);
    EXPECT_EQ(passed[1].outcome(), QStringLiteral("done"));

    run.check(QStringLiteral("primary.login"), QStringLiteral("The primary answers"),
              QStringLiteral("failed"), QStringLiteral("Login failed"));
    ASSERT_TRUE(run.ok()) << run.error().toStdString();
    EXPECT_EQ(load(dir.path()).sections()[1].outcome(), QStringLiteral("failed"));

    // A recorded state wins over the checks.
    run.stepState(0, QStringLiteral("cancelled"));
    EXPECT_EQ(load(dir.path()).sections()[1].outcome(), QStringLiteral("cancelled"));
}

TEST(RunRecord, OnlyTheClosingEventDecidesTheResult)
{
    const auto resultOf = [](const std::function<void(SampleRun&)>& events) {
        QTemporaryDir dir;
        SampleRun run(dir.path(), Journal::Mode::Production);
        run.runStarted();
        events(run);
        EXPECT_TRUE(run.ok());
        return load(dir.path()).cover();
    };
    EXPECT_EQ(resultOf([](SampleRun& run) { run.finished(false); }).result, RunRecord::Result::Failed);
    EXPECT_EQ(resultOf([](SampleRun& run) { run.stepState(2, QStringLiteral("running")); }).result,
              RunRecord::Result::Unfinished);
    const RunRecord::Cover interrupted = resultOf([](SampleRun& run) {
        run.event(AuditKind::RunInterrupted, {{QStringLiteral("reason"), QStringLiteral("closed")},
                                              {QStringLiteral("page"), QStringLiteral("step2")}});
    });
    EXPECT_EQ(interrupted.result, RunRecord::Result::Interrupted);
    EXPECT_EQ(interrupted.interruptReason, QStringLiteral("closed"));
    // Interrupted, then resumed and finished: the run succeeded.
    EXPECT_EQ(
        resultOf([](SampleRun& run) {
            run.event(AuditKind::RunInterrupted, {{QStringLiteral("reason"), QStringLiteral("closed")}});
            run.event(QStringLiteral("run-resumed"), {{QStringLiteral("language"), QStringLiteral("de")}});
            run.finished(true);
        }).result,
        RunRecord::Result::Success);
}

TEST(RunRecord, AResumedRunShowsEveryStartAndEveryOperator)
{
    QTemporaryDir dir;
    {
        SampleRun first(dir.path(), Journal::Mode::Production);
        first.runStarted();
        first.stepState(1, QStringLiteral("done"));
        first.event(AuditKind::RunInterrupted, {{QStringLiteral("reason"), QStringLiteral("closed")}});
        ASSERT_TRUE(first.ok());
    }
    SampleRun second(dir.path(), Journal::Mode::Production, QStringLiteral("CONTOSO\\dba2"),
                     QStringLiteral("ADMIN02"));
    second.event(QStringLiteral("run-resumed"), {{QStringLiteral("language"), QStringLiteral("de")},
                                                 {QStringLiteral("plan"), SampleRun::examplePlan()}});
    second.stepState(2, QStringLiteral("failed"));
    ASSERT_TRUE(second.ok());

    const RunRecord record = load(dir.path());
    EXPECT_EQ(record.cover().operators,
              (QStringList{QStringLiteral("CONTOSO\\dba1"), QStringLiteral("CONTOSO\\dba2")}));
    EXPECT_EQ(record.cover().hosts, (QStringList{QStringLiteral("ADMIN01"), QStringLiteral("ADMIN02")}));
    EXPECT_EQ(record.cover().result, RunRecord::Result::Unfinished);
    const RunRecord::Section run = record.sections().first();
    ASSERT_EQ(run.step, -1);
    ASSERT_EQ(run.runLines.size(), 3);
    EXPECT_EQ(run.runLines[0].kind, QStringLiteral("run-started"));
    EXPECT_EQ(run.runLines[1].kind, QStringLiteral("run-interrupted"));
    EXPECT_EQ(run.runLines[2].kind, QStringLiteral("run-resumed"));
    EXPECT_EQ(run.runLines[2].operatorName, QStringLiteral("CONTOSO\\dba2"));
    EXPECT_EQ(record.sections().last().outcome(), QStringLiteral("failed"));
}

TEST(RunRecord, ChecksScreenshotsAndNeverLeavesTheFolder)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    SampleRun run(folder, Journal::Mode::Production);
    run.runStarted();
    const QString changed =
        run.screenshot(1, QStringLiteral("end-state"), QStringLiteral("step1"), QStringLiteral("x"));
    // A file outside the run folder, with its true hash: the record must not even open it.
    QFile outside(dir.filePath(QStringLiteral("outside.png")));
    ASSERT_TRUE(outside.open(QIODevice::WriteOnly));
    outside.write("secret");
    outside.close();
    run.event(
        AuditKind::Screenshot,
        {{QStringLiteral("file"), QStringLiteral("../outside.png")}, {QStringLiteral("sha256"), QString()}},
        1);
    ASSERT_TRUE(run.ok());
    QFile file(QDir(folder).filePath(changed));
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("tampered");
    file.close();

    const RunRecord record = load(folder);
    const RunRecord::Section step = record.sections().last();
    ASSERT_EQ(step.screenshots.size(), 2);
    EXPECT_TRUE(step.screenshots[0].fileFound);
    EXPECT_FALSE(step.screenshots[0].hashMatches);
    EXPECT_FALSE(step.screenshots[1].fileFound);
    EXPECT_FALSE(record.cover().chainVerified);
    EXPECT_FALSE(record.cover().chainMessage.isEmpty());

    EXPECT_TRUE(RunRecord::isSafeRelativePath(QStringLiteral("screens/001.png")));
    for (const char* path : {"", "../x.png", "screens/../../x.png", "/etc/passwd", "C:\\x.png",
                             "screens\\..\\..\\x.png", "javascript:alert(1)", "\\\\server\\share\\x.png"})
        EXPECT_FALSE(RunRecord::isSafeRelativePath(QString::fromLatin1(path))) << path;
}

TEST(RunRecord, CountsUnreadableLinesAndFailsWithoutAJournal)
{
    QTemporaryDir dir;
    RunRecord record;
    QString error;
    EXPECT_FALSE(record.load(dir.path(), &error));
    EXPECT_FALSE(error.isEmpty());

    {
        SampleRun run(dir.path(), Journal::Mode::Production);
        run.runStarted();
        ASSERT_TRUE(run.ok());
    }
    QFile journal(QDir(dir.path()).filePath(Journal::fileName()));
    ASSERT_TRUE(journal.open(QIODevice::Append));
    journal.write("this is not an event\n");
    journal.close();
    ASSERT_TRUE(record.load(dir.path(), &error)) << error.toStdString();
    EXPECT_EQ(record.cover().unreadableLines, 1);
    EXPECT_EQ(record.cover().eventCount, 1);
    EXPECT_FALSE(record.hasScreenshots());
}
