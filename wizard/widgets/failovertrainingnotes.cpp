#include "failovertrainingnotes.h"

namespace pchat {

// Each failover step's note comes with the step's page; a step without one shows the panel's "no
// explanation".
TrainingNote FailoverTrainingNotes::forStep(StepId step)
{
    Q_UNUSED(step)
    return {};
}

} // namespace pchat
