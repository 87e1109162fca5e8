// The trainee's explanation of the failover's steps, from the procedure (TechNet JJ204772) and its notes, in
// the user's language.
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
    static TrainingNote removeLogShipping();
    static TrainingNote copyBackups();
    static TrainingNote applyLogs();
    static TrainingNote bringOnline();
    static TrainingNote poolState();
    static TrainingNote installMirror();
    static TrainingNote setActiveServers();
};

} // namespace pchat
