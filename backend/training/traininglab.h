// The embedded lab of training mode: a child pchat-lab process on free loopback ports, the plan filled from
// its scenario, and its control port (faults, reset) spoken asynchronously.
#pragma once

#include "backend/plan/plan.h"

#include <functional>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace pchat {

class TrainingLab : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const QJsonObject& reply)>;

    explicit TrainingLab(QObject* parent = nullptr);
    // Ends the lab: SIGTERM, then SIGKILL if it does not end at once.
    ~TrainingLab() override;

    // The scenario file; empty: the lab's built-in default scenario.
    void setScenarioFile(const QString& path) { m_scenarioFile = path; }
    // Without a scenario file, the lab starts where the procedure (Procedure::name()) does: the failover in
    // normal operation with log shipping, its disaster struck at start when disasterStruck is set (an
    // unattended run has no trainer to press Disaster); the failback after the failover.
    void setProcedure(const QString& procedure, bool disasterStruck);
    // Faults the lab switches on at start (the trainer's --fault); a reset switches them on again.
    void setStartFaults(const QStringList& faults) { m_startFaults = faults; }
    // Makes long operations N times faster than the scenario says; 0 keeps the scenario's speed.
    void setSpeed(double speed) { m_speed = speed; }
    // The pchat-lab program; empty: found next to this program, in the build tree, or on the PATH.
    void setLabProgram(const QString& path) { m_labProgram = path; }

    // Where pchat-lab is found for this program, or an empty string.
    static QString findLabProgram();

    // Starts the lab; started() or failed() follows. The caller never waits.
    void start();
    bool isStarted() const { return m_started; }
    bool isStarting() const { return m_starting; }

    // Once started: the lab's ports and the scenario it serves.
    int controlPort() const { return m_ports.value(QStringLiteral("control")); }
    int port(const QString& instanceName) const { return m_ports.value(instanceName.toLower()); }
    const QJsonObject& scenario() const { return m_scenario; }
    // The scenario's "title" or "description" in language ("de", "en"): scenarios carry both languages as
    // {"en": …, "de": …}; one written with a plain string (or only "name") shows that as it is.
    QString scenarioText(const QString& key, const QString& language) const;
    QString labProgram() const { return m_resolvedProgram; }
    // The SQL Server Agent service account of an instance as the scenario names it.
    QString agentAccount(const QString& instanceName) const;
    // The SQL Server service account of an instance as the scenario names it.
    QString serviceAccount(const QString& instanceName) const;
    // The plan of the failback in this lab: the example plan's settings with the scenario's instances,
    // share, copy folder and pool, the lab's addresses and password, and the lab's shell as the Lync
    // Management Shell.
    Plan trainingPlan() const;

    // Sends one request to the control port (a LabControl request). The reply comes to
    // `callback` on the UI thread, unless `context` was destroyed; a lab that does not answer gives
    // {"ok": false, "error": ...}.
    void control(const QJsonObject& request, QObject* context = nullptr, Reply callback = {});
    void addFault(const QString& name, QObject* context = nullptr, Reply callback = {});
    void clearFault(const QString& name, QObject* context = nullptr, Reply callback = {});
    void clearFaults(QObject* context = nullptr, Reply callback = {});
    // Returns the world to the scenario's start (and the start faults); SQL sessions open then are dropped.
    void reset(QObject* context = nullptr, Reply callback = {});
    // As reset(), into the start of another built-in scenario on the same ports ("normal-with-log-shipping",
    // "default-scenario"), which later resets return to; scenario() follows before the callback.
    void resetTo(const QString& builtInScenario, QObject* context = nullptr, Reply callback = {});
    // The trainer gave a scenario file (--scenario): the wizard does not replace it with a built-in one.
    bool usesScenarioFile() const { return !m_scenarioFile.isEmpty(); }
    // The built-in scenario a procedure starts in (Procedure::name()).
    static QString builtInScenarioFor(const QString& procedure);

Q_SIGNALS:
    void started();
    // The lab could not start, or it ended while in use: the reason and what to do, translated.
    void failed(const QString& message);

private:
    void readOutput();
    void onProcessError(QProcess::ProcessError error);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& message);
    void stopProcess();
    // The failover's settings: the backup's server and its mirror as FQDNs, the share, the backup data
    // center's servers.
    void fillFailover(Plan& plan, const QString& backup) const;
    QString labErrorOutput() const;

    QString m_scenarioFile;
    QString m_builtInScenario;
    bool m_disasterStruck = false;
    QStringList m_startFaults;
    double m_speed = 0;
    QString m_labProgram;
    QString m_resolvedProgram;
    QProcess* m_process = nullptr;
    QTimer m_startTimeout;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QMap<QString, int> m_ports; // lower-case instance name (or "control") -> port
    QJsonObject m_scenario;
    bool m_starting = false;
    bool m_started = false;
};

} // namespace pchat
