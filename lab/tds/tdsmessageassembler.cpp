#include "lab/tds/tdsmessageassembler.h"

#include "lab/tds/tdsprotocolerror.h"

namespace pchatlab {

std::optional<TdsMessage> TdsMessageAssembler::next()
{
    for (;;) {
        if (m_buffer.size() - m_offset < 8) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
            return std::nullopt;
        }
        const auto* h = reinterpret_cast<const uchar*>(m_buffer.constData() + m_offset);
        const quint8 type = h[0];
        const quint8 status = h[1];
        const quint16 length = quint16((h[2] << 8) | h[3]);
        if (length < 8)
            throw TdsProtocolError("packet length below header size");
        switch (TdsPacketType(type)) {
        case TdsPacketType::SqlBatch:
        case TdsPacketType::Rpc:
        case TdsPacketType::Attention:
        case TdsPacketType::BulkLoad:
        case TdsPacketType::TransactionManager:
        case TdsPacketType::Login7:
        case TdsPacketType::Sspi:
        case TdsPacketType::PreLogin:
            break;
        default:
            throw TdsProtocolError("unknown packet type");
        }
        if (m_buffer.size() - m_offset < length) {
            if (m_buffer.size() - m_offset > 65535 + 8)
                throw TdsProtocolError("buffer overflow");
            m_buffer.remove(0, m_offset);
            m_offset = 0;
            return std::nullopt;
        }
        const QByteArray body = m_buffer.mid(m_offset + 8, length - 8);
        m_offset += length;

        if (TdsPacketType(type) ==
            TdsPacketType::Attention) // attention interrupts whatever is being received or processed
            return TdsMessage{type, status, {}};
        if (!m_inMessage) {
            m_partial = TdsMessage{type, status, {}};
            m_inMessage = true;
        } else if (m_partial.type != type) {
            throw TdsProtocolError("packet type changed inside a message");
        }
        if (m_partial.payload.size() + body.size() > maxMessageSize)
            throw TdsProtocolError("message too large");
        m_partial.payload.append(body);
        m_partial.status = status;
        if (m_partial.hasStatus(TdsPacketStatus::EndOfMessage)) {
            m_inMessage = false;
            return std::exchange(m_partial, {});
        }
    }
}

} // namespace pchatlab
