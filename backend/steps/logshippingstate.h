// Step 5's view of both instances: the queries that read each side's log-shipping state, and what that
// state means for the plan (complete or not, what is missing, the inspection's findings).
#pragma once

#include "backend/plan/plan.h"
#include "logshippingside.h"
#include "stepfinding.h"

#include <functional>
#include <QCoreApplication>

namespace pchat {

class StepSession;
struct BatchResult;
struct StatementResult;

class LogShippingState
{
    // The texts were written in LogShippingStep; their context stays, so that the translations still apply.
    Q_DECLARE_TR_FUNCTIONS(pchat::LogShippingStep)

public:
    // One query of a side's state and what it fills in.
    struct Read
    {
        QString batch;
        QString failure;
        std::function<void(const StatementResult&)> take;
        // A failure leaves the value unknown instead of failing the verb (permissions on a DMV ...).
        bool optional = false;
    };
    using ReadFailed = std::function<void(const BatchResult& result, const QString& summary)>;

    // The reads of each side; each list first forgets what that side held.
    QList<Read> primaryReads(const Plan& plan);
    QList<Read> secondaryReads(const Plan& plan);
    // Sends reads in order on an open session, then calls then; a failed read that is not optional calls
    // failed instead.
    static void runReads(StepSession* session, QList<Read> reads, std::function<void()> then,
                         ReadFailed failed);

    const LogShippingSide& primary() const { return m_primary; }
    const LogShippingSide& secondary() const { return m_secondary; }

    bool primaryComplete(const Plan& plan) const;
    bool secondaryComplete(const Plan& plan) const;
    // Both sides with their msdb rows, the primary's secondary entry and enabled, scheduled jobs.
    bool isFullyConfigured(const Plan& plan) const
    {
        return primaryComplete(plan) && secondaryComplete(plan);
    }
    // What keeps log shipping from being complete, one phrase each.
    QStringList missingParts(const Plan& plan) const;
    StepFindings inspectionFindings(const Plan& plan) const;

private:
    // The reads both sides share: the database, SQL Server Agent's service, the LS* jobs.
    static Read databaseRead(const QString& database, const QString& instance, LogShippingSide* side);
    static Read agentRead(LogShippingSide* side);
    static Read jobsRead(const QString& instance, LogShippingSide* side);

    LogShippingSide m_primary;
    LogShippingSide m_secondary;
};

} // namespace pchat
