#include "lab/tds/tdsserver.h"

#include "lab/tds/tdsconnection.h"
#include "lab/world/instance.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace pchatlab {

TdsServer::TdsServer(World& world, std::shared_ptr<Instance> instance, QThreadPool& pool, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_instance(std::move(instance))
    , m_pool(pool)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(256);
    connect(m_server, &QTcpServer::newConnection, this, &TdsServer::onNewConnection);
}

bool TdsServer::listen(quint16 port)
{
    // Loopback only: the lab must never be reachable from another machine.
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

quint16 TdsServer::port() const
{
    return m_port;
}

void TdsServer::syncAvailability()
{
    const bool refuse = m_instance->down || m_instance->unreachable;
    if (refuse && m_server->isListening())
        m_server->close();
    else if (!refuse && !m_server->isListening() && m_port != 0)
        m_server->listen(QHostAddress::LocalHost, m_port);
}

void TdsServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new TdsConnection(socket, m_world, m_instance, m_pool, this);
    }
}

} // namespace pchatlab
