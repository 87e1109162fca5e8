// Checks a plan and reports every problem at once, each tied to its field, in the user's language.
#pragma once

#include "plan.h"
#include "validationissue.h"

#include <QCoreApplication>

namespace pchat {

class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)

public:
    // What a whole-plan check covers: the failback's fields, or those and the failover's (plan.failover), so
    // that a failback plan written before the failover existed stays valid for the failback.
    enum class Scope
    {
        Failback,
        Failover,
    };

    static ValidationIssues validate(const Plan& plan, Scope scope = Scope::Failback);
    // Only the issues whose field starts with one of the prefixes (a page asks for its own fields), the
    // failover's fields included.
    static ValidationIssues validate(const Plan& plan, const QStringList& fieldPrefixes);
};

} // namespace pchat
