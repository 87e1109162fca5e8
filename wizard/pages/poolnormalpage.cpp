#include "poolnormalpage.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

PoolNormalPage::PoolNormalPage(Plan& plan, QWidget* parent)
    : PoolStatePage(StepId::PoolNormal, plan, QStringLiteral("poolIdentityStep7"),
                    &LyncCommands::setPoolStateNormal, parent)
{
    setObjectName(QStringLiteral("poolNormalPage"));
    retranslateUi();
}

QString PoolNormalPage::introText() const
{
    return tr("To restore the pool to its normal state, run Set-CsPersistentChatState with -PoolState "
              "Normal, then Get-CsPersistentChatState shows whether the pool is Normal. Microsoft's pages "
              "use different forms of the pool identity (PersistentChatServer:pool, service:pool, even "
              "\"service: pool\"): use the one Get-CsPersistentChatState lists.");
}

} // namespace pchat
