// What the lab shell's cmdlets share: the lab's control connection, the output and error streams, the
// module the session has imported, and the error records that every cmdlet writes the same way.
#pragma once

#include "lab/shell/cmdletbinder.h"
#include "lab/shell/powershellast.h"
#include "lab/shell/powershellerrorrecord.h"

#include <optional>
#include <QJsonObject>
#include <QTextStream>

namespace pchatlab {

class ShellClient;

class CmdletHost
{
public:
    enum class Module
    {
        None,
        Lync,
        SkypeForBusiness
    };
    using Properties = QList<QPair<QString, QString>>;

    CmdletHost(ShellClient& client, QTextStream& out, QTextStream& err);

    ShellClient& client() { return m_client; }
    QTextStream& out() { return m_out; }
    Module module() const { return m_module; }
    void setModule(Module module) { m_module = module; }
    // The input line that error records point into.
    void setLine(const QString& line) { m_line = line; }
    bool hadError() const { return m_hadError; }

    void writeError(const PowerShellErrorRecord& record);
    // Binds the statement's arguments to the cmdlet's parameters; writes the binding error when they do not
    // fit.
    bool bind(CmdletBinder& binder, const PowerShellStatement& statement);
    // Format-List output of the objects a Get- cmdlet returns.
    void writeObjects(const QList<Properties>& objects);
    // Reads a string-typed parameter, reporting $null, empty and non-scalar values as binding errors.
    bool stringArgument(const CmdletBinder& binder, const QString& parameter, const QString& typeName,
                        QString* value);
    // Sends a request for the cmdlet; on a fault, an unreachable lab or a refusal writes the error record.
    std::optional<QJsonObject> requestLab(QJsonObject request, const QString& cmdlet,
                                          const QString& errorIdSuffix, const PowerShellStatement& statement);
    // A cmdlet the fault shell-hangs strikes: blocks as the real one does when its store never answers.
    void hang();
    void reportLabFailure(const QJsonObject& reply, const QString& cmdlet, const QString& errorIdSuffix,
                          const PowerShellStatement& statement);
    PowerShellErrorRecord notFound(const QString& cmdlet, const QString& errorIdSuffix,
                                   const QString& identity, const PowerShellStatement& statement) const;

    static bool sameText(const QString& a, const QString& b);
    // The strings of a value as a cmdlet binds them to a string[] parameter.
    static void flattenStrings(const PowerShellValue& value, QStringList* out);

private:
    ShellClient& m_client;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_line;
    Module m_module = Module::None;
    bool m_hadError = false;
};

} // namespace pchatlab
