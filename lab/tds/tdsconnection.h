// One client connection to a simulated instance: TDS framing, login, and dispatch of requests to a worker
// thread.
#pragma once

#include "lab/tds/tdsmessageassembler.h"

#include <memory>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QThreadPool;
class QTimer;

namespace pchatlab {

class World;
struct Instance;
struct Session;
struct RpcCall;

class TdsConnection : public QObject
{
    Q_OBJECT
public:
    TdsConnection(QTcpSocket* socket, World& world, std::shared_ptr<Instance> instance, QThreadPool& pool,
                  QObject* parent = nullptr);
    ~TdsConnection() override;

private:
    enum class State
    {
        PreLogin,
        Login,
        LoggedIn
    };

    void onReadyRead();
    void onDisconnected();
    void handleMessage(const TdsMessage& m);
    void handleLogin(const QByteArray& payload);
    void startRequest(const TdsMessage& m);
    // Puts the request as received into the world's executed log.
    void recordReceived(const QString& sql, const QVector<RpcCall>& calls, TdsPacketType type);
    void requestFinished();
    void sendAttentionAck();
    void writePackets(const QByteArray& packets);
    void sendSimpleResponse(const QByteArray& tokens);
    void closeConnection();
    void checkKilled();

    QTcpSocket* m_socket;
    World& m_world;
    std::shared_ptr<Instance> m_instance;
    QThreadPool& m_pool;
    std::shared_ptr<Session> m_session;
    TdsMessageAssembler m_assembler;
    State m_state = State::PreLogin;
    int m_packetSize = 4096;
    bool m_busy = false;
    bool m_attentionPending = false;
    bool m_closing = false;
    QTimer* m_killTimer;
};

} // namespace pchatlab
