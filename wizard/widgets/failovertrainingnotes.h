// The trainee's explanation of the failover's steps (TechNet JJ204772), in the user's language; the
// failback's pages keep theirs in TrainingNotes.
#pragma once

#include "backend/steps/stepid.h"
#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailoverTrainingNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailoverTrainingNotes)

public:
    // The note of a failover step, translated now; an empty note for a step that is not the failover's.
    static TrainingNote forStep(StepId step);

private:
    static TrainingNote applyLogs();
    static TrainingNote bringOnline();
};

} // namespace pchat
