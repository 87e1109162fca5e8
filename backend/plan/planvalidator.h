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
    static ValidationIssues validate(const Plan& plan);
    // Only the issues whose field starts with one of the prefixes (a page asks for its own fields).
    static ValidationIssues validate(const Plan& plan, const QStringList& fieldPrefixes);
};

} // namespace pchat
