// The Lync Server Management Shell simulator: runs the Persistent Chat cmdlets of one input line against the
// lab.
#pragma once

#include "lab/shell/cmdletbinder.h"
#include "lab/shell/powershellast.h"
#include "lab/shell/powershellerrorrecord.h"

#include <QJsonObject>
#include <QTextStream>

namespace pchatlab {

class ShellClient;

class LyncShell
{
public:
    LyncShell(ShellClient& client, QTextStream& out, QTextStream& err);

    // Parses and runs one line. As with powershell.exe -Command -, an error does not stop later statements or
    // lines; it is remembered for the exit code.
    void executeLine(const QString& line);

    bool hadError() const { return m_hadError; }
    bool exitRequested() const { return m_exitRequested; }
    // "exit N" wins; otherwise 1 once any statement failed, else 0.
    int exitCode() const;

private:
    enum class Module
    {
        None,
        Lync,
        SkypeForBusiness
    };
    using Properties = QList<QPair<QString, QString>>;

    // Reports what the shell runs to the lab's executed log (control command shell-executed).
    void recordExecuted(const QString& kind, const QString& text, const QStringList& args);
    bool runStatement(const PowerShellStatement& statement);
    bool runExpression(const PowerShellStatement& statement);
    bool runExit(const PowerShellStatement& statement);
    bool importModule(const PowerShellStatement& statement);
    bool getService(const PowerShellStatement& statement);
    bool getState(const PowerShellStatement& statement);
    bool setState(const PowerShellStatement& statement);
    bool setActiveServers(const PowerShellStatement& statement);

    // A bare word used as a value would run as a command; reports it as PowerShell would.
    bool checkNestedCommands(const PowerShellValue& value);
    bool isKnownLyncCmdlet(const QString& name, QString* canonical) const;

    // Reads a string-typed parameter, reporting $null, empty and non-scalar values as binding errors.
    bool stringArgument(const CmdletBinder& binder, const QString& parameter, const QString& typeName,
                        QString* value);
    // Sends a request for the cmdlet; on a fault, an unreachable lab or a refusal writes the error record.
    std::optional<QJsonObject> requestLab(QJsonObject request, const QString& cmdlet,
                                          const QString& errorIdSuffix, const PowerShellStatement& statement);
    void reportLabFailure(const QJsonObject& reply, const QString& cmdlet, const QString& errorIdSuffix,
                          const PowerShellStatement& statement);
    void writeError(const PowerShellErrorRecord& record);
    void writeObjects(const QList<Properties>& objects);
    PowerShellErrorRecord notFound(const QString& cmdlet, const QString& errorIdSuffix,
                                   const QString& identity, const PowerShellStatement& statement) const;

    ShellClient& m_client;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_line;
    Module m_module = Module::None;
    bool m_hadError = false;
    bool m_exitRequested = false;
    int m_explicitExitCode = -1;
    bool m_recordUnreachable = false;
};

} // namespace pchatlab
