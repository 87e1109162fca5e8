// "pchat-lab shell --control PORT [-EncodedCommand BASE64]": runs a PowerShell script (encoded as
// powershell.exe takes it, or line by line from stdin) against the running lab.
#pragma once

#include <QStringList>

class QTextStream;

namespace pchatlab {

class LyncShell;

class ShellRunner
{
public:
    // arguments without "pchat-lab shell"; returns the process exit code (2 for a usage error, 64 for a bad
    // -EncodedCommand as powershell.exe returns it).
    static int run(const QStringList& arguments);

private:
    static int runEncoded(LyncShell& shell, const QString& encoded, QTextStream& out, QTextStream& err);
};

} // namespace pchatlab
