#include "stepinfo.h"

#include "backend/run/procedure.h"

namespace pchat {

// The texts are the procedures' (run/procedure.cpp), still in this class's translation context.
int StepInfo::number(StepId step)
{
    const ProcedureStep* found = Procedure::of(step).find(step);
    return found ? found->number() : -1;
}

QString StepInfo::title(StepId step)
{
    const ProcedureStep* found = Procedure::of(step).find(step);
    return found ? found->title() : QString();
}

QString StepInfo::where(StepId step)
{
    const ProcedureStep* found = Procedure::of(step).find(step);
    return found ? found->where() : QString();
}

} // namespace pchat
