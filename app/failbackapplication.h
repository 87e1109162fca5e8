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
        // --verify-audit: the first problem found in the audit folder (AuditVerifier::VerifyResult::Problem).
        AuditEventChanged = 10,    // an event's content does not match its hash
        AuditEventRemoved = 11,    // the sequence skips an event
        AuditEventInserted = 12,   // an event that does not belong to the chain
        AuditEventsReordered = 13, // an event comes after a later one
        AuditFileChanged = 14,     // a screenshot does not match the hash in the journal
        AuditFileMissing = 15,     // a screenshot the journal refers to is missing
        AuditUnreadable = 16,      // no journal, an empty one, or a line that is not an event
    };

    static int run(int argc, char** argv);
};

} // namespace pchat
