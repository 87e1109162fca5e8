// Plans shared by the unit tests.
#pragma once

#include "backend/plan/plan.h"

#include <ostream>
#include <QString>

namespace pchat::test {

QString examplePlanPath();
// The example plan as the file holds it (activeStartDate 0).
Plan examplePlan();
// The example plan with derived defaults for 2026-11-26: the plan the expected builder texts are written for.
Plan referencePlan();
// A plan in which every field differs from its default, for round trips.
Plan customPlan();

} // namespace pchat::test

// Readable gtest output for Qt strings.
QT_BEGIN_NAMESPACE
void PrintTo(const QString& text, std::ostream* os);
QT_END_NAMESPACE
