// The status bits of a TDS packet header (MS-TDS 2.2.3.1.2).
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsPacketStatus : quint8
{
    Normal = 0x00,
    EndOfMessage = 0x01,
    // The client abandons the message it was sending; the server answers with a DONE and ignores it.
    IgnoreEvent = 0x02,
    ResetConnection = 0x08,
    ResetConnectionSkipTran = 0x10,
};

} // namespace pchatlab
