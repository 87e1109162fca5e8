// The status bits of a DONE, DONEPROC or DONEINPROC token (MS-TDS 2.2.7.6). Depends on nothing but QFlags, so
// that the interpreter's ResultSink can name them without depending on the TDS layer.
#pragma once

#include <QFlags>

namespace pchatlab {

enum class TdsDoneStatusFlag : quint16
{
    More = 0x01,
    Error = 0x02,
    InXact = 0x04,
    Count = 0x10,
    Attention = 0x20,
    ServerError = 0x100,
};
Q_DECLARE_FLAGS(TdsDoneStatus, TdsDoneStatusFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(TdsDoneStatus)

} // namespace pchatlab
