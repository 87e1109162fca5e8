// Encodes a request's output as TDS tokens and cuts it into packets; the last packet carries EOM.
#pragma once

#include "lab/tds/tdstokentype.h"
#include "lab/tsql/resultsink.h"

#include <functional>

namespace pchatlab {

class TdsResponseWriter : public ResultSink
{
public:
    using PacketSender = std::function<void(const QByteArray& packets)>;

    TdsResponseWriter(PacketSender sender, int packetSize, quint16 spid, QString serverName);

    void columns(const QVector<ColumnInfo>& columns) override;
    void row(const QVector<SqlValue>& values) override;
    void done(DoneKind kind, TdsDoneStatus status, TdsDoneCommand curCmd, quint64 rowCount) override;
    void message(const SqlError& message) override;
    void returnStatus(qint32 status) override;
    void returnValue(quint16 ordinal, const QString& name, const SqlValue& value) override;
    void envChange(TdsEnvChangeType type, const QString& newValue, const QString& oldValue) override;
    void transactionChange(TdsEnvChangeType type, quint64 newId, quint64 oldId) override;
    // ENVCHANGE types with binary values (collation, transaction descriptors).
    void binaryEnvChange(TdsEnvChangeType type, const QByteArray& newValue, const QByteArray& oldValue);
    void flush() override;

    // Raw tokens for the login sequence (LOGINACK).
    void rawToken(const QByteArray& token);
    // Ends the message: the pending DONE goes out without MORE, the last packet with EOM.
    void finish();
    void setPacketSize(int size) { m_packetSize = size; }
    bool sawError() const { return m_sawError; }

    static QByteArray doneToken(TdsTokenType token, TdsDoneStatus status, TdsDoneCommand curCmd,
                                quint64 rowCount);
    // One packet of a response (TabularResult) with the given body.
    static QByteArray packet(const QByteArray& body, bool last, quint16 spid, quint8 packetId);

private:
    void append(const QByteArray& token);
    void appendEnvChange(const QByteArray& body);
    void emitPackets(bool final);

    PacketSender m_sender;
    int m_packetSize;
    quint16 m_spid;
    QString m_serverName;
    QByteArray m_buffer;
    QByteArray m_pendingDone;
    QVector<ColumnInfo> m_columns;
    quint8 m_packetId = 1;
    bool m_anyDone = false;
    bool m_sawError = false;
};

} // namespace pchatlab
