// A procedure described once, as data: its steps in run order, read by everything that lists steps.
#pragma once

#include "procedurestep.h"

#include <QList>

namespace pchat {

// The wizard's pages and step list, the unattended run, the report, the export and the journal's page keys
// all read the steps here, so that a second procedure (failover) is a second description, not edits in every
// file that lists steps.
class Procedure
{
public:
    // Microsoft's seven-step Persistent Chat failback (TechNet JJ204970), Preflight before step 1.
    static const Procedure& failback();

    // Every step in run order, Preflight first.
    const QList<ProcedureStep>& steps() const { return m_steps; }
    // The steps that change something (1..7 of the failback), in run order.
    const QList<ProcedureStep>& actions() const { return m_actions; }
    const QList<StepId>& actionIds() const { return m_actionIds; }
    // The step with this id; nullptr when the procedure has none.
    const ProcedureStep* find(StepId id) const;
    // The journal's page key of a step number; "step<k>" for a number this procedure does not know.
    QString pageKey(int number) const;
    // Makes the objects that run the actions, in run order, owned by parent.
    QList<FailbackStep*> createActions(QObject* parent) const;

private:
    explicit Procedure(QList<ProcedureStep> steps);

    QList<ProcedureStep> m_steps;
    QList<ProcedureStep> m_actions;
    QList<StepId> m_actionIds;
};

} // namespace pchat
