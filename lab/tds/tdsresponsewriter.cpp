#include "lab/tds/tdsresponsewriter.h"

#include "lab/tds/tdstypecodec.h"
#include "lab/tds/tdswriter.h"

namespace pchatlab {

TdsResponseWriter::TdsResponseWriter(PacketSender sender, int packetSize, quint16 spid, QString serverName)
    : m_sender(std::move(sender))
    , m_packetSize(packetSize)
    , m_spid(spid)
    , m_serverName(std::move(serverName))
{
}

QByteArray TdsResponseWriter::doneToken(TdsTokenType token, TdsDoneStatus status, TdsDoneCommand curCmd,
                                        quint64 rowCount)
{
    TdsWriter w;
    w.token(token);
    w.u16(quint16(status.toInt()));
    w.u16(quint16(curCmd));
    w.u64(rowCount);
    return w.take();
}

QByteArray TdsResponseWriter::packet(const QByteArray& body, bool last, quint16 spid, quint8 packetId)
{
    TdsWriter w;
    w.packetHeader(TdsPacketType::TabularResult,
                   last ? TdsPacketStatus::EndOfMessage : TdsPacketStatus::Normal, quint16(body.size() + 8),
                   spid, packetId);
    w.bytes(body);
    return w.take();
}

void TdsResponseWriter::append(const QByteArray& token)
{
    if (!m_pendingDone.isEmpty()) {
        // A DONE followed by more output must say so (DONE_MORE), or clients stop reading.
        m_pendingDone[1] = char(quint8(m_pendingDone[1]) | quint8(TdsDoneStatusFlag::More));
        m_buffer.append(std::exchange(m_pendingDone, {}));
    }
    m_buffer.append(token);
    if (m_buffer.size() >= m_packetSize * 4)
        emitPackets(false);
}

void TdsResponseWriter::emitPackets(bool final)
{
    const int body = m_packetSize - 8;
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype left = m_buffer.size() - pos;
        if (!final && left < body)
            break;
        const qsizetype n = std::min<qsizetype>(left, body);
        const bool last = final && n == left;
        out.append(packet(m_buffer.mid(pos, n), last, m_spid, m_packetId++));
        pos += n;
        if (last)
            break;
    }
    m_buffer.remove(0, pos);
    if (!out.isEmpty())
        m_sender(out);
}

void TdsResponseWriter::columns(const QVector<ColumnInfo>& columns)
{
    m_columns = columns;
    TdsWriter w;
    w.token(TdsTokenType::ColMetadata);
    w.u16(quint16(columns.size()));
    for (const ColumnInfo& c : columns) {
        w.u32(0);      // user type
        w.u16(0x0001); // nullable
        TdsTypeCodec::writeTypeInfo(w, c.type);
        w.bVarchar(c.name);
    }
    append(w.take());
}

void TdsResponseWriter::row(const QVector<SqlValue>& values)
{
    TdsWriter w;
    w.token(TdsTokenType::Row);
    for (int i = 0; i < m_columns.size(); ++i)
        TdsTypeCodec::writeValue(w, m_columns[i].type, i < values.size() ? values[i] : SqlValue::null());
    append(w.take());
}

void TdsResponseWriter::done(DoneKind kind, TdsDoneStatus status, TdsDoneCommand curCmd, quint64 rowCount)
{
    const TdsTokenType token = kind == DoneKind::Done       ? TdsTokenType::Done
                               : kind == DoneKind::DoneProc ? TdsTokenType::DoneProc
                                                            : TdsTokenType::DoneInProc;
    append({});
    m_pendingDone = doneToken(token, status, curCmd, rowCount);
    m_anyDone = true;
}

void TdsResponseWriter::message(const SqlError& message)
{
    TdsWriter body;
    body.i32(message.number());
    body.u8(quint8(message.state()));
    body.u8(quint8(message.severity()));
    body.usVarchar(message.text());
    body.bVarchar(m_serverName);
    body.bVarchar(message.procName());
    body.i32(message.line());
    TdsWriter w;
    w.token(message.severity() > 10 ? TdsTokenType::Error : TdsTokenType::Info);
    w.u16(quint16(body.size()));
    w.bytes(body.data());
    if (message.severity() > 10)
        m_sawError = true;
    append(w.take());
}

void TdsResponseWriter::returnStatus(qint32 status)
{
    TdsWriter w;
    w.token(TdsTokenType::ReturnStatus);
    w.i32(status);
    append(w.take());
}

void TdsResponseWriter::returnValue(quint16 ordinal, const QString& name, const SqlValue& value)
{
    TdsWriter w;
    w.token(TdsTokenType::ReturnValue);
    w.u16(ordinal);
    w.bVarchar(name);
    w.u8(0x01);    // status: an output parameter
    w.u32(0);      // user type
    w.u16(0x0001); // flags: nullable
    TdsTypeCodec::writeTypeInfo(w, value.type());
    TdsTypeCodec::writeValue(w, value.type(), value);
    append(w.take());
}

void TdsResponseWriter::envChange(TdsEnvChangeType type, const QString& newValue, const QString& oldValue)
{
    TdsWriter body;
    body.u8(quint8(type));
    body.bVarchar(newValue);
    body.bVarchar(oldValue);
    appendEnvChange(body.data());
}

void TdsResponseWriter::binaryEnvChange(TdsEnvChangeType type, const QByteArray& newValue,
                                        const QByteArray& oldValue)
{
    TdsWriter body;
    body.u8(quint8(type));
    for (const QByteArray* value : {&newValue, &oldValue}) {
        body.u8(quint8(value->size()));
        body.bytes(*value);
    }
    appendEnvChange(body.data());
}

void TdsResponseWriter::appendEnvChange(const QByteArray& body)
{
    TdsWriter w;
    w.token(TdsTokenType::EnvChange);
    w.u16(quint16(body.size()));
    w.bytes(body);
    append(w.take());
}

void TdsResponseWriter::transactionChange(TdsEnvChangeType type, quint64 newId, quint64 oldId)
{
    // A descriptor of 0 stands for no transaction: an empty value.
    const auto descriptor = [](quint64 id) {
        TdsWriter w;
        if (id)
            w.u64(id);
        return w.take();
    };
    binaryEnvChange(type, descriptor(newId), descriptor(oldId));
}

void TdsResponseWriter::flush()
{
    append({});
    const int body = m_packetSize - 8;
    // Full packets first, then whatever is left as a short packet without EOM.
    emitPackets(false);
    if (!m_buffer.isEmpty() && m_buffer.size() < body) {
        m_sender(packet(std::exchange(m_buffer, {}), false, m_spid, m_packetId++));
    }
}

void TdsResponseWriter::rawToken(const QByteArray& token)
{
    append(token);
}

void TdsResponseWriter::finish()
{
    if (m_pendingDone.isEmpty())
        m_pendingDone = doneToken(TdsTokenType::Done, m_sawError ? TdsDoneStatusFlag::Error : TdsDoneStatus(),
                                  TdsDoneCommand::None, 0);
    m_buffer.append(std::exchange(m_pendingDone, {}));
    emitPackets(true);
}

} // namespace pchatlab
