// Step 7: return the Persistent Chat pool to Normal with Set-CsPersistentChatState, verified by the Get-
// cmdlet.
#pragma once

#include "poolstatepage.h"

namespace pchat {

class PoolNormalPage : public PoolStatePage
{
    Q_OBJECT

public:
    explicit PoolNormalPage(Plan& plan, QWidget* parent = nullptr);

protected:
    QString introText() const override;
};

} // namespace pchat
