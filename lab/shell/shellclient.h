// The lab shell's side of the loopback control connection: one JSON request line, one JSON reply line.
#pragma once

#include <QJsonObject>
#include <QTcpSocket>

namespace pchatlab {

class ShellClient
{
public:
    explicit ShellClient(quint16 port);

    // Blocks until the reply arrives; works without an event loop, so the shell stays a plain stdin filter.
    // When the lab cannot be reached the reply is {"ok": false, "error": "unreachable", "message": ...}.
    QJsonObject request(const QJsonObject& request);

    quint16 port() const { return m_port; }

private:
    bool ensureConnected(QString* error);

    quint16 m_port;
    QTcpSocket m_socket;
};

} // namespace pchatlab
