// A whole procedure as text, in run order: what the wizard's Script buttons show and --export-script writes.
#pragma once

#include "backend/steps/scriptpart.h"

#include <QCoreApplication>
#include <QList>

namespace pchat {

class Procedure;

class ProcedureScript
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureScript)

public:
    // Every part of the procedure in run order, the preflight checks first.
    static QList<ScriptPart> parts(const Plan& plan, const Procedure& procedure);
    // The parts of one step; StepId::Preflight gives the failback's Preflight (Procedure::Scripts says how
    // another procedure writes its Preflight).
    static QList<ScriptPart> partsForStep(const Plan& plan, StepId step);
    // The Preflight checks of each procedure, one part per target (Procedure::Scripts::preflightParts).
    static QList<ScriptPart> failbackPreflightParts(const Plan& plan, const Procedure& procedure);
    static QList<ScriptPart> failoverPreflightParts(const Plan& plan, const Procedure& procedure);
};

} // namespace pchat
