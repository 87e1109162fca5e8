// The management-shell runner through a real process against `pchat-lab shell`: success, error records,
// exit codes, timeout, cancel, a program that does not start.
#include "backend/shell/lynccommands.h"
#include "backend/shell/powershellquote.h"
#include "eventually.h"
#include "shelltestlab.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace pchat;

namespace {

class ShellRunnerTest : public ShellTestLab
{
protected:
    void SetUp() override { startLab(); }
};

// pchat-lab without "shell" serves until it is killed: a shell that never finishes.
LyncSettings hangingShell(int timeoutSeconds)
{
    LyncSettings settings;
    settings.shellProgram = QStringLiteral(PCHAT_LAB_EXE);
    // "--" ends the lab's options, so that the -EncodedCommand the runner adds is a harmless positional
    // argument.
    settings.shellArguments = {QStringLiteral("--any-port"), QStringLiteral("--")};
    settings.shellTimeoutSeconds = timeoutSeconds;
    return settings;
}

} // namespace

TEST_F(ShellRunnerTest, RunsTheModuleAndTheCommandsAndParsesTheObjects)
{
    ShellRunner runner(shellPlan().lync);
    QSignalSpy started(&runner, &ShellRunner::started);
    QSignalSpy lines(&runner, &ShellRunner::output);
    const ShellResult result = runAndWait(runner, {LyncCommands::getPoolState()});
    EXPECT_TRUE(result.ok) << result.errorText().toStdString();
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.errorRecords.isEmpty());
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.constFirst().at(0).toString(),
              QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState"));
    EXPECT_FALSE(lines.isEmpty());
    const auto objects = ShellResult::parseObjects(result.standardOutput);
    ASSERT_EQ(objects.size(), 1) << result.standardOutput.toStdString();
    EXPECT_EQ(objects.constFirst().value(QStringLiteral("Identity")), QString::fromLatin1(kPoolIdentity));
    EXPECT_EQ(objects.constFirst().value(QStringLiteral("PoolState")), QStringLiteral("FailedOver"));
    EXPECT_FALSE(runner.isRunning());
}

TEST_F(ShellRunnerTest, AnErrorRecordFailsWithItsFirstLine)
{
    ShellRunner runner(shellPlan().lync);
    const ShellResult result = runAndWait(
        runner, {LyncCommands::setPoolStateNormal(QStringLiteral("PersistentChatServer:nope.contoso.com"))});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.exitCode, 1);
    ASSERT_EQ(result.errorRecords.size(), 1) << result.standardError.toStdString();
    EXPECT_TRUE(result.errorRecords.constFirst().startsWith(QStringLiteral("Set-CsPersistentChatState : ")))
        << result.errorRecords.constFirst().toStdString();
    EXPECT_EQ(labPool().value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));
}

TEST_F(ShellRunnerTest, AFaultyCmdletFailsEvenWhenLaterLinesSucceed)
{
    ASSERT_TRUE(addFault(QStringLiteral("shell-cmdlet-fails:set-cspersistentchatstate")));
    ShellRunner runner(shellPlan().lync);
    const ShellResult result =
        runAndWait(runner, {LyncCommands::setPoolStateNormal(QString::fromLatin1(kPoolIdentity)),
                            LyncCommands::getPoolState()});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.exitCode, 1);
    ASSERT_FALSE(result.errorRecords.isEmpty());
    EXPECT_TRUE(result.errorRecords.constFirst().startsWith(QStringLiteral("Set-CsPersistentChatState")));
    EXPECT_TRUE(result.standardOutput.contains(QStringLiteral("FailedOver")));
}

TEST_F(ShellRunnerTest, ANonZeroExitCodeFails)
{
    ShellRunner runner(shellPlan().lync);
    const ShellResult result = runAndWait(runner, {QStringLiteral("exit 3")});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.exitCode, 3);
    ASSERT_EQ(result.errorRecords.size(), 1);
    EXPECT_TRUE(result.errorRecords.constFirst().contains(QStringLiteral("3")));
}

TEST_F(ShellRunnerTest, AParserErrorIsReportedByItsMessage)
{
    ShellRunner runner(shellPlan().lync);
    const ShellResult result = runAndWait(runner, {QStringLiteral("Get-CsPersistentChatState -Identity 'x")});
    EXPECT_FALSE(result.ok);
    ASSERT_EQ(result.errorRecords.size(), 1) << result.standardError.toStdString();
    EXPECT_FALSE(result.errorRecords.constFirst().startsWith(QStringLiteral("At line:")))
        << result.errorRecords.constFirst().toStdString();
}

TEST_F(ShellRunnerTest, TimeoutKillsTheShell)
{
    ShellRunner runner(hangingShell(2));
    QElapsedTimer timer;
    timer.start();
    const ShellResult result = runAndWait(runner, {LyncCommands::getPoolState()}, 15000);
    EXPECT_TRUE(result.timedOut);
    EXPECT_FALSE(result.cancelled);
    EXPECT_FALSE(result.ok);
    EXPECT_GE(timer.elapsed(), 1900);
    EXPECT_LT(timer.elapsed(), 10000);
    ASSERT_FALSE(result.errorRecords.isEmpty());
    // "2 second(s)": these tests run without the English catalog that gives the plural its form.
    EXPECT_TRUE(result.errorRecords.constFirst().contains(QStringLiteral("within 2 second")));
}

TEST_F(ShellRunnerTest, CancelKillsTheShell)
{
    ShellRunner runner(hangingShell(60));
    QSignalSpy finished(&runner, &ShellRunner::finished);
    QSignalSpy output(&runner, &ShellRunner::output);
    runner.run(LyncCommands::getPoolState());
    EXPECT_TRUE(runner.isRunning());
    // The "shell" (a lab) prints its ports once it runs: the cancel then has a live process to kill.
    PCHAT_TRY_VERIFY(!output.isEmpty(), 10000);
    runner.cancel();
    ASSERT_TRUE(finished.wait(10000) || !finished.isEmpty());
    const ShellResult result = finished.constFirst().at(0).value<ShellResult>();
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.timedOut);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(runner.isRunning());
}

TEST_F(ShellRunnerTest, AProgramThatDoesNotStartFails)
{
    LyncSettings settings = shellPlan().lync;
    settings.shellProgram = QStringLiteral("pchat-no-such-shell-program");
    ShellRunner runner(settings);
    const ShellResult result = runAndWait(runner, {LyncCommands::getPoolState()});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.exitCode, -1);
    ASSERT_EQ(result.errorRecords.size(), 1);
    EXPECT_TRUE(result.errorRecords.constFirst().contains(QStringLiteral("pchat-no-such-shell-program")));
}

TEST(ShellResultParsing, ObjectsAndRecords)
{
    const auto objects = ShellResult::parseObjects(
        QStringLiteral("\nIdentity  : PersistentChatServer:a.contoso.com\nPoolState : Normal\n\n"
                       "Identity  : PersistentChatServer:b.contoso.com\nPoolState : FailedOver\n\n\n"));
    ASSERT_EQ(objects.size(), 2);
    EXPECT_EQ(objects.at(1).value(QStringLiteral("Identity")),
              QStringLiteral("PersistentChatServer:b.contoso.com"));
    EXPECT_EQ(objects.at(1).value(QStringLiteral("PoolState")), QStringLiteral("FailedOver"));
    const QStringList records = ShellResult::parseErrorRecords(QStringLiteral(
        "Set-CsPersistentChatState : Cannot find pool.\r\nAt line:1 char:1\r\n+ Set-Cs...\r\n+ ~~~\r\n"
        "    + CategoryInfo          : x\r\n    + FullyQualifiedErrorId : y\r\n \r\n"
        "At line:1 char:5\n+ Get-X 'a\n+     ~~\nThe string is missing the terminator: '.\n"
        "    + CategoryInfo          : ParserError\n \n"));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(0), QStringLiteral("Set-CsPersistentChatState : Cannot find pool."));
    EXPECT_EQ(records.at(1), QStringLiteral("The string is missing the terminator: '."));
}

// The script reaches the shell as -EncodedCommand: quote-like characters, Cyrillic and umlauts arrive as they
// were typed, and a quote character inside a name never ends the quoted string (it would run the rest as
// code).
TEST_F(ShellRunnerTest, NamesWithQuoteLikeCharactersAndUmlautsRoundTripUnchanged)
{
    const QStringList names{QStringLiteral("O\u2019Brien"),
                            QStringLiteral("x\u201by"),
                            QStringLiteral("\u0452\u0443\u0440\u0430"),
                            QStringLiteral("M\u00fcller Gr\u00f6\u00dfe \u00c4\u00d6\u00dc"),
                            QStringLiteral("a'b\u2018c\u201ad"),
                            QStringLiteral("pool\u2019; exit 7; \u2019"),
                            QStringLiteral("$(Remove-Item C:\\) \"`n\" ;")};
    QStringList commands;
    for (const QString& name : names)
        commands << PowerShellQuote::literal(name);
    ShellRunner runner(shellPlan().lync);
    const ShellResult result = runAndWait(runner, commands);
    EXPECT_TRUE(result.ok) << result.errorText().toStdString();
    EXPECT_EQ(result.exitCode, 0);
    QStringList lines = result.standardOutput.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    EXPECT_EQ(lines, names) << result.standardOutput.toStdString();
}

TEST_F(ShellRunnerTest, ABadlyEncodedCommandIsRefusedAsPowerShellRefusesIt)
{
    QProcess shell;
    shell.start(QStringLiteral(PCHAT_LAB_EXE),
                {QStringLiteral("shell"), QStringLiteral("--control"), QString::number(m_lab->controlPort()),
                 QStringLiteral("-EncodedCommand"), QStringLiteral("*not base64*")});
    ASSERT_TRUE(shell.waitForFinished(10000));
    EXPECT_EQ(shell.exitCode(), 64);
    EXPECT_TRUE(shell.readAllStandardError().contains("not properly encoded"));
}
