// The failover's step 5: fail the Persistent Chat pool over with Set-CsPersistentChatState -PoolState
// FailedOver, verified by the Get- cmdlet.
#pragma once

#include "poolstatepage.h"

namespace pchat {

class FailoverPoolStatePage : public PoolStatePage
{
    Q_OBJECT

public:
    explicit FailoverPoolStatePage(Plan& plan, QWidget* parent = nullptr);

protected:
    QString introText() const override;
};

} // namespace pchat
