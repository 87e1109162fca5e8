// A procedure described once, as data: its steps in run order, read by everything that lists steps.
#pragma once

#include "backend/steps/preflightcheck.h"
#include "procedurestep.h"

#include <QList>

namespace pchat {

// The wizard's pages and step list, the unattended run, the report, the export and the journal's page keys
// all read the steps here, so that a second procedure (failover) is a second description, not edits in every
// file that lists steps.
struct Plan;
struct RecordedRun;
struct ScriptPart;

class Procedure
{
public:
    // Microsoft's seven-step Persistent Chat failback (TechNet JJ204970), Preflight before step 1.
    static const Procedure& failback();
    // Microsoft's seven-step Persistent Chat failover (TechNet JJ204772), Preflight before step 1.
    static const Procedure& failover();
    // Every procedure this program knows, the default (failback) first.
    static QList<const Procedure*> all();
    // The procedure of this name ("failback"); nullptr for a name this program does not know.
    static const Procedure* byName(const QString& name);
    // The procedure a step belongs to (StepIds are unique across procedures; Preflight is the failback's).
    static const Procedure& of(StepId id);

    // The name the journal, the plan's run and the command line use: "failback".
    const QString& name() const { return m_name; }
    // The procedure that follows this one in the disaster-recovery cycle: the failback after the failover,
    // and the failover after the failback (the next disaster).
    const Procedure& nextInCycle() const;
    // The operator's name of the procedure, e.g. "Persistent Chat failover" (window title, report, export).
    QString title() const;

    // Every step in run order, Preflight first.
    const QList<ProcedureStep>& steps() const { return m_steps; }
    // The steps that change something (1..7 of the failback), in run order.
    const QList<ProcedureStep>& actions() const { return m_actions; }
    const QList<StepId>& actionIds() const { return m_actionIds; }
    // The step with this id; nullptr when the procedure has none.
    const ProcedureStep* find(StepId id) const;
    // The step with this number (0 = Preflight); nullptr when the procedure has none.
    const ProcedureStep* step(int number) const;
    // The number of the last action: a resumed run past it has nothing left to do.
    int lastNumber() const;
    // The journal's page key of a step number; "step<k>" for a number this procedure does not know.
    QString pageKey(int number) const;
    // The numbers of the actions, in run order.
    QList<int> actionNumbers() const;
    // Where a recorded run of this procedure continues: the first action not recorded done; one past the
    // last (lastNumber() + 1) when every one is.
    int nextStep(const RecordedRun& run) const;
    // The end of RecordedRun::describe for the operator: the step the run stopped at, or that all are done.
    QString describeProgress(const RecordedRun& run) const;
    // The checks of the procedure's Preflight, made from the plan.
    PreflightCheck::Builder preflightChecks() const { return m_preflightChecks; }
    // Makes the objects that run the actions, in run order, owned by parent.
    QList<FailbackStep*> createActions(QObject* parent) const;

    // How the procedure is written as scripts (ProcedureScript, ScriptExporter).
    struct Scripts
    {
        // Every file an export may write besides its README, in run order. A file of these names (of any
        // procedure) that an earlier export left and this one does not write is removed, so that it is not
        // run by mistake.
        QStringList fileNames;
        // Makes the parts of the Preflight from the plan.
        QList<ScriptPart> (*preflightParts)(const Plan& plan, const Procedure& procedure) = nullptr;
        // What the README adds about what the files cannot carry (context "ScriptExporter"); nullptr:
        // nothing.
        const char* readmeNote = nullptr;
    };
    const Scripts& scripts() const { return m_scripts; }

private:
    Procedure(QString name, QString nextName, const char* titleText, PreflightCheck::Builder preflightChecks,
              QList<ProcedureStep> steps, Scripts scripts);

    QString m_name;
    QString m_nextName;
    const char* m_titleText;
    PreflightCheck::Builder m_preflightChecks;
    QList<ProcedureStep> m_steps;
    QList<ProcedureStep> m_actions;
    QList<StepId> m_actionIds;
    Scripts m_scripts;
};

} // namespace pchat
