// Makes the page of a procedure's action from a table keyed by StepId, so that a new procedure's pages are
// rows.
#pragma once

#include "backend/steps/stepid.h"

#include <functional>
#include <QList>

namespace pchat {

class FailbackStep;
class PreflightRunner;
class StepPage;
struct Plan;

class StepPageFactory
{
public:
    // What a page may need besides its plan and step object; the pages of a procedure share it.
    struct Context
    {
        Plan& plan;
        // The Preflight page's runner: Clear the Active Server list re-checks it before it runs.
        const PreflightRunner* preflightRunner = nullptr;
    };
    using Create = std::function<StepPage*(const Context& context, FailbackStep* object)>;
    struct Row
    {
        StepId step;
        Create create;
    };

    // The page of step, running it with object; nullptr when the table has no row for step.
    static StepPage* create(StepId step, const Context& context, FailbackStep* object);

private:
    static const QList<Row>& table();
};

} // namespace pchat
