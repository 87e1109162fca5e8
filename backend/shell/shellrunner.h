// Runs PowerShell commands in the management shell as a real process (the program and its arguments come from
// the plan): the module is imported, the commands go on stdin, output and errors come back through signals.
// Nothing here waits: the process runs beside the UI thread and is killed on timeout or cancel.
#pragma once

#include "backend/plan/lyncsettings.h"
#include "shellresult.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace pchat {

class ShellRunner : public QObject
{
    Q_OBJECT

public:
    explicit ShellRunner(const LyncSettings& settings, QObject* parent = nullptr);
    ~ShellRunner() override;

    // Starts the shell and sends the Import-Module line, then the commands, one a line, then closes stdin.
    // The commands must come from the builders (LyncCommands): nothing typed is pasted in unquoted.
    // started(text) follows with everything sent, output() for each line, then finished() exactly once.
    void run(const QStringList& commands);
    void run(const QString& command) { run(QStringList{command}); }
    // Kills the shell; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }
    // The text run() sends: the Import-Module line and the commands.
    QString textFor(const QStringList& commands) const;

Q_SIGNALS:
    void started(const QString& text);
    // One line of stdout or stderr as it arrives (for the Messages pane).
    void output(const QString& line);
    void finished(const pchat::ShellResult& result);

private:
    void readOutput(QProcess::ProcessChannel channel);
    void complete(int exitCode, bool crashed);
    void failToStart(const QString& reason);

    LyncSettings m_settings;
    QPointer<QProcess> m_process;
    QTimer m_timer;
    QString m_stdout;
    QString m_stderr;
    QByteArray m_partialOut;
    QByteArray m_partialErr;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

} // namespace pchat
