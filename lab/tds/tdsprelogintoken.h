// The option tokens of a PRELOGIN message (MS-TDS 2.2.6.5).
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsPreLoginToken : quint8
{
    Version = 0x00,
    Encryption = 0x01,
    InstOpt = 0x02,
    ThreadId = 0x03,
    Mars = 0x04,
    TraceId = 0x05,
    FedAuthRequired = 0x06,
    NonceOpt = 0x07,
    Terminator = 0xFF,
};

} // namespace pchatlab
