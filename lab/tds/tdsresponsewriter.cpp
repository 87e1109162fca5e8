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

QByteArray TdsResponseWriter::doneToken(quint8 token, quint16 status, quint16 curCmd, quint64 rowCount)
{
    TdsWriter w;
    w.u8(token);
    w.u16(status);
    w.u16(curCmd);
    w.u64(rowCount);
    return w.take();
}

void TdsResponseWriter::append(const QByteArray& token)
{
    if (!m_pendingDone.isEmpty()) {
        // A DONE followed by more output must say so (DONE_MORE), or clients stop reading.
        m_pendingDone[1] = char(quint8(m_pendingDone[1]) | DoneStatus::More);
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
        TdsWriter h;
        h.u8(0x04);
        h.u8(last ? 0x01 : 0x00);
        h.u16be(quint16(n + 8));
        h.u16be(m_spid);
        h.u8(m_packetId++);
        h.u8(0);
        out.append(h.data());
        out.append(m_buffer.constData() + pos, n);
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
    w.u8(0x81);
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
    w.u8(0xD1);
    for (int i = 0; i < m_columns.size(); ++i)
        TdsTypeCodec::writeValue(w, m_columns[i].type, i < values.size() ? values[i] : SqlValue::null());
    append(w.take());
}

void TdsResponseWriter::done(DoneKind kind, quint16 status, quint16 curCmd, quint64 rowCount)
{
    const quint8 token = kind == DoneKind::Done ? 0xFD : (kind == DoneKind::DoneProc ? 0xFE : 0xFF);
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
    w.u8(message.severity() > 10 ? 0xAA : 0xAB);
    w.u16(quint16(body.size()));
    w.bytes(body.data());
    if (message.severity() > 10)
        m_sawError = true;
    append(w.take());
}

void TdsResponseWriter::returnStatus(qint32 status)
{
    TdsWriter w;
    w.u8(0x79);
    w.i32(status);
    append(w.take());
}

void TdsResponseWriter::returnValue(quint16 ordinal, const QString& name, const SqlValue& value)
{
    TdsWriter w;
    w.u8(0xAC);
    w.u16(ordinal);
    w.bVarchar(name);
    w.u8(0x01);
    w.u32(0);
    w.u16(0x0001);
    TdsTypeCodec::writeTypeInfo(w, value.type());
    TdsTypeCodec::writeValue(w, value.type(), value);
    append(w.take());
}

void TdsResponseWriter::envChange(int type, const QString& newValue, const QString& oldValue)
{
    TdsWriter body;
    body.u8(quint8(type));
    body.bVarchar(newValue);
    body.bVarchar(oldValue);
    TdsWriter w;
    w.u8(0xE3);
    w.u16(quint16(body.size()));
    w.bytes(body.data());
    append(w.take());
}

void TdsResponseWriter::transactionChange(int type, quint64 newId, quint64 oldId)
{
    TdsWriter body;
    body.u8(quint8(type));
    if (newId) {
        body.u8(8);
        body.u64(newId);
    } else {
        body.u8(0);
    }
    if (oldId) {
        body.u8(8);
        body.u64(oldId);
    } else {
        body.u8(0);
    }
    TdsWriter w;
    w.u8(0xE3);
    w.u16(quint16(body.size()));
    w.bytes(body.data());
    append(w.take());
}

void TdsResponseWriter::flush()
{
    append({});
    const int body = m_packetSize - 8;
    // Full packets first, then whatever is left as a short packet without EOM.
    emitPackets(false);
    if (!m_buffer.isEmpty() && m_buffer.size() < body) {
        TdsWriter h;
        h.u8(0x04);
        h.u8(0x00);
        h.u16be(quint16(m_buffer.size() + 8));
        h.u16be(m_spid);
        h.u8(m_packetId++);
        h.u8(0);
        QByteArray out = h.take();
        out.append(m_buffer);
        m_buffer.clear();
        m_sender(out);
    }
}

void TdsResponseWriter::rawToken(const QByteArray& token)
{
    append(token);
}

void TdsResponseWriter::finish()
{
    if (m_pendingDone.isEmpty())
        m_pendingDone = doneToken(0xFD, m_sawError ? DoneStatus::Error : 0, 0, 0);
    m_buffer.append(std::exchange(m_pendingDone, {}));
    emitPackets(true);
}

} // namespace pchatlab
