#include "lab/shell/shellrunner.h"

#include "lab/shell/lyncshell.h"
#include "lab/shell/shellclient.h"

#include <optional>
#include <QCommandLineParser>
#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

namespace pchatlab {

int ShellRunner::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lync Server Management Shell simulator. Runs the script given as -EncodedCommand (base64 of "
        "UTF-16LE, as powershell.exe takes it), or else reads PowerShell lines from stdin until EOF or "
        "'exit', and "
        "runs "
        "them against the running pchat-lab: Import-Module Lync | SkypeForBusiness, Get-CsService "
        "-PersistentChatServer, Get-CsPersistentChatState, Set-CsPersistentChatState, "
        "Set-CsPersistentChatActiveServer. Objects go to stdout as 'Name : Value' lists, errors to stderr as "
        "PowerShell error records. Like powershell.exe -Command -, an error does not stop later lines; the "
        "exit code "
        "is 1 once any command failed (not only the last one), 0 otherwise, or N after 'exit N'."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption control(
        QStringLiteral("control"),
        QStringLiteral("The lab's control port on 127.0.0.1 (pchat-lab prints it as "
                       "'control 127.0.0.1,PORT')."),
        QStringLiteral("PORT"));
    parser.addOption(help);
    parser.addOption(control);
    QTextStream err(stderr);
    QTextStream out(stdout);
    // powershell.exe's own spelling: one dash, any case, and its abbreviations. Taken out before the parser,
    // which knows only --options.
    QStringList rest = arguments;
    std::optional<QString> encoded;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        static const QStringList names{QStringLiteral("-encodedcommand"), QStringLiteral("-enc"),
                                       QStringLiteral("-ec"), QStringLiteral("-e")};
        if (!names.contains(rest.at(i).toLower()))
            continue;
        if (i + 1 >= rest.size()) {
            err << "Cannot process the command because of a missing parameter. Specify a parameter of type "
                   "'System.String' and try again."
                << Qt::endl;
            return 64;
        }
        encoded = rest.at(i + 1);
        rest.remove(i, 2);
        break;
    }
    if (!parser.parse(QStringList{QStringLiteral("pchat-lab shell")} + rest)) {
        err << "pchat-lab shell: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        // The first line names the lab's executable only; the shell is its "shell" subcommand.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'),
                     QStringLiteral("Usage: pchat-lab shell --control PORT < commands"));
        out << text;
        return 0;
    }
    bool numeric = false;
    const uint port = parser.value(control).toUInt(&numeric);
    if (!parser.isSet(control) || !numeric || port == 0 || port > 65535) {
        err << "pchat-lab shell: --control PORT is required (the lab's control port)" << Qt::endl;
        return 2;
    }

    // For the test that no password reaches a child process: the shell appends the environment it was given.
    if (const QString dump = qEnvironmentVariable("PCHAT_LAB_SHELL_ENVIRONMENT_FILE"); !dump.isEmpty()) {
        QFile file(dump);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(
                (QProcessEnvironment::systemEnvironment().toStringList().join(u'\n') + u'\n').toUtf8());
    }
    ShellClient client{quint16(port)};
    LyncShell shell(client, out, err);
    if (encoded)
        return runEncoded(shell, *encoded, out, err);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << "pchat-lab shell: cannot read stdin" << Qt::endl;
        return 2;
    }
    bool first = true;
    while (!shell.exitRequested()) {
        const QByteArray raw = input.readLine();
        // Even an empty input line still holds its newline, so nothing at all means end of input.
        if (raw.isEmpty())
            break;
        QString line = QString::fromUtf8(raw);
        if (first && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        first = false;
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        shell.executeLine(line);
    }
    out.flush();
    err.flush();
    return shell.exitCode();
}

int ShellRunner::runEncoded(LyncShell& shell, const QString& encoded, QTextStream& out, QTextStream& err)
{
    // Base64 of UTF-16LE, as powershell.exe decodes it: no code page is involved.
    const QByteArray::FromBase64Result bytes =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (bytes.decodingStatus != QByteArray::Base64DecodingStatus::Ok || bytes.decoded.size() % 2 != 0) {
        err << "Cannot process the command because the value specified with -EncodedCommand is not properly "
               "encoded. The value must be Base64 encoded."
            << Qt::endl;
        return 64;
    }
    QString script;
    for (qsizetype i = 0; i + 1 < bytes.decoded.size(); i += 2)
        script.append(QChar(char16_t(uchar(bytes.decoded[i]) | (uchar(bytes.decoded[i + 1]) << 8))));
    // The lab's parser reads one line at a time; the backend writes one statement per line.
    for (QString line : script.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        shell.executeLine(line);
        if (shell.exitRequested())
            break;
    }
    out.flush();
    err.flush();
    return shell.exitCode();
}

} // namespace pchatlab
