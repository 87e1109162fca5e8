#include "lab/shell/shellclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>

namespace pchatlab {

namespace {

constexpr int connectTimeoutMs = 5000;
constexpr int replyTimeoutMs = 15000;

QJsonObject unreachable(const QString& message)
{
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"), QStringLiteral("unreachable")},
            {QStringLiteral("message"), message}};
}

} // namespace

ShellClient::ShellClient(quint16 port)
    : m_port(port)
{
}

bool ShellClient::ensureConnected(QString* error)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return true;
    m_socket.abort();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!m_socket.waitForConnected(connectTimeoutMs)) {
        *error = m_socket.errorString();
        m_socket.abort();
        return false;
    }
    return true;
}

QJsonObject ShellClient::request(const QJsonObject& request)
{
    QString error;
    if (!ensureConnected(&error))
        return unreachable(error);
    // The lab that started this shell's parent handed its control token down through the environment.
    QJsonObject withToken = request;
    withToken.insert(QStringLiteral("token"), qEnvironmentVariable("PCHAT_LAB_CONTROL_TOKEN"));
    m_socket.write(QJsonDocument(withToken).toJson(QJsonDocument::Compact) + '\n');
    if (!m_socket.waitForBytesWritten(replyTimeoutMs))
        return unreachable(m_socket.errorString());
    QElapsedTimer timer;
    timer.start();
    while (!m_socket.canReadLine()) {
        const qint64 left = replyTimeoutMs - timer.elapsed();
        if (left <= 0 || !m_socket.waitForReadyRead(int(left))) {
            const QString message = m_socket.state() == QAbstractSocket::ConnectedState
                                        ? QStringLiteral("no reply from the lab")
                                        : m_socket.errorString();
            m_socket.abort();
            return unreachable(message);
        }
    }
    const QJsonDocument reply = QJsonDocument::fromJson(m_socket.readLine().trimmed());
    if (!reply.isObject())
        return unreachable(QStringLiteral("the lab sent a reply that is not JSON"));
    return reply.object();
}

} // namespace pchatlab
