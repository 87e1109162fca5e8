// One entry of the audit journal (journal.jsonl): what happened in a failback run, when, and its link in the
// hash chain.
#pragma once

#include "journalkeys.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pchat {

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
