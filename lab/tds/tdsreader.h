// Bounds-checked little-endian reader over a TDS message payload (throws TdsProtocolError, never overruns).
#pragma once

#include <QByteArray>
#include <QString>

namespace pchatlab {

class TdsReader
{
public:
    explicit TdsReader(const QByteArray& data, qsizetype start = 0)
        : m_data(data)
        , m_pos(start)
    {
    }

    qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos);
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    const QByteArray& data() const { return m_data; }

    quint8 u8();
    quint16 u16();
    quint16 u16be();
    quint32 u32();
    quint64 u64();
    qint32 i32() { return qint32(u32()); }
    QByteArray bytes(qsizetype n);
    void skip(qsizetype n);
    QString utf16(qsizetype chars);
    QString bVarchar() { return utf16(u8()); }
    QString usVarchar() { return utf16(u16()); }

private:
    void need(qsizetype n) const;

    const QByteArray& m_data;
    qsizetype m_pos;
};

} // namespace pchatlab
