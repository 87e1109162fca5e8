// The failback's step 7: set the Persistent Chat pool back to Normal (Set-CsPersistentChatState -PoolState
// Normal), verified with Get-CsPersistentChatState.
#pragma once

#include "poolstatestep.h"

namespace pchat {

class PoolNormalStep : public PoolStateStep
{
    Q_OBJECT

public:
    explicit PoolNormalStep(QObject* parent = nullptr);
};

} // namespace pchat
