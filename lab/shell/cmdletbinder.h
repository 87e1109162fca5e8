// Binds a parsed command's arguments to a cmdlet's parameters the way PowerShell does (names, prefixes,
// positions).
#pragma once

#include "lab/shell/powershellast.h"
#include "lab/shell/powershellerrorrecord.h"

#include <optional>
#include <QMap>

namespace pchatlab {

struct CmdletParameter
{
    QString name;
    bool isSwitch = false;
    // Position for arguments given without a name, -1 for named-only parameters.
    int position = -1;
    // The .NET type PowerShell names in binding errors.
    QString typeName = QStringLiteral("System.String");
};

class CmdletBinder
{
public:
    // commandName as the user typed it; errorIdSuffix is the cmdlet's .NET type ("...,Microsoft.X.YCmdlet").
    CmdletBinder(const QString& commandName, const QString& errorIdSuffix,
                 const QList<CmdletParameter>& parameters);

    // Binds the statement's arguments; false with error() set on the first binding error.
    bool bind(const PowerShellStatement& statement);
    const std::optional<PowerShellErrorRecord>& error() const { return m_error; }

    bool has(const QString& parameter) const { return m_values.contains(parameter.toLower()); }
    PowerShellValue value(const QString& parameter) const { return m_values.value(parameter.toLower()); }
    // A switch is on when given without a value or with $true.
    bool isOn(const QString& parameter) const;
    PowerShellExtent extent(const QString& parameter) const { return m_extents.value(parameter.toLower()); }

    // The parameter-binding error record for this cmdlet (InvalidArgument, ParameterBindingException).
    PowerShellErrorRecord bindingError(const QString& message, const QString& errorId,
                                       const PowerShellExtent& extent) const;
    // The binding error of parameters that belong to different parameter sets (-Identity with -Instance,
    // -Identity with -Filter, -ActiveServers with -Swap) or of none given where one set is required.
    PowerShellErrorRecord ambiguousParameterSet(const PowerShellExtent& extent) const;

private:
    const CmdletParameter* resolve(const PowerShellArgument& argument);
    void store(const CmdletParameter& parameter, const PowerShellValue& value,
               const PowerShellExtent& extent);

    QString m_commandName;
    QString m_errorIdSuffix;
    QList<CmdletParameter> m_parameters;
    QMap<QString, PowerShellValue> m_values;
    QMap<QString, PowerShellExtent> m_extents;
    std::optional<PowerShellErrorRecord> m_error;
};

} // namespace pchatlab
