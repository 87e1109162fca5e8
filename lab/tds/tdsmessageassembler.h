// Reassembles TDS packets arriving on a byte stream into complete messages (type + payload up to EOM).
#pragma once

#include "lab/tds/tdspacketstatus.h"
#include "lab/tds/tdspackettype.h"

#include <optional>
#include <QByteArray>

namespace pchatlab {

struct TdsMessage
{
    quint8 type = 0;   // a TdsPacketType: the assembler lets no other through
    quint8 status = 0; // status of the last packet (EOM, IGNORE, RESETCONNECTION bits)
    QByteArray payload;

    TdsPacketType packetType() const { return TdsPacketType(type); }
    bool hasStatus(TdsPacketStatus bit) const { return status & quint8(bit); }
};

class TdsMessageAssembler
{
public:
    // Limits what one client can make the lab buffer; anything bigger is treated as hostile.
    static constexpr qsizetype maxMessageSize = 16 * 1024 * 1024;

    void feed(const QByteArray& bytes) { m_buffer.append(bytes); }
    // The next complete message, or nothing if more bytes are needed. Attention packets are returned
    // on their own even in the middle of another message. Throws TdsProtocolError on a malformed header.
    std::optional<TdsMessage> next();

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    TdsMessage m_partial;
    bool m_inMessage = false;
};

} // namespace pchatlab
