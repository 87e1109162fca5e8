// libFuzzer target: the text the lab's Lync shell reads (UTF-8 lines, as pchat-lab shell gets them on stdin).
// Every line is parsed on its own and then run by the shell, which binds the arguments to the cmdlets and
// writes objects or PowerShell error records. The control port it would ask is closed, so the lab's part
// of every cmdlet is "unreachable" and no other process is involved.
#include "fuzzqt.h"
#include "lab/shell/lyncshell.h"
#include "lab/shell/powershellparser.h"
#include "lab/shell/shellclient.h"

#include <cstdint>

using namespace pchatlab;

namespace {

// Nothing listens on port 1 of the loopback address: a connection attempt is refused at once.
constexpr quint16 closedPort = 1;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    ShellClient client(closedPort);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    LyncShell shell(client, out, err);
    // Split as ShellRunner reads stdin: one line at a time, without its line end.
    for (QString line : text.split(u'\n')) {
        while (line.endsWith(u'\r'))
            line.chop(1);
        PowerShellParser parser(line);
        (void)parser.parse();
        if (shell.exitRequested())
            continue;
        shell.executeLine(line);
    }
    (void)shell.exitCode();
    return 0;
}
