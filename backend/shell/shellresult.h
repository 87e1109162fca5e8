// What one run of the management shell produced: its output, its PowerShell error records and how it ended.
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pchat {

struct ShellResult
{
    // The process's exit code; -1 when it did not start or was killed.
    int exitCode = -1;
    // Named so because stdout and stderr are macros of the C library.
    QString standardOutput;
    QString standardError;
    bool timedOut = false;
    bool cancelled = false;
    // The process started, exited normally with 0, and wrote no error record.
    bool ok = false;
    // The first line of each PowerShell error record on stderr, e.g. "Set-CsPersistentChatState : ...", or
    // what kept the shell from running (it did not start, it timed out ...).
    QStringList errorRecords;

    // The error records as one text for the page and the audit trail; the whole of stderr when it held no
    // recognisable record.
    QString errorText() const;

    // The objects of a Format-List output ("Name : Value" lines, objects separated by blank lines), in
    // order; a value that continues on indented lines is joined with a space.
    static QList<QMap<QString, QString>> parseObjects(const QString& output);
    // The first line of each error record in PowerShell's error output (records end with a blank line or a
    // line holding one space). For a parser error the message line is taken, not "At line:1 char:N".
    static QStringList parseErrorRecords(const QString& errorOutput);
};

} // namespace pchat

Q_DECLARE_METATYPE(pchat::ShellResult)
