// Where a step of the failback stands, as the wizard shows it and the audit trail records it.
#pragma once

namespace pchat {

enum class StepStatus
{
    NotInspected, // nothing read from the servers yet
    Inspecting,
    Ready,       // inspected: the step has work to do
    AlreadyDone, // inspected: its result is already in place, nothing will run
    Running,
    Verifying,
    Done,      // ran and the end state was read back and is right
    Failed,    // the server refused, the connection broke, or the end state is wrong
    Cancelled, // the operator cancelled; the end state was read back and is shown
};

} // namespace pchat
