// Everything one batch produced: each statement's rows, every message in order, and how it ended.
#pragma once

#include "sqlmessage.h"
#include "statementresult.h"

namespace pchat {

struct BatchResult
{
    enum class Outcome
    {
        Succeeded,      // no error message
        Failed,         // the server reported an error (see messages)
        Cancelled,      // the operator cancelled; the server stopped the batch
        ConnectionLost, // the connection broke; what the server did must be read again
    };

    Outcome outcome = Outcome::Succeeded;
    QList<StatementResult> statements;
    SqlMessages messages;
    qint64 elapsedMs = 0;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    // The first error, or an empty message.
    SqlMessage firstError() const;
    bool hasError(int number) const;
};

} // namespace pchat
