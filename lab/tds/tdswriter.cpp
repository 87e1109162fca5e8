#include "lab/tds/tdswriter.h"

namespace pchatlab {

void TdsWriter::u16(quint16 v)
{
    m_data.append(char(v & 0xFF));
    m_data.append(char(v >> 8));
}

void TdsWriter::u16be(quint16 v)
{
    m_data.append(char(v >> 8));
    m_data.append(char(v & 0xFF));
}

void TdsWriter::u32(quint32 v)
{
    for (int i = 0; i < 4; ++i)
        m_data.append(char((v >> (8 * i)) & 0xFF));
}

void TdsWriter::u64(quint64 v)
{
    u32(quint32(v & 0xFFFFFFFFu));
    u32(quint32(v >> 32));
}

void TdsWriter::utf16(const QString& s)
{
    for (QChar c : s)
        u16(c.unicode());
}

void TdsWriter::bVarchar(const QString& s)
{
    const QString t = s.left(255);
    u8(quint8(t.size()));
    utf16(t);
}

void TdsWriter::usVarchar(const QString& s)
{
    const QString t = s.left(65535);
    u16(quint16(t.size()));
    utf16(t);
}

void TdsWriter::patchU16(qsizetype pos, quint16 v)
{
    m_data[pos] = char(v & 0xFF);
    m_data[pos + 1] = char(v >> 8);
}

void TdsWriter::packetHeader(TdsPacketType type, TdsPacketStatus status, quint16 length, quint16 spid,
                             quint8 packetId)
{
    u8(quint8(type));
    u8(quint8(status));
    u16be(length);
    u16be(spid);
    u8(packetId);
    u8(0); // window, unused
}

} // namespace pchatlab
