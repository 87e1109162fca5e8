#include "stepinfo.h"

#include "backend/run/procedure.h"

namespace pchat {

// The texts are the procedure's (run/procedure.cpp), still in this class's translation context.
QString StepInfo::title(StepId step)
{
    const ProcedureStep* found = Procedure::failback().find(step);
    return found ? found->title() : QString();
}

QString StepInfo::where(StepId step)
{
    const ProcedureStep* found = Procedure::failback().find(step);
    return found ? found->where() : QString();
}

} // namespace pchat
