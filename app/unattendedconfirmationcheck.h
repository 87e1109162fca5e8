// Checks the confirmation a step of an unattended run needs against the plan's unattended block, as the
// wizard's pages check what the operator types or ticks, and says which plan field to set when it is missing.
#pragma once

#include "backend/plan/plan.h"
#include "backend/steps/stepid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace pchat {

class UnattendedConfirmationCheck
{
    Q_DECLARE_TR_FUNCTIONS(UnattendedConfirmationCheck)

public:
    struct Result
    {
        bool needed = false;
        bool given = false;
        QString what;     // the journal's word: typed, warning-acknowledged
        QString question; // what the wizard would ask
        QString value;    // what the plan answers
        QString problem;  // why the run stops: the plan field to set and the value it needs
    };

    // The failback's steps 4 and 5 and the failover's step 4 (typed targets) and the failback's step 6
    // (servers outside the primary data center); not needed for the others.
    static Result forStep(const Plan& plan, StepId step);
    static Result forPreflightWarnings(const Plan& plan, int warnings);
    // The details of the journal's confirmation event; source says where the answer came from (plan,
    // training).
    static QJsonObject details(const Result& result, const QString& source);
    // The confirmations that accept the plan's own targets: what a trainee gives for the training lab's plan.
    static UnattendedConfirmations acceptingTargetsOf(const Plan& plan);
};

} // namespace pchat
