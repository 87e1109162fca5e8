// The trainee's explanation of the failover's step pages, from the failover procedure and the references,
// in the user's language.
#pragma once

#include "backend/steps/stepid.h"
#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailoverTrainingNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailoverTrainingNotes)

public:
    // The note of a failover step, translated now (call again after a language change); an empty note for a
    // step that is not the failover's.
    static TrainingNote forStep(StepId step);

private:
    static TrainingNote poolState();
    static TrainingNote installMirror();
    static TrainingNote setActiveServers();
};

} // namespace pchat
