// An error as PowerShell reports it (message, position, CategoryInfo, FullyQualifiedErrorId), formatted for
// stderr.
#pragma once

#include "lab/shell/powershellsyntaxerror.h"

namespace pchatlab {

class PowerShellErrorRecord
{
public:
    // "<command> : <message>" records, as cmdlets and the command lookup write them.
    static PowerShellErrorRecord command(const QString& commandName, const QString& message,
                                         const PowerShellExtent& extent);
    // Parser errors carry no command and print the message after the position lines.
    static PowerShellErrorRecord syntax(const PowerShellSyntaxError& error);

    // CategoryInfo: "<category>: (<target>:<targetType>) [<activity>], <reason>".
    PowerShellErrorRecord& category(const QString& category, const QString& reason);
    PowerShellErrorRecord& target(const QString& name, const QString& type);
    PowerShellErrorRecord& activity(const QString& activity);
    PowerShellErrorRecord& errorId(const QString& fullyQualifiedErrorId);

    const QString& message() const { return m_message; }
    const QString& fullyQualifiedErrorId() const { return m_errorId; }

    // The record as PowerShell 5.1's default error view prints it, for the given input line.
    QString format(const QString& line) const;

private:
    bool m_syntax = false;
    QString m_commandName;
    QString m_message;
    QString m_category;
    QString m_targetName;
    QString m_targetType;
    QString m_activity;
    QString m_reason;
    QString m_errorId;
    PowerShellExtent m_extent;
};

} // namespace pchatlab
