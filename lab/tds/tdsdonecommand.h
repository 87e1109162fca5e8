// The CurCmd of a DONE token: the kind of statement it ends, as SQL Server reports it (0 for none).
#pragma once

#include <QtGlobal>

namespace pchatlab {

enum class TdsDoneCommand : quint16
{
    None = 0x00,
    Select = 0xC1,
    Insert = 0xC3,
    Delete = 0xC4,
    Update = 0xC5,
    Execute = 0xE0,
};

} // namespace pchatlab
