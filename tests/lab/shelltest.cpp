// The Lync shell simulator: its parser in-process, and "pchat-lab shell" as a process against a running lab.
#include "lab/shell/powershellparser.h"
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>

using pchatlab::PowerShellParser;
using pchatlab::PowerShellStatement;
using pchatlab::PowerShellValue;

namespace {

using ShellResult = LabProcess::ShellOutput;

QStringList strings(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& item : v.toArray())
        list.append(item.toString());
    return list;
}

int count(const QString& text, const QString& what)
{
    return int(text.count(what));
}

const QString stateIdentity = QStringLiteral("PersistentChatServer:pchat.contoso.com");

class ShellTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lab = std::make_unique<LabProcess>();
        ASSERT_TRUE(m_lab->started());
    }

    ShellResult shell(const QString& input) { return LabProcess::runShell(m_lab->controlPort(), input); }
    QJsonObject pool() { return m_lab->control().pool(); }
    QStringList activeServers() { return strings(pool().value(QLatin1String("activeServers"))); }
    QString poolState() { return pool().value(QLatin1String("state")).toString(); }

    std::unique_ptr<LabProcess> m_lab;
};

const QStringList initialActive{QStringLiteral("PCHAT03.contoso.com"), QStringLiteral("PCHAT04.contoso.com")};

} // namespace

// --- parser, in-process ---

TEST(PowerShellParserTest, SingleQuotesDoubledAndTypographicQuotesAreOneLiteral)
{
    PowerShellParser p(
        QStringLiteral("Set-X -Identity 'x''; Remove-Item C:\\' -B \u2018it\u2019\u2019s\u2019; Get-Y"));
    ASSERT_TRUE(p.parse());
    ASSERT_EQ(p.statements().size(), 2u);
    const PowerShellStatement& s = p.statements()[0];
    EXPECT_EQ(s.commandName, QStringLiteral("Set-X"));
    ASSERT_EQ(s.arguments.size(), 4u);
    EXPECT_TRUE(s.arguments[0].isParameter);
    EXPECT_EQ(s.arguments[1].value.text, QStringLiteral("x'; Remove-Item C:\\"));
    EXPECT_EQ(s.arguments[3].value.text, QStringLiteral("it\u2019s"));
    EXPECT_EQ(p.statements()[1].commandName, QStringLiteral("Get-Y"));
}

TEST(PowerShellParserTest, HashtableWithCommaListsNullAndComment)
{
    PowerShellParser p(
        QStringLiteral("Set-X -A @{Add='a','b'; Remove=\"c\"} -B $Null -C \"d\",'e' -D @() # -E ignored"));
    ASSERT_TRUE(p.parse()) << p.error()->message.toStdString();
    const auto& args = p.statements()[0].arguments;
    ASSERT_EQ(args.size(), 8u);
    const PowerShellValue& table = args[1].value;
    ASSERT_EQ(table.kind, PowerShellValue::Kind::Hashtable);
    EXPECT_EQ(table.keys, (QStringList{QStringLiteral("Add"), QStringLiteral("Remove")}));
    ASSERT_EQ(table.items[0].kind, PowerShellValue::Kind::Array);
    EXPECT_EQ(table.items[0].items[1].text, QStringLiteral("b"));
    EXPECT_EQ(table.items[1].text, QStringLiteral("c"));
    EXPECT_EQ(args[3].value.kind, PowerShellValue::Kind::Null);
    EXPECT_EQ(args[5].value.kind, PowerShellValue::Kind::Array);
    EXPECT_EQ(args[5].value.items.size(), 2u);
    EXPECT_EQ(args[7].value.kind, PowerShellValue::Kind::Array);
    EXPECT_TRUE(args[7].value.items.empty());
}

TEST(PowerShellParserTest, SyntaxErrorsHavePowerShellIds)
{
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("Get-X 'abc"), QStringLiteral("TerminatorExpectedAtEndOfString")},
        {QStringLiteral("Get-X \"a$(Remove-Item x)\""), QStringLiteral("SubexpressionNotSupported")},
        {QStringLiteral("Get-X @{Add=}"), QStringLiteral("MissingStatementInHashLiteral")},
        {QStringLiteral("Get-X @{Add='a'; add='b'}"), QStringLiteral("DuplicateKeyInHashLiteral")},
        {QStringLiteral("Get-X @{Add='a'"), QStringLiteral("MissingEndCurlyBrace")},
        {QStringLiteral("Get-X | Where-Object"), QStringLiteral("PipelineNotSupported")},
        {QStringLiteral("Get-X -A a,"), QStringLiteral("MissingArgument")},
    };
    for (const auto& [line, id] : cases) {
        PowerShellParser p(line);
        EXPECT_FALSE(p.parse()) << line.toStdString();
        ASSERT_TRUE(p.error().has_value()) << line.toStdString();
        EXPECT_EQ(p.error()->errorId, id) << line.toStdString();
        EXPECT_TRUE(p.statements().empty());
    }
}

// Found with the fuzz target tests/fuzz/fuzz_shell (crash-stack-overflow-* in its corpus): every nesting
// level was a recursion, so a long line of "(" or "@{a=" ended the shell with a stack overflow instead of a
// syntax error.
TEST(PowerShellParserTest, DeepNestingIsASyntaxErrorNotACrash)
{
    for (const QString& open : {QStringLiteral("("), QStringLiteral("@("), QStringLiteral("@{a=")}) {
        const QString close = open.endsWith(u'=') ? QStringLiteral("}") : QStringLiteral(")");
        PowerShellParser deep(QStringLiteral("Set-X -A ") + open.repeated(30000) + u'1' +
                              close.repeated(30000));
        EXPECT_FALSE(deep.parse()) << open.toStdString();
        ASSERT_TRUE(deep.error().has_value());
        EXPECT_EQ(deep.error()->errorId, QStringLiteral("ExpressionNestedTooDeeply"));

        // What people write stays well inside the limit.
        PowerShellParser shallow(QStringLiteral("Set-X -A ") + open.repeated(20) + u'1' + close.repeated(20));
        EXPECT_TRUE(shallow.parse()) << shallow.error()->message.toStdString();
    }
}

TEST(PowerShellParserTest, ColonParametersAndTypographicDash)
{
    PowerShellParser p(QStringLiteral("Set-X \u2013Swap:$false -Identity:global"));
    ASSERT_TRUE(p.parse());
    const auto& args = p.statements()[0].arguments;
    ASSERT_EQ(args.size(), 2u);
    EXPECT_TRUE(args[0].hasAttachedValue);
    EXPECT_EQ(args[0].parameterName, QStringLiteral("Swap"));
    EXPECT_EQ(args[0].value.kind, PowerShellValue::Kind::Bool);
    EXPECT_FALSE(args[0].value.boolValue);
    EXPECT_EQ(args[1].value.text, QStringLiteral("global"));
}

// --- pchat-lab shell against a running lab ---

TEST_F(ShellTest, ImportModuleThenGetStateShowsFailedOver)
{
    const ShellResult r = shell(QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState\n"
                                               "Get-CsPersistentChatState -Identity '%1'\n")
                                    .arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(count(r.out, QStringLiteral("Identity  : PersistentChatServer:pchat.contoso.com\n"
                                          "PoolState : FailedOver\n")),
              2)
        << r.out.toStdString();
}

TEST_F(ShellTest, GetServiceListsThePoolAsNameValueList)
{
    const ShellResult r =
        shell(QStringLiteral("Import-Module SkypeForBusiness\nGet-CsService -PersistentChatServer\n"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("Identity           : PersistentChatServer:pchat.contoso.com\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("PoolFqdn           : pchat.contoso.com\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Version            : 7\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Role               : PersistentChatServer\n")));
}

TEST_F(ShellTest, ActiveServersNullThenAdd)
{
    ShellResult r = shell(QStringLiteral("Import-Module Lync\n"
                                         "Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' "
                                         "-ActiveServers $Null\n"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(activeServers().isEmpty());

    r = shell(QStringLiteral("Import-Module Lync\n"
                             "Set-CsPersistentChatActiveServer -Identity 'global' -ActiveServers "
                             "@{Add='pchat01.contoso.com','PCHAT02.contoso.com'}\n"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Stored as the topology spells the servers, whatever the case typed.
    EXPECT_EQ(activeServers(),
              (QStringList{QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com")}));
}

TEST_F(ShellTest, ActiveServersRemoveReplaceAndSwap)
{
    ShellResult r = shell(QStringLiteral(
        "Import-Module Lync\n"
        "Set-CsPersistentChatActiveServer -ActiveServers @{Remove=\"PCHAT03.contoso.com\"}\n"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(activeServers(), QStringList{QStringLiteral("PCHAT04.contoso.com")});

    r = shell(QStringLiteral("Import-Module Lync\n"
                             "Set-CsPersistentChatActiveServer PChatServerCollection -ActiveServers "
                             "@{Replace=\"PCHAT01.contoso.com\",\"PCHAT02.contoso.com\"}\n"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(activeServers(),
              (QStringList{QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com")}));

    r = shell(QStringLiteral("Import-Module Lync\nSet-CsPersistentChatActiveServer -Swap\n"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(activeServers(), initialActive);
}

TEST_F(ShellTest, SetStateNormalThenGetShowsNormal)
{
    const ShellResult r = shell(QStringLiteral("Import-Module Lync\n"
                                               "Set-CsPersistentChatState -Identity '%1' -PoolState Normal\n"
                                               "Get-CsPersistentChatState -Filter '*.contoso.com'\n")
                                    .arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("PoolState : Normal\n"))) << r.out.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("Normal"));

    // The scoped form of the same identity works too.
    const ShellResult back =
        shell(QStringLiteral("Import-Module Lync\nSet-CsPersistentChatState -Identity "
                             "\"service:PersistentChatServer:pchat.contoso.com\" -PoolState "
                             "\"FailedOver\"\n"));
    EXPECT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));
}

TEST_F(ShellTest, ServiceShorthandAndWrongIdentitiesAreNotFound)
{
    for (const QString& identity :
         {QStringLiteral("service:pchat.contoso.com"), QStringLiteral("service: pchat.contoso.com"),
          QStringLiteral("PersistentChatServer:other.contoso.com")}) {
        const ShellResult r = shell(
            QStringLiteral("Import-Module Lync\nSet-CsPersistentChatState -Identity '%1' -PoolState Normal\n")
                .arg(identity));
        EXPECT_EQ(r.exitCode, 1) << identity.toStdString();
        EXPECT_TRUE(
            r.err.startsWith(QStringLiteral("Set-CsPersistentChatState : Management object not found for "
                                            "identity \"%1\".\nAt line:1 char:1\n")
                                 .arg(identity)))
            << r.err.toStdString();
        EXPECT_TRUE(
            r.err.contains(QStringLiteral("    + CategoryInfo          : ObjectNotFound: (%1:XdsIdentity) "
                                          "[Set-CsPersistentChatState], ManagementException\n")
                               .arg(identity)))
            << r.err.toStdString();
    }
    const ShellResult wrongCollection = shell(QStringLiteral(
        "Import-Module Lync\nSet-CsPersistentChatActiveServer -Identity 'site:DC1' -ActiveServers $Null\n"));
    EXPECT_EQ(wrongCollection.exitCode, 1);
    EXPECT_TRUE(wrongCollection.err.contains(
        QStringLiteral("Management object not found for identity \"site:DC1\".")));
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));
    EXPECT_EQ(activeServers(), initialActive);
}

TEST_F(ShellTest, CmdletsBeforeImportModuleAreNotRecognized)
{
    const ShellResult r = shell(
        QStringLiteral("Set-CsPersistentChatState -Identity '%1' -PoolState Normal\n").arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.startsWith(QStringLiteral(
        "Set-CsPersistentChatState : The term 'Set-CsPersistentChatState' is not recognized as the name of a "
        "cmdlet, "
        "function, script file, or operable program. Check the spelling of the name, or if a path was "
        "included, "
        "verify that the path is correct and try again.\n"
        "At line:1 char:1\n"
        "+ Set-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com' -PoolState Normal\n"
        "+ ~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "    + CategoryInfo          : ObjectNotFound: (Set-CsPersistentChatState:String) [], "
        "CommandNotFoundException\n"
        "    + FullyQualifiedErrorId : CommandNotFoundException\n")))
        << r.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));
}

TEST_F(ShellTest, UnknownCmdletAndUnknownModule)
{
    const ShellResult r =
        shell(QStringLiteral("Import-Module Lync2010\nImport-Module Lync\nGet-CsFoo\nRemove-Item C:\\\n"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("Import-Module : The specified module 'Lync2010' was not "
                                                "loaded because no valid module file was found in any "
                                                "module directory.\n")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("FullyQualifiedErrorId : Modules_ModuleNotFound,"
                                              "Microsoft.PowerShell.Commands.ImportModuleCommand\n")));
    // An unmodelled Lync cmdlet says so; anything else is not a command at all.
    EXPECT_TRUE(r.err.contains(QStringLiteral("Get-CsFoo : The lab shell does not model 'Get-CsFoo'")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("Remove-Item : The term 'Remove-Item' is not recognized")));
    EXPECT_EQ(count(r.err, QStringLiteral("FullyQualifiedErrorId")), 3);
}

TEST_F(ShellTest, UnknownParameterAndBadPoolState)
{
    const ShellResult r = shell(QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState -Pool x\n"
                                               "Set-CsPersistentChatState -Identity '%1' -PoolState Broken\n")
                                    .arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral(
        "Get-CsPersistentChatState : A parameter cannot be found that matches parameter name 'Pool'.\n"
        "At line:1 char:27\n"
        "+ Get-CsPersistentChatState -Pool x\n"
        "+                           ~~~~~\n"
        "    + CategoryInfo          : InvalidArgument: (:) [Get-CsPersistentChatState], "
        "ParameterBindingException\n")))
        << r.err.toStdString();
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("Cannot bind parameter 'PoolState'. Cannot convert value \"Broken\"")));
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));
}

TEST_F(ShellTest, ServerNotInPoolChangesNothing)
{
    const ShellResult r =
        shell(QStringLiteral("Import-Module Lync\nSet-CsPersistentChatActiveServer -Identity "
                             "'PChatServerCollection' -ActiveServers "
                             "@{Add='PCHAT01.contoso.com','PCHAT09.contoso.com'}\n"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("Set-CsPersistentChatActiveServer : Cannot use \"PCHAT09.contoso.com\" "
                       "as an active server")))
        << r.err.toStdString();
    EXPECT_EQ(activeServers(), initialActive);
}

TEST_F(ShellTest, QuoteInjectionIsALiteralIdentity)
{
    // Both the ASCII and the typographic form: each is one string, one failed cmdlet, and Remove-Item never
    // runs.
    for (const QString& identity : {QStringLiteral("'x''; Remove-Item C:\\'"),
                                    QStringLiteral("\u2018x\u2019\u2019; Remove-Item C:\\\u2019")}) {
        const ShellResult r = shell(
            QStringLiteral("Import-Module Lync\nSet-CsPersistentChatState -Identity %1 -PoolState Normal\n")
                .arg(identity));
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_EQ(count(r.err, QStringLiteral("FullyQualifiedErrorId")), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Management object not found for identity \"x")))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("; Remove-Item C:\\\".")));
        EXPECT_FALSE(r.err.contains(QStringLiteral("The term 'Remove-Item'")));
        EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));
    }
}

TEST_F(ShellTest, SyntaxErrorRunsNothingOnItsLine)
{
    const ShellResult r = shell(QStringLiteral("Import-Module Lync\n"
                                               "Set-CsPersistentChatState -Identity '%1' -PoolState Normal; "
                                               "Get-CsPersistentChatState \"$(Remove-Item C:\\)\"\n")
                                    .arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("    + CategoryInfo          : ParserError: (:) [], "
                                              "ParentContainsErrorRecordException\n")))
        << r.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));
}

TEST_F(ShellTest, ErrorsDoNotStopLaterLinesButSetTheExitCode)
{
    const ShellResult r =
        shell(QStringLiteral("Import-Module Lync\nGet-Nothing\nGet-CsPersistentChatState\n"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("PoolState : FailedOver")));

    const ShellResult ok =
        shell(QStringLiteral("# comment\nImport-Module Lync; Get-CsPersistentChatState\n\nexit\n"
                             "Get-Nothing\n"));
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.err.isEmpty());

    EXPECT_EQ(shell(QStringLiteral("exit 3\n")).exitCode, 3);
}

TEST_F(ShellTest, FaultMakesTheChosenCmdletFail)
{
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("shell-cmdlet-fails:Set-CsPersistentChatState")));
    ShellResult r = shell(QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState\n"
                                         "Set-CsPersistentChatState -Identity '%1' -PoolState Normal\n")
                              .arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("PoolState : FailedOver")));
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("Set-CsPersistentChatState : Command execution failed: Cannot connect "
                       "to the Central Management Store.")))
        << r.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));

    m_lab->control().clearFault(QStringLiteral("shell-cmdlet-fails:Set-CsPersistentChatState"));
    r = shell(
        QStringLiteral("Import-Module Lync\nSet-CsPersistentChatState -Identity '%1' -PoolState Normal\n")
            .arg(stateIdentity));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("Normal"));
}

TEST_F(ShellTest, HangingCmdletWritesNothingUntilKilledAndChangesNothing)
{
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("shell-hangs:Set-CsPersistentChatState")));
    // Import-Module and Get- answer; Set- never does, so the shell is still running when the caller gives
    // up (runShell kills it after the timeout and reports exit code -1).
    const ShellResult r =
        LabProcess::runShell(m_lab->controlPort(),
                             QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState\n"
                                            "Set-CsPersistentChatState -Identity '%1' -PoolState Normal\n")
                                 .arg(stateIdentity),
                             3000);
    EXPECT_EQ(r.exitCode, -1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("PoolState : FailedOver"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("FailedOver"));

    // The fault names one cmdlet: the others answer.
    const ShellResult other = shell(QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState\n"));
    EXPECT_EQ(other.exitCode, 0) << other.err.toStdString();
    m_lab->control().clearFault(QStringLiteral("shell-hangs:Set-CsPersistentChatState"));
    const ShellResult set = shell(
        QStringLiteral("Import-Module Lync\nSet-CsPersistentChatState -Identity '%1' -PoolState Normal\n")
            .arg(stateIdentity));
    EXPECT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(poolState(), QStringLiteral("Normal"));
}

TEST(ShellProcessTest, UnreachableLabAndUsage)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    const ShellResult r = LabProcess::runShell(port, QStringLiteral("Import-Module Lync\n"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot reach the lab on control port %1").arg(port)))
        << r.err.toStdString();

    QProcess p;
    p.start(QStringLiteral(PCHAT_LAB_EXE), {QStringLiteral("shell")});
    ASSERT_TRUE(p.waitForFinished(5000));
    EXPECT_EQ(p.exitCode(), 2);
}
