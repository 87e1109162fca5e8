#include "failoverpoolstatepage.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

FailoverPoolStatePage::FailoverPoolStatePage(Plan& plan, QWidget* parent)
    : PoolStatePage(StepId::FailoverPoolState, plan, QStringLiteral("poolIdentityFailover5"),
                    &LyncCommands::setPoolStateFailedOver, parent)
{
    setObjectName(QStringLiteral("failoverPoolStatePage"));
    retranslateUi();
}

QString FailoverPoolStatePage::introText() const
{
    return tr("To fail the pool over to the backup mgc, run Set-CsPersistentChatState with -PoolState "
              "FailedOver: the backup database now serves as the primary database. "
              "Get-CsPersistentChatState then shows whether the pool is FailedOver. Use the pool identity "
              "as Get-CsPersistentChatState lists it (double-click a pool).");
}

} // namespace pchat
