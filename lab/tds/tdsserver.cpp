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
    if (refuse && m_server->isListening()) {
        m_server->close();
        // The port stays the instance's while it refuses: a socket bound without listening answers a
        // connect with a reset, as a stopped server's port does, and no other program can take the port
        // meanwhile (a second lab on this machine did, and its PCSQL01\PCHAT answered for the lost one).
        // Not shared (no SO_REUSEADDR), so that another program's listener cannot bind beside it.
        m_reservation = new QTcpSocket(this);
        if (!m_reservation->bind(QHostAddress::LocalHost, m_port, QAbstractSocket::DontShareAddress)) {
            delete m_reservation;
            m_reservation = nullptr;
        }
    } else if (!refuse && !m_server->isListening() && m_port != 0) {
        delete m_reservation;
        m_reservation = nullptr;
        m_server->listen(QHostAddress::LocalHost, m_port);
    }
}

void TdsServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new TdsConnection(socket, m_world, m_instance, m_pool, this);
    }
}

} // namespace pchatlab
