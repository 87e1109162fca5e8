#include "failoverpoolstatestep.h"

#include "backend/shell/lynccommands.h"

namespace pchat {

FailoverPoolStateStep::FailoverPoolStateStep(QObject* parent)
    : PoolStateStep(StepId::FailoverPoolState, QStringLiteral("FailedOver"),
                    &LyncCommands::setPoolStateFailedOver, parent)
{
}

} // namespace pchat
