// The simulated data center: instances, shared file system, Lync pool, faults and the lab-wide clock
// settings.
#pragma once

#include "instance.h"
#include "simfilesystem.h"

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

    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed > 0 ? speed : 1; }
    // Bytes per second a BACKUP or RESTORE moves at speed 1.
    qint64 throughput() const { return m_throughput; }
    void setThroughput(qint64 bytesPerSecond) { m_throughput = std::max<qint64>(1, bytesPerSecond); }
    QString saPasswordHint() const { return m_saPassword; }
    void setSaPasswordHint(const QString& p) { m_saPassword = p; }
    int controlPort() const { return m_controlPort; }
    // The simulated clock of the Agents: real time since start multiplied by the speed.
    QDateTime simulatedNow() const;
    void setControlPort(int port) { m_controlPort = port; }

    // Faults by name ("login-fails", "backup-drop-at:50" ...), switched on and off at run time.
    bool hasFault(const QString& name) const { return m_faults.contains(name.toLower()); }
    QString faultValue(const QString& prefix) const;
    void addFault(const QString& name);
    void clearFault(const QString& name);
    QStringList faults() const { return m_faults.values(); }
    // Faults known by name (for --help and the control port); "<...>" parts are arguments.
    static QStringList faultCatalog();

private:
    void applyFaults();
    static bool appliesTo(const QString& target, const Instance& instance);

    std::mutex m_mutex;
    QVector<std::shared_ptr<Instance>> m_instances;
    SimFileSystem m_fs;
    LyncPool m_pool;
    double m_speed = 1;
    qint64 m_throughput = qint64(200) * 1024 * 1024;
    QString m_saPassword;
    int m_controlPort = 0;
    QSet<QString> m_faults;
    QDateTime m_startReal = QDateTime::currentDateTimeUtc();
};

} // namespace pchatlab
