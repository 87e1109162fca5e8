// Finds the program that runs the management shell by a full path, so that no program in the current folder
// can stand in for powershell.exe.
#pragma once

#include <QString>

namespace pchat {

class ShellProgram
{
public:
    // The full path to start for a configured program: an absolute path as it is; on Windows "powershell" or
    // "powershell.exe" under %SystemRoot%\System32\WindowsPowerShell\v1.0; any other bare name from the PATH
    // only (never the current folder). Empty when it cannot be found or is a relative path with a folder in
    // it.
    static QString resolve(const QString& program);
    // Where Windows keeps Windows PowerShell 5.1, from systemRoot (the value of %SystemRoot%).
    static QString windowsPowerShell(const QString& systemRoot);
};

} // namespace pchat
