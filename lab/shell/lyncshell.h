// The Lync Server Management Shell simulator: parses each input line and runs its statements, handing the
// cmdlets to their families (Import-Module, the Persistent Chat cmdlets).
#pragma once

#include "lab/shell/cmdlethost.h"
#include "lab/shell/importmodulecmdlet.h"
#include "lab/shell/mirrordatabasecmdlets.h"
#include "lab/shell/persistentchatcmdlets.h"

namespace pchatlab {

class ShellClient;

class LyncShell
{
public:
    LyncShell(ShellClient& client, QTextStream& out, QTextStream& err);

    // Parses and runs one line. As with powershell.exe -Command -, an error does not stop later statements or
    // lines; it is remembered for the exit code.
    void executeLine(const QString& line);

    bool hadError() const { return m_host.hadError(); }
    bool exitRequested() const { return m_exitRequested; }
    // "exit N" wins; otherwise 1 once any statement failed, else 0.
    int exitCode() const;

private:
    // Reports what the shell runs to the lab's executed log (control command shell-executed).
    void recordExecuted(const QString& kind, const QString& text, const QStringList& args);
    bool runStatement(const PowerShellStatement& statement);
    bool runExpression(const PowerShellStatement& statement);
    bool runExit(const PowerShellStatement& statement);
    // A bare word used as a value would run as a command; reports it as PowerShell would.
    bool checkNestedCommands(const PowerShellValue& value);

    ShellClient& m_client;
    QTextStream& m_out;
    CmdletHost m_host;
    ImportModuleCmdlet m_importModule;
    PersistentChatCmdlets m_persistentChat;
    MirrorDatabaseCmdlets m_mirrorDatabase;
    bool m_exitRequested = false;
    int m_explicitExitCode = -1;
    bool m_recordUnreachable = false;
};

} // namespace pchatlab
