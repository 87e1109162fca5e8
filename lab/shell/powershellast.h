// The parsed form of one line of the lab shell's PowerShell subset: statements, arguments and values.
#pragma once

#include "lab/shell/powershelltoken.h"

#include <QStringList>
#include <vector>

namespace pchatlab {

struct PowerShellValue
{
    enum class Kind
    {
        Null,
        String,      // a quoted string, a bare word in argument mode or a number
        Bool,        // $true / $false
        Array,       // "a","b" or @(...)
        Hashtable,   // @{Add=...; Remove=...}
        CommandCall, // a bare word where PowerShell expects an expression: it would run as a command
    };

    Kind kind = Kind::Null;
    // String value, Bool as "True"/"False", or the command name of a CommandCall.
    QString text;
    bool boolValue = false;
    // Array elements, or the hashtable's values in the order of keys.
    std::vector<PowerShellValue> items;
    QStringList keys;
    PowerShellExtent extent;
};

struct PowerShellArgument
{
    bool isParameter = false;
    // Without the dash, as typed (binding resolves prefixes and case).
    QString parameterName;
    // -Name:value binds the value to the parameter; otherwise a parameter's value is the next argument.
    bool hasAttachedValue = false;
    PowerShellValue value;
    PowerShellExtent extent;
};

struct PowerShellStatement
{
    enum class Kind
    {
        Command,
        Expression,
        Exit
    };

    Kind kind = Kind::Command;
    QString commandName;
    PowerShellExtent nameExtent;
    std::vector<PowerShellArgument> arguments;
    // The value of an expression statement or the exit code of "exit N" (Null when absent).
    PowerShellValue value;
    PowerShellExtent extent;
};

} // namespace pchatlab
