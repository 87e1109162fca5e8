// The simulated data center: instances, shared file system, Lync pool, faults and the lab-wide clock
// settings.
#pragma once

#include "lab/world/disasterplan.h"
#include "lab/world/executedlog.h"
#include "lab/world/fault.h"
#include "lab/world/instance.h"
#include "lab/world/progresstimeline.h"
#include "lab/world/simfilesystem.h"

#include <algorithm>
#include <mutex>
#include <QSet>

namespace pchatlab {

struct LyncServer
{
    QString fqdn;
    QString dataCenter;
};

struct LyncPool
{
    QString fqdn;
    QString state = QStringLiteral("FailedOver");
    QVector<LyncServer> servers;
    QStringList activeServers;
    // The SQL Server stores of the topology: the pool's databases, and the backup ones it uses when failed
    // over.
    QString primaryStore;
    QString backupStore;
    QString identity() const { return QStringLiteral("PersistentChatServer:") + fqdn; }
};

class World
{
public:
    // Everything in the world is guarded by this one mutex; long operations release it while they wait.
    std::mutex& mutex() { return m_mutex; }

    QVector<std::shared_ptr<Instance>>& instances() { return m_instances; }
    Instance* instance(const QString& name);
    SimFileSystem& fileSystem() { return m_fs; }
    LyncPool& pool() { return m_pool; }
    // What the instances and the shell received and ran; survives a reset, as a server's trace would.
    ExecutedLog& executedLog() { return m_executed; }
    // When each BACKUP/RESTORE changed its percent_complete (for the progress-latency benchmark).
    ProgressTimeline& progressTimeline() { return m_progressTimeline; }

    double speed() const { return m_speed; }
    // Within [minSpeed, maxSpeed]: the clocks multiply and divide milliseconds by the speed and convert the
    // result to qint64, which a speed of 1e-300 or infinity would overflow (undefined behaviour).
    static constexpr double minSpeed = 1e-3;
    static constexpr double maxSpeed = 1e9;
    void setSpeed(double speed) { m_speed = speed > 0 ? std::clamp(speed, minSpeed, maxSpeed) : 1; }
    // Bytes per second a BACKUP or RESTORE moves at speed 1.
    qint64 throughput() const { return m_throughput; }
    void setThroughput(qint64 bytesPerSecond) { m_throughput = std::max<qint64>(1, bytesPerSecond); }
    QString saPasswordHint() const { return m_saPassword; }
    void setSaPasswordHint(const QString& p) { m_saPassword = p; }
    int controlPort() const { return m_controlPort; }
    // The simulated clock of the Agents: real time since start multiplied by the speed.
    QDateTime simulatedNow() const;
    void setControlPort(int port) { m_controlPort = port; }

    // The faults switched on, at start or at run time; each one once.
    const QVector<Fault>& faults() const { return m_faults; }
    QVector<Fault> faults(FaultKind kind) const;
    QStringList faultNames() const;
    // Whether a fault of this kind strikes the instance (it names the instance or none).
    bool hasFault(FaultKind kind, const Instance& instance) const;
    void addFault(const Fault& fault);
    void removeFault(const Fault& fault);
    void clearFaults();
    // Fault "no-space": the volumes the instance writes to are full.
    bool volumesFull(const Instance& instance) const { return hasFault(FaultKind::NoSpace, instance); }

    // What "reset" returns to: the scenario document the world was built from and the faults switched on
    // at start (--fault), on top of the scenario's own.
    const QByteArray& scenarioDocument() const { return m_scenario; }
    void setScenarioDocument(const QByteArray& json) { m_scenario = json; }
    const QVector<Fault>& startFaults() const { return m_startFaults; }
    void setStartFaults(const QVector<Fault>& faults) { m_startFaults = faults; }
    // Replaces the world's state with `fresh` (built from the same scenario) in place: the instances keep
    // their objects and ports, because listeners and connections hold them. Every session is killed and
    // forgotten; its connection closes on its own. The speed and the simulated clock stay. Call it with
    // the mutex held and no request running.
    void resetFrom(World& fresh);
    const DisasterPlan& disasterPlan() const { return m_disasterPlan; }
    void setDisasterPlan(const DisasterPlan& plan) { m_disasterPlan = plan; }
    // The disaster has struck (until "rebuild-primary" or a reset).
    bool disasterStruck() const { return m_disasterStruck; }
    void setDisasterStruck(bool struck) { m_disasterStruck = struck; }
    // The log backup on the share that the fault "log-backup-missing" hides: the first one the copy job had
    // not copied when the disaster struck.
    const QString& firstUncopiedLogBackup() const { return m_firstUncopied; }
    void setFirstUncopiedLogBackup(const QString& path) { m_firstUncopied = path; }

    // Recomputes what the faults derive (denied shares, stopped Agents, latency, the sessions the instances
    // keep by themselves) from the scenario and the faults switched on; the scenario loader calls it last.
    void applyFaults();

private:
    std::mutex m_mutex;
    QVector<std::shared_ptr<Instance>> m_instances;
    SimFileSystem m_fs;
    LyncPool m_pool;
    double m_speed = 1;
    qint64 m_throughput = qint64(200) * 1024 * 1024;
    QString m_saPassword;
    int m_controlPort = 0;
    QVector<Fault> m_faults;
    QByteArray m_scenario;
    QVector<Fault> m_startFaults;
    ExecutedLog m_executed;
    ProgressTimeline m_progressTimeline;
    QDateTime m_startReal = QDateTime::currentDateTimeUtc();
    DisasterPlan m_disasterPlan;
    bool m_disasterStruck = false;
    QString m_firstUncopied;
};

} // namespace pchatlab
