// The type byte of a TDS packet header (MS-TDS 2.2.3.1.1), named as dotnet/SqlClient's TDS test server names
// it.
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsPacketType : quint8
{
    SqlBatch = 0x01,
    PreTds7Login = 0x02,
    Rpc = 0x03,
    TabularResult = 0x04,
    Attention = 0x06,
    BulkLoad = 0x07,
    FedAuthToken = 0x08,
    TransactionManager = 0x0E,
    Login7 = 0x10,
    Sspi = 0x11,
    PreLogin = 0x12,
};

} // namespace pchatlab
