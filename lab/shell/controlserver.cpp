#include "controlserver.h"

#include "../world/world.h"
#include "lynccontrol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace pchatlab {

ControlServer::ControlServer(World& world, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ControlServer::onNewConnection);
}

bool ControlServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 ControlServer::port() const
{
    return m_server->serverPort();
}

void ControlServer::onNewConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
}

void ControlServer::onReadyRead(QTcpSocket* socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(1 << 20).trimmed();
        if (line.isEmpty())
            continue;
        socket->write(handle(line) + '\n');
    }
    if (socket->bytesAvailable() > (1 << 20))
        socket->abort();
}

QByteArray ControlServer::handle(const QByteArray& line)
{
    const QJsonObject req = QJsonDocument::fromJson(line).object();
    const QString cmd = req.value(QLatin1String("cmd")).toString();
    QJsonObject reply{{QStringLiteral("ok"), true}};
    std::lock_guard lock(m_world.mutex());
    if (cmd == u"ping") {
        reply.insert(QStringLiteral("pong"), true);
    } else if (cmd == u"fault-add") {
        m_world.addFault(req.value(QLatin1String("name")).toString());
    } else if (cmd == u"fault-clear") {
        m_world.clearFault(req.value(QLatin1String("name")).toString());
    } else if (cmd == u"faults") {
        reply.insert(QStringLiteral("faults"), QJsonArray::fromStringList(m_world.faults()));
    } else if (cmd == u"speed") {
        m_world.setSpeed(req.value(QLatin1String("value")).toDouble(1));
    } else if (cmd == u"pool") {
        const LyncPool& p = m_world.pool();
        reply.insert(QStringLiteral("identity"), p.identity());
        reply.insert(QStringLiteral("state"), p.state);
        reply.insert(QStringLiteral("activeServers"), QJsonArray::fromStringList(p.activeServers));
    } else if (cmd == u"instances") {
        QJsonArray arr;
        for (const auto& i : m_world.instances())
            arr.append(
                QJsonObject{{QStringLiteral("name"), i->serverName()}, {QStringLiteral("port"), i->port}});
        reply.insert(QStringLiteral("instances"), arr);
    } else if (cmd.startsWith(u"lync-")) {
        // lync-get, lync-set-state, lync-set-active: the Lync shell simulator's view of the pool.
        reply = LyncControl(m_world).handle(cmd, req);
    } else {
        reply = {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unknown command")}};
    }
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

} // namespace pchatlab
