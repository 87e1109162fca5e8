// The trainee's explanation of each failover step page, in the user's language.
#pragma once

#include "backend/steps/stepid.h"
#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailoverTrainingNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailoverTrainingNotes)

public:
    // The note of a failover step, translated now; an empty note for any other id.
    static TrainingNote forStep(StepId step);
};

} // namespace pchat
