// A small blocking TDS 7.4 client for tests: raw requests (RPC with typed parameters, attention, garbage).
#pragma once

#include <functional>
#include <optional>
#include <QByteArray>
#include <QStringList>
#include <QTcpSocket>
#include <QVariant>
#include <QVector>

struct TdsResponse
{
    QVector<QStringList> columnSets; // column names per result set
    QVector<QVector<QVariantList>> rowSets;
    QVector<std::pair<int, QString>> messages; // number, text (INFO and ERROR)
    QVector<int> errorNumbers;
    QVector<int> returnStatuses;
    QVector<std::pair<QString, QVariant>> returnValues;
    QVector<quint16> doneStatuses;
    bool attentionAck = false;
    bool complete = false; // an EOM packet arrived
    int packets = 0;
};

class TdsClient
{
public:
    // An empty `database` asks for none: the server opens the login's default database.
    bool connectAndLogin(int port, const QString& user, const QString& password, QString* error = nullptr,
                         const QString& database = QStringLiteral("master"));
    void sendBatch(const QString& sql);
    // Parameters: name (may be empty), value; `outputs` names the OUTPUT ones. Types follow the QVariant:
    // int -> INTN, bool -> BITN, double -> FLTN, QString -> NVARCHAR, QUuid -> GUID, QDateTime -> DATETIME2N.
    // A QByteArray value is sent as NTEXT (UTF-16 of the bytes as Latin-1) to cover the long-text path.
    void sendRpc(const QString& procName, int procId, const QVector<std::pair<QString, QVariant>>& params,
                 const QStringList& outputs = {});
    void sendAttention();
    void sendRaw(const QByteArray& bytes);
    // Reads one complete response message (until EOM) or times out.
    TdsResponse read(int timeoutMs = 10000);
    // Reads whatever arrives within `ms` without waiting for EOM (progress tests).
    TdsResponse readSome(int ms);
    // What the server answered to the LOGIN7 request (errors and messages of a failed login).
    const TdsResponse& loginResponse() const { return m_loginResponse; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }

    static QByteArray packet(quint8 type, const QByteArray& payload, quint8 status = 0x01);
    static QByteArray allHeaders();

private:
    bool readPacket(QByteArray* payload, quint8* status, int timeoutMs);
    // Packets until the one that ends the response, each waited for as long as nextTimeoutMs says; no value
    // stops the reading.
    TdsResponse readUntil(const std::function<std::optional<int>()>& nextTimeoutMs);
    void parseTokens(const QByteArray& data, TdsResponse& r);

    QTcpSocket m_socket;
    QByteArray m_pendingTokens;
    QVector<QByteArray> m_columnTypes; // TYPE_INFO of the current result set
    TdsResponse m_loginResponse;
};
