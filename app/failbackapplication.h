// Runs pchat-failback in the mode its command line asks for: the wizard, or a console mode such as the
// export or the audit check.
#pragma once

#include <QCoreApplication>

namespace pchat {

class FailbackApplication
{
    Q_DECLARE_TR_FUNCTIONS(FailbackApplication)

public:
    // Exit codes of the console modes, documented in the README.
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        PlanUnreadable = 3,
        PlanInvalid = 4,
        WriteFailed = 5,
        TrainingLabUnavailable = 6, // --unattended --training: the lab did not start
        PasswordMissing = 7,        // --unattended: a SQL login's password is not in its environment variable
        // --verify-audit: the first problem found in the audit folder (AuditVerifier::VerifyResult::Problem).
        AuditEventChanged = 10,    // an event's content does not match its hash
        AuditEventRemoved = 11,    // the sequence skips an event
        AuditEventInserted = 12,   // an event that does not belong to the chain
        AuditEventsReordered = 13, // an event comes after a later one
        AuditFileChanged = 14,     // a screenshot does not match the hash in the journal
        AuditFileMissing = 15,     // a screenshot the journal refers to is missing
        AuditUnreadable = 16,      // no journal, an empty one, or a line that is not an event
        AuditNotClosed = 28,       // the chain is intact but the run was never closed (killed, cut off, running)
        AuditAnchorMismatch = 29,  // the chain is intact and closed but ends in another hash than --expect-hash
        // --unattended: where the run stopped.
        AuditTrailUnwritable = 17, // the audit folder or journal cannot be written (nothing runs unrecorded)
        ConfirmationMissing = 18,  // the plan does not confirm a destructive step or the Preflight warnings
        PreflightFailed = 19,      // a Preflight check failed; nothing was changed
        StepFailed = 20,           // plus the step's number: 21 (step 1) to 27 (step 7) failed
        Interrupted = 130,         // Ctrl+C (128 + SIGINT, as shells report it); SIGTERM 143, SIGHUP 129
    };

    static int run(int argc, char** argv);
};

} // namespace pchat
