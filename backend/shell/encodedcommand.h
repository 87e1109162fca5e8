// Hands a script to powershell.exe as -EncodedCommand (base64 of UTF-16LE) on the command line, which no console
// code page can garble and which PowerShell parses as one script (stdin runs line by line and skips an unfinished
// multi-line statement).
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class EncodedCommand
{
public:
    // CreateProcessW takes a command line of at most 32,767 characters, terminator included.
    static constexpr int maxCommandLine = 32766;

    static QString encode(const QString& script);
    static QString decode(const QString& encoded, bool* ok = nullptr);
    // arguments without a "-Command -" that older plans carry (stdin is no longer used), then
    // -EncodedCommand <script>.
    static QStringList arguments(const QStringList& arguments, const QString& script);
    // The length of the command line Windows builds from program and arguments (each quoted, spaces between).
    static qsizetype commandLineLength(const QString& program, const QStringList& arguments);
};

} // namespace pchat
