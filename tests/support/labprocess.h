// Starts pchat-lab as a child process on free ports for a test and tells where each instance listens.
#pragma once

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
    // Sends one JSON request to the lab's control port (fault-add, fault-clear, speed ...) and returns the
    // reply; an empty object when the lab does not answer.
    QJsonObject control(const QJsonObject& request) const;
    // The control token the labs of this process were given (PCHAT_LAB_CONTROL_TOKEN).
    static QString token();
    // Runs tsql with the input and returns stdout+stderr.
    static QString runTsql(int port, const QString& input, int timeoutMs = 20000);

private:
    QProcess m_process;
    QMap<QString, int> m_ports;
    bool m_started = false;
};
