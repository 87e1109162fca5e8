// Checks a run's audit folder: recomputes the journal's hash chain and every screenshot's SHA-256 and names
// the first event or file that does not match (pchat-failback --verify-audit).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pchat {

class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    struct VerifyResult
    {
        enum Problem
        {
            None,
            EventChanged,    // the event's content does not match its hash
            EventRemoved,    // the sequence skips the event
            EventInserted,   // an event that does not belong to the chain (a duplicate sequence or a broken
                             // link)
            EventsReordered, // the event comes after a later one
            FileChanged,     // a screenshot's bytes do not match the hash its event recorded
            FileMissing,     // a screenshot an event refers to is not there
            Unreadable,      // no journal, an empty one, or a line that is not an event
            NotClosed,       // the chain is intact but ends without run-finished or run-interrupted
            LineNotCanonical, // a line is not byte for byte what the writer writes for its event (duplicate
                              // keys, whitespace, other escapes, a blank line): edited by hand
        };

        bool ok = false;
        Problem problem = Unreadable;
        // The event where the chain breaks: the sequence number that belongs at the first position that
        // does not match (for a removed event: the missing number); for a file, the screenshot event.
        qint64 sequence = 0;
        QString file;    // relative to the folder: journal.jsonl or screens/NNN.png
        QString message; // one sentence in the user's language
        // Filled when ok; otherwise the events whose place in the chain was verified before the problem (for
        // NotClosed: the whole intact chain, final hash included).
        qint64 eventCount = 0;
        qint64 screenshotCount = 0;
        qint64 scriptCount = 0;
        QString finalHash;
    };

    static VerifyResult verify(const QString& folder);
};

} // namespace pchat
