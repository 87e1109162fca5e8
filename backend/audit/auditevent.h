// One entry of the audit journal (journal.jsonl): what happened in a failback run, when, and its link in the
// hash chain.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace pchat {

// The kinds of event the wizard records. Plain strings in the file, so that a reader without this program
// (a change manager with a text editor) understands them.
namespace AuditKind {
inline constexpr QLatin1String RunStarted{"run-started"};
inline constexpr QLatin1String RunResumed{"run-resumed"};
inline constexpr QLatin1String PageEntered{"page-entered"};
inline constexpr QLatin1String Confirmation{"confirmation"};
inline constexpr QLatin1String CheckResult{"check-result"};
inline constexpr QLatin1String CommandStarted{"command-started"};
inline constexpr QLatin1String ServerMessage{"server-message"};
inline constexpr QLatin1String CommandFinished{"command-finished"};
inline constexpr QLatin1String StepState{"step-state"};
inline constexpr QLatin1String Screenshot{"screenshot"};
inline constexpr QLatin1String Language{"language"};
inline constexpr QLatin1String RunFinished{"run-finished"};
inline constexpr QLatin1String RunInterrupted{"run-interrupted"};
} // namespace AuditKind

struct AuditEvent
{
    qint64 sequence = 0; // 1 for the first event of a run, then consecutive
    QDateTime utc;       // in UTC, with milliseconds
    QString operatorName;
    QString host;
    QString mode;         // "production" or "training"
    QString kind;         // one of AuditKind
    int step = -1;        // the failback step the event belongs to; -1: none
    QJsonObject details;  // already redacted: never holds a secret
    QString previousHash; // hex SHA-256 of the previous event; 64 zeros for the first one
    QString hash;         // hex SHA-256 of this event's canonical form (see Journal::canonicalForm)
};

} // namespace pchat
