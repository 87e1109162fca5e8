// The request types of a transaction-manager message (MS-TDS 2.2.6.9).
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsTransactionRequestType : quint16
{
    GetDtcAddress = 0,
    Propagate = 1,
    Begin = 5,
    Promote = 6,
    Commit = 7,
    Rollback = 8,
    Save = 9,
};

} // namespace pchatlab
