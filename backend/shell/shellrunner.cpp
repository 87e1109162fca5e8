#include "shellrunner.h"

#include "encodedcommand.h"
#include "lynccommands.h"

namespace pchat {

ShellRunner::ShellRunner(const LyncSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    qRegisterMetaType<ShellResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running || !m_process)
            return;
        m_timedOut = true;
        m_process->kill();
    });
}

ShellRunner::~ShellRunner()
{
    if (m_process) {
        // The object goes away with the step: the shell must not outlive it.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString ShellRunner::textFor(const QStringList& commands) const
{
    return (QStringList{LyncCommands::importModule(m_settings.module)} + commands).join(QLatin1Char('\n'));
}

void ShellRunner::run(const QStringList& commands)
{
    if (m_running)
        return;
    m_running = true;
    m_timedOut = false;
    m_cancelled = false;
    m_stdout.clear();
    m_stderr.clear();
    m_partialOut.clear();
    m_partialErr.clear();
    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    QProcess* process = m_process;
    const QString text = textFor(commands);

    // The script travels as -EncodedCommand: stdin would be decoded with the console's code page.
    const QStringList arguments = EncodedCommand::arguments(m_settings.shellArguments, text);
    connect(process, &QProcess::started, process, [process] { process->closeWriteChannel(); });
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(process, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        complete(exitCode, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failToStart(process->errorString());
    });

    Q_EMIT started(text);
    if (const qsizetype length = EncodedCommand::commandLineLength(m_settings.shellProgram, arguments);
        length > EncodedCommand::maxCommandLine) {
        QMetaObject::invokeMethod(
            this,
            [this, length] {
                failToStart(
                    tr("The commands are too long for one command line (%1 characters, Windows takes at "
                       "most %2). Run fewer commands at a time.")
                        .arg(QString::number(length), QString::number(EncodedCommand::maxCommandLine)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_timer.start(std::max(1, m_settings.shellTimeoutSeconds) * 1000);
    process->start(m_settings.shellProgram, arguments);
}

void ShellRunner::cancel()
{
    if (!m_running || !m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

void ShellRunner::readOutput(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    const bool isOut = channel == QProcess::StandardOutput;
    QByteArray& partial = isOut ? m_partialOut : m_partialErr;
    partial += isOut ? m_process->readAllStandardOutput() : m_process->readAllStandardError();
    qsizetype newline = partial.indexOf('\n');
    while (newline >= 0) {
        QString line = QString::fromUtf8(partial.left(newline));
        partial.remove(0, newline + 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        (isOut ? m_stdout : m_stderr) += line + QLatin1Char('\n');
        Q_EMIT output(line);
        newline = partial.indexOf('\n');
    }
}

void ShellRunner::complete(int exitCode, bool crashed)
{
    if (!m_running)
        return;
    m_timer.stop();
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    // A last line without its newline.
    for (QByteArray* partial : {&m_partialOut, &m_partialErr}) {
        if (partial->isEmpty())
            continue;
        const QString line = QString::fromUtf8(*partial);
        (partial == &m_partialOut ? m_stdout : m_stderr) += line;
        Q_EMIT output(line);
        partial->clear();
    }
    m_running = false;

    ShellResult result;
    result.exitCode = crashed ? -1 : exitCode;
    result.standardOutput = m_stdout;
    result.standardError = m_stderr;
    result.timedOut = m_timedOut;
    result.cancelled = m_cancelled && !m_timedOut;
    result.errorRecords = ShellResult::parseErrorRecords(m_stderr);
    if (result.timedOut) {
        result.errorRecords.prepend(
            tr("The management shell did not finish within %n second(s) and was stopped.", nullptr,
               m_settings.shellTimeoutSeconds));
    } else if (result.cancelled) {
        result.errorRecords.prepend(tr("The management shell was stopped (cancelled)."));
    } else if (crashed) {
        result.errorRecords.prepend(tr("The management shell (%1) crashed.").arg(m_settings.shellProgram));
    } else if (exitCode != 0 && result.errorRecords.isEmpty()) {
        result.errorRecords << tr("The management shell ended with exit code %1.").arg(exitCode);
    }
    // PowerShell reports a failed cmdlet by an error record even when the exit code stays 0.
    result.ok = !crashed && !result.timedOut && !result.cancelled && exitCode == 0 &&
                ShellResult::parseErrorRecords(m_stderr).isEmpty();
    Q_EMIT finished(result);
}

void ShellRunner::failToStart(const QString& reason)
{
    if (!m_running)
        return;
    m_timer.stop();
    m_running = false;
    ShellResult result;
    result.errorRecords
        << tr("The management shell %1 did not start: %2").arg(m_settings.shellProgram, reason);
    Q_EMIT finished(result);
}

} // namespace pchat
