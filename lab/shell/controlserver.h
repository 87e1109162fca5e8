// The lab's loopback control port: JSON lines to inspect the world, switch faults and reset it at run time.
#pragma once

#include <functional>
#include <QJsonObject>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace pchatlab {

class World;

class ControlServer : public QObject
{
    Q_OBJECT
public:
    explicit ControlServer(World& world, QObject* parent = nullptr);
    bool listen(quint16 port);
    quint16 port() const;

    // Handles one request object ({"cmd": "fault-add", "name": ...}) and returns the reply object as JSON.
    QByteArray handle(const QByteArray& line);
    // Requests must carry {"token": token} from now on: the port hands out the scenario, passwords included,
    // and switches faults, so only the lab's parent and the shells it starts may use it. Empty: no check.
    void setToken(const QString& token) { m_token = token; }
    // Called (with the world's mutex held) after a command stopped or started instances (disaster,
    // rebuild-primary, reset), so that their listeners refuse or accept connections again.
    void setAvailabilityChanged(std::function<void()> changed) { m_availabilityChanged = std::move(changed); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // "reset": the world as the scenario starts it, without restarting the process. With a built-in
    // scenario's name, the world starts that scenario instead (and returns to it on the next reset), so that
    // the wizard's training mode can switch between the failover's and the failback's start on the same
    // ports; it must serve the same instances.
    QJsonObject reset(const QString& builtInScenario);

    World& m_world;
    QTcpServer* m_server;
    QString m_token;
    std::function<void()> m_availabilityChanged;
};

} // namespace pchatlab
