#include "lab/tds/tdsreader.h"

#include "lab/tds/tdsprotocolerror.h"

namespace pchatlab {

void TdsReader::need(qsizetype n) const
{
    if (n < 0 || n > m_data.size() - m_pos)
        throw TdsProtocolError("truncated TDS data");
}

void TdsReader::seek(qsizetype pos)
{
    if (pos < 0 || pos > m_data.size())
        throw TdsProtocolError("offset outside TDS data");
    m_pos = pos;
}

quint8 TdsReader::u8()
{
    need(1);
    return quint8(m_data[m_pos++]);
}

quint16 TdsReader::u16()
{
    need(2);
    const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + m_pos);
    m_pos += 2;
    return quint16(p[0] | (p[1] << 8));
}

quint16 TdsReader::u16be()
{
    need(2);
    const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + m_pos);
    m_pos += 2;
    return quint16((p[0] << 8) | p[1]);
}

quint32 TdsReader::u32()
{
    need(4);
    const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + m_pos);
    m_pos += 4;
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint64 TdsReader::u64()
{
    const quint64 lo = u32();
    const quint64 hi = u32();
    return lo | (hi << 32);
}

QByteArray TdsReader::bytes(qsizetype n)
{
    need(n);
    QByteArray r = m_data.mid(m_pos, n);
    m_pos += n;
    return r;
}

void TdsReader::skip(qsizetype n)
{
    need(n);
    m_pos += n;
}

QString TdsReader::utf16(qsizetype chars)
{
    need(chars * 2);
    QString s(chars, Qt::Uninitialized);
    const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + m_pos);
    for (qsizetype i = 0; i < chars; ++i)
        s[i] = QChar(ushort(p[2 * i] | (p[2 * i + 1] << 8)));
    m_pos += chars * 2;
    return s;
}

} // namespace pchatlab
