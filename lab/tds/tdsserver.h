// Listens on 127.0.0.1 for one simulated instance and creates a TdsConnection per client.
#pragma once

#include <memory>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class QThreadPool;

namespace pchatlab {

class World;
struct Instance;

class TdsServer : public QObject
{
    Q_OBJECT
public:
    TdsServer(World& world, std::shared_ptr<Instance> instance, QThreadPool& pool, QObject* parent = nullptr);
    // Port 0 picks a free port; returns false when the port cannot be bound.
    bool listen(quint16 port);
    quint16 port() const;
    // Closes the listener while the instance is down (clients get "connection refused", as from a stopped
    // server) and opens it again on the same port when it is back. The caller holds the world's mutex.
    void syncAvailability();

private:
    void onNewConnection();

    World& m_world;
    std::shared_ptr<Instance> m_instance;
    QThreadPool& m_pool;
    QTcpServer* m_server;
    // Holds the port while the instance refuses connections.
    QTcpSocket* m_reservation = nullptr;
    quint16 m_port = 0;
};

} // namespace pchatlab
