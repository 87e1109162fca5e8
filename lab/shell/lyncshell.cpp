#include "lab/shell/lyncshell.h"

#include "lab/shell/powershellparser.h"
#include "lab/shell/shellclient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pchatlab {

namespace {

// A value as the executed log shows it: strings as parsed (quotes removed), arrays and hashtables spelled
// out.
QString logText(const PowerShellValue& value)
{
    switch (value.kind) {
    case PowerShellValue::Kind::Null:
        return QStringLiteral("$null");
    case PowerShellValue::Kind::Array: {
        QStringList items;
        for (const PowerShellValue& item : value.items)
            items << logText(item);
        return QStringLiteral("@(") + items.join(u',') + u')';
    }
    case PowerShellValue::Kind::Hashtable: {
        QStringList items;
        for (qsizetype i = 0; i < value.keys.size(); ++i)
            items << value.keys[i] + u'=' + logText(value.items[size_t(i)]);
        return QStringLiteral("@{") + items.join(u';') + u'}';
    }
    case PowerShellValue::Kind::CommandCall:
        return QStringLiteral("<command ") + value.text + u'>';
    default:
        return value.text;
    }
}

QJsonArray jsonArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

LyncShell::LyncShell(ShellClient& client, QTextStream& out, QTextStream& err)
    : m_client(client)
    , m_out(out)
    , m_host(client, out, err)
    , m_importModule(m_host)
    , m_persistentChat(m_host)
    , m_mirrorDatabase(m_host)
{
}

int LyncShell::exitCode() const
{
    if (m_explicitExitCode >= 0)
        return m_explicitExitCode;
    return m_host.hadError() ? 1 : 0;
}

void LyncShell::executeLine(const QString& line)
{
    m_host.setLine(line);
    PowerShellParser parser(line);
    if (!parser.parse()) {
        recordExecuted(QStringLiteral("shell-syntax-error"), line, {});
        m_host.writeError(PowerShellErrorRecord::syntax(*parser.error()));
        return;
    }
    for (const PowerShellStatement& statement : parser.statements()) {
        QStringList args;
        for (const PowerShellArgument& arg : statement.arguments)
            args << (arg.isParameter ? u'-' + arg.parameterName +
                                           (arg.hasAttachedValue ? u':' + logText(arg.value) : QString())
                                     : logText(arg.value));
        if (statement.kind != PowerShellStatement::Kind::Command)
            args << logText(statement.value);
        recordExecuted(QStringLiteral("shell-statement"),
                       statement.kind == PowerShellStatement::Kind::Command ? statement.commandName
                       : statement.kind == PowerShellStatement::Kind::Exit  ? QStringLiteral("exit")
                                                                            : QStringLiteral("expression"),
                       args);
        runStatement(statement);
        if (m_exitRequested)
            return;
    }
}

void LyncShell::recordExecuted(const QString& kind, const QString& text, const QStringList& args)
{
    if (m_recordUnreachable)
        return;
    const QJsonObject reply = m_client.request({{QStringLiteral("cmd"), QStringLiteral("shell-executed")},
                                                {QStringLiteral("kind"), kind},
                                                {QStringLiteral("text"), text},
                                                {QStringLiteral("args"), jsonArray(args)}});
    // Without a lab nothing is recorded; the cmdlets report the unreachable lab themselves.
    m_recordUnreachable = reply.value(QLatin1String("error")).toString() == u"unreachable";
}

bool LyncShell::checkNestedCommands(const PowerShellValue& value)
{
    if (value.kind == PowerShellValue::Kind::CommandCall) {
        if (CmdletHost::sameText(value.text, ImportModuleCmdlet::commandName) ||
            (m_host.module() != CmdletHost::Module::None &&
             (!PersistentChatCmdlets::canonicalName(value.text).isEmpty() ||
              !MirrorDatabaseCmdlets::canonicalName(value.text).isEmpty()))) {
            m_host.writeError(
                PowerShellErrorRecord::command(value.text,
                                               QStringLiteral("The lab shell runs commands only as "
                                                              "statements of their own, not inside values."),
                                               value.extent)
                    .category(QStringLiteral("NotImplemented"), QStringLiteral("NotSupportedException"))
                    .errorId(QStringLiteral("NestedCommandNotSupported")));
            return false;
        }
        m_host.writeError(
            PowerShellErrorRecord::command(
                value.text,
                QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script "
                               "file, or operable program. Check the spelling of the name, or if a path "
                               "was included, verify that the path is correct and try again.")
                    .arg(value.text),
                value.extent)
                .category(QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"))
                .target(value.text, QStringLiteral("String"))
                .errorId(QStringLiteral("CommandNotFoundException")));
        return false;
    }
    for (const PowerShellValue& item : value.items) {
        if (!checkNestedCommands(item))
            return false;
    }
    return true;
}

bool LyncShell::runStatement(const PowerShellStatement& statement)
{
    // PowerShell evaluates argument values before it binds them, so a stray command inside a value fails
    // first.
    for (const PowerShellArgument& arg : statement.arguments) {
        if (!checkNestedCommands(arg.value))
            return false;
    }
    if (!checkNestedCommands(statement.value))
        return false;

    switch (statement.kind) {
    case PowerShellStatement::Kind::Expression:
        return runExpression(statement);
    case PowerShellStatement::Kind::Exit:
        return runExit(statement);
    case PowerShellStatement::Kind::Command:
        break;
    }

    const QString& name = statement.commandName;
    if (CmdletHost::sameText(name, ImportModuleCmdlet::commandName) ||
        CmdletHost::sameText(name, QStringLiteral("ipmo")))
        return m_importModule.run(statement);
    const QString canonical = PersistentChatCmdlets::canonicalName(name);
    if (m_host.module() != CmdletHost::Module::None && !canonical.isEmpty())
        return m_persistentChat.run(canonical, statement);
    const QString mirroring = MirrorDatabaseCmdlets::canonicalName(name);
    if (m_host.module() != CmdletHost::Module::None && !mirroring.isEmpty())
        return m_mirrorDatabase.run(mirroring, statement);
    static const QRegularExpression lyncNoun(QStringLiteral("^[A-Za-z]+-Cs[A-Za-z]+$"));
    if (m_host.module() != CmdletHost::Module::None && lyncNoun.match(name).hasMatch()) {
        // The module has many more cmdlets; the lab says plainly that it does not model them.
        m_host.writeError(
            PowerShellErrorRecord::command(name,
                                           QStringLiteral("The lab shell does not model '%1'; it models "
                                                          "Get-CsService, Get-CsPersistentChatState, "
                                                          "Set-CsPersistentChatState, "
                                                          "Set-CsPersistentChatActiveServer, "
                                                          "Install-CsMirrorDatabase and "
                                                          "Get-CsDatabaseMirrorState.")
                                               .arg(name),
                                           statement.extent)
                .category(QStringLiteral("NotImplemented"), QStringLiteral("NotSupportedException"))
                .target(name, QStringLiteral("String"))
                .errorId(QStringLiteral("CmdletNotModelled")));
        return false;
    }
    m_host.writeError(
        PowerShellErrorRecord::command(
            name,
            QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script file, "
                           "or operable program. Check the spelling of the name, or if a path was included, "
                           "verify that the path is correct and try again.")
                .arg(name),
            statement.nameExtent)
            .category(QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"))
            .target(name, QStringLiteral("String"))
            .errorId(QStringLiteral("CommandNotFoundException")));
    return false;
}

bool LyncShell::runExpression(const PowerShellStatement& statement)
{
    // An expression on its own line is output, as at the PowerShell prompt.
    const PowerShellValue& v = statement.value;
    if (v.kind == PowerShellValue::Kind::Hashtable) {
        qsizetype width = 4;
        for (const QString& key : v.keys)
            width = std::max(width, key.size());
        m_out << '\n' << QStringLiteral("Name").leftJustified(width) << " Value\n";
        m_out << QStringLiteral("----").leftJustified(width) << " -----\n";
        for (qsizetype i = 0; i < v.keys.size(); ++i) {
            QStringList values;
            CmdletHost::flattenStrings(v.items[size_t(i)], &values);
            const QString shown =
                values.size() == 1 ? values.first() : u'{' + values.join(QStringLiteral(", ")) + u'}';
            m_out << v.keys[i].leftJustified(width) << ' ' << shown << '\n';
        }
        m_out << '\n';
    } else {
        QStringList values;
        CmdletHost::flattenStrings(v, &values);
        for (const QString& s : std::as_const(values))
            m_out << s << '\n';
    }
    m_out.flush();
    return true;
}

bool LyncShell::runExit(const PowerShellStatement& statement)
{
    m_exitRequested = true;
    if (statement.value.kind != PowerShellValue::Kind::Null) {
        bool numeric = false;
        const int code = statement.value.text.toInt(&numeric);
        m_explicitExitCode = numeric ? code : 0;
    }
    return true;
}
} // namespace pchatlab
