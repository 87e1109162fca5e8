#include "poolnormalstep.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

PoolNormalStep::PoolNormalStep(QObject* parent)
    : PoolStateStep(StepId::PoolNormal, QStringLiteral("Normal"), &LyncCommands::setPoolStateNormal, parent)
{
}

} // namespace pchat
