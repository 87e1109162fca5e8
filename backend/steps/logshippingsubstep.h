// One part of step 5's run (initialization backup, restore, primary and secondary configuration) with its
// live state, as the page lists it while the step runs.
#pragma once

#include "stepstatus.h"

#include <QList>
#include <QString>

namespace pchat {

struct LogShippingSubStep
{
    // What the part does, in the user's language.
    QString title;
    // Ready (still to come), Running, Done, AlreadyDone (skipped, see detail), Failed or Cancelled.
    StepStatus status = StepStatus::Ready;
    // How it went or why it was skipped, in the user's language.
    QString detail;

    bool operator==(const LogShippingSubStep&) const = default;
};

using LogShippingSubSteps = QList<LogShippingSubStep>;

} // namespace pchat
