// The trainee's explanation of the failover's steps, from the procedure (TechNet JJ204772) and its notes, in
// the user's language.
#pragma once

#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailoverTrainingNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailoverTrainingNotes)

public:
    // Each note translated now; TrainingNotes::forStep picks them by step.
    static TrainingNote removeLogShipping();
    static TrainingNote copyBackups();
    static TrainingNote applyLogs();
    static TrainingNote bringOnline();
    static TrainingNote poolState();
    static TrainingNote installMirror();
    static TrainingNote setActiveServers();
};

} // namespace pchat
