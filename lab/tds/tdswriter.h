// Little-endian byte builder for TDS tokens and packets.
#pragma once

#include "lab/tds/tdsdatatype.h"
#include "lab/tds/tdspacketstatus.h"
#include "lab/tds/tdspackettype.h"
#include "lab/tds/tdstokentype.h"

#include <QByteArray>
#include <QString>

namespace pchatlab {

class TdsWriter
{
public:
    void u8(quint8 v) { m_data.append(char(v)); }
    void token(TdsTokenType type) { u8(quint8(type)); }
    void dataType(TdsDataType type) { u8(quint8(type)); }
    // The 8-byte packet header; `length` counts the header too.
    void packetHeader(TdsPacketType type, TdsPacketStatus status, quint16 length, quint16 spid,
                      quint8 packetId);
    void u16(quint16 v);
    void u16be(quint16 v);
    void u32(quint32 v);
    void u64(quint64 v);
    void i32(qint32 v) { u32(quint32(v)); }
    void bytes(const QByteArray& b) { m_data.append(b); }
    void utf16(const QString& s);
    // Length-prefixed strings; the prefix counts UTF-16 code units.
    void bVarchar(const QString& s);
    void usVarchar(const QString& s);
    // Overwrites a 16-bit little-endian value at an earlier position (token lengths known only at the end).
    void patchU16(qsizetype pos, quint16 v);

    qsizetype size() const { return m_data.size(); }
    const QByteArray& data() const { return m_data; }
    QByteArray take() { return std::exchange(m_data, {}); }

private:
    QByteArray m_data;
};

} // namespace pchatlab
