// Starts pchat-lab as a child process on free ports for a test and tells where each instance listens.
#pragma once

#include "backend/training/labcontrol.h"

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

class LabProcess
{
public:
    // Extra arguments are appended to "--any-port"; the default scenario unless --scenario is given.
    explicit LabProcess(const QStringList& args = {});
    ~LabProcess();

    bool started() const { return m_started; }
    int port(const QString& instance) const { return m_ports.value(instance.toUpper()); }
    int controlPort() const { return m_ports.value(QStringLiteral("CONTROL")); }
    // SIGTERM and wait; returns the exit code (or -1 on a crash or timeout).
    int stop();

    static QString odbcConnectionString(int port, const QString& database = QStringLiteral("master"));
    static const char* password() { return "Lab-Failback-2026"; }
    // The lab's control port (faults, speed, reset, state queries); the token is the one of this process.
    pchat::LabControl control() const { return pchat::LabControl(controlPort()); }
    // Runs tsql with the input and returns stdout+stderr.
    static QString runTsql(int port, const QString& input, int timeoutMs = 20000);
    // The errors in tsql's output ("Msg N (severity S, ...)" with S above 10) as "N: message".
    static QStringList errorsIn(const QString& tsqlOutput);
    // The example plan file's JSON with both SQL Server instances pointed at this lab.
    QJsonObject examplePlanJson() const;
    struct ShellOutput
    {
        int exitCode = -1; // -1 when it did not start, crashed or timed out
        QString out;
        QString err;
    };
    // Runs the input in "pchat-lab shell --control PORT" (the Lync shell simulator).
    static ShellOutput runShell(int controlPort, const QString& input, int timeoutMs = 15000);

private:
    QProcess m_process;
    QMap<QString, int> m_ports;
    bool m_started = false;
};
