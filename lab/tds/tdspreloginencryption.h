// The values of the PRELOGIN ENCRYPTION option (MS-TDS 2.2.6.5).
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsPreLoginEncryption : quint8
{
    Off = 0x00,
    On = 0x01,
    NotSupported = 0x02,
    Required = 0x03,
};

} // namespace pchatlab
