// The failover's step 5: fail the Persistent Chat pool over to the backup databases
// (Set-CsPersistentChatState -PoolState FailedOver), verified with Get-CsPersistentChatState.
#pragma once

#include "poolstatestep.h"

namespace pchat {

class FailoverPoolStateStep : public PoolStateStep
{
    Q_OBJECT

public:
    explicit FailoverPoolStateStep(QObject* parent = nullptr);
};

} // namespace pchat
