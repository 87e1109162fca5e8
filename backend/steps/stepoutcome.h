// How a run of a step ended: what happened, the server's error if any, and what the operator can do.
#pragma once

#include "backend/sql/sqlmessage.h"
#include "stepstatus.h"

#include <QString>

namespace pchat {

struct StepOutcome
{
    StepStatus status = StepStatus::NotInspected; // Done, AlreadyDone, Failed or Cancelled
    // One sentence for the page, in the user's language.
    QString summary;
    // The server's error that decided the outcome (number, text), empty on success.
    SqlMessage error;
    // What to do about it, in the user's language (from ErrorAdvice); empty on success.
    QString remedy;
};

} // namespace pchat
