// The whole failback as text, in run order: what the wizard's Script buttons show and --export-script writes.
#pragma once

#include "scriptpart.h"

#include <QCoreApplication>
#include <QList>

namespace pchat {

class ProcedureScript
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureScript)

public:
    // Every part of the procedure in run order, the preflight checks first.
    static QList<ScriptPart> parts(const Plan& plan);
    static QList<ScriptPart> partsForStep(const Plan& plan, StepId step);
};

} // namespace pchat
