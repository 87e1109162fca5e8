// The token types of a TDS token stream (MS-TDS 2.2.7), named as dotnet/SqlClient's TDS test server names
// them.
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsTokenType : quint8
{
    Offset = 0x78,
    ReturnStatus = 0x79,
    ColMetadata = 0x81,
    AltMetadata = 0x88,
    TabName = 0xA4,
    ColInfo = 0xA5,
    Order = 0xA9,
    Error = 0xAA,
    Info = 0xAB,
    ReturnValue = 0xAC,
    LoginAck = 0xAD,
    FeatureExtAck = 0xAE,
    Row = 0xD1,
    NbcRow = 0xD2,
    AltRow = 0xD3,
    EnvChange = 0xE3,
    SessionState = 0xE4,
    Sspi = 0xED,
    FedAuthInfo = 0xEE,
    Done = 0xFD,
    DoneProc = 0xFE,
    DoneInProc = 0xFF,
};

} // namespace pchatlab
