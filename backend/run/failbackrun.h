// One recorded run of a procedure: the objects that run its steps, its audit trail, and its start,
// resumption, finish and interruption, as the wizard and the unattended run both drive it.
#pragma once

#include "backend/audit/runinfo.h"
#include "procedure.h"

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace pchat {

class AuditTrail;
class FailbackStep;
struct Plan;
struct RecordedRun;

class FailbackRun : public QObject
{
    Q_OBJECT

public:
    // Makes the procedure's step objects and follows each with the trail (see AuditTrail::attachStep).
    explicit FailbackRun(const Procedure& procedure, QObject* parent = nullptr);

    const Procedure& procedure() const { return m_procedure; }
    AuditTrail* trail() const { return m_trail; }
    // The objects that run the procedure's actions, in run order.
    const QList<FailbackStep*>& steps() const { return m_steps; }
    FailbackStep* step(StepId id) const;
    // The step's number in the procedure, as the journal records it.
    int numberOf(const FailbackStep* step) const;

    // How the run is recorded: the facts of run-started and run-resumed besides the plan.
    struct Mode
    {
        QString language;
        bool training = false;
        bool unattended = false;
    };
    // Creates the run's folder under root and records run-started (the plan without passwords); false with
    // *error in the user's language when the folder or the journal cannot be written.
    bool start(const QString& root, const Plan& plan, const Mode& mode, QString* error);
    // The same without waiting for the disk (the wizard's window stays live): done is called on context's
    // thread with the outcome and, when it failed, why in the user's language.
    void startAsync(const QString& root, const Plan& plan, const Mode& mode, QObject* context,
                    std::function<void(bool started, const QString& error)> done);
    // startAsync has not called back yet.
    bool isStarting() const;
    // Continues the recorded run in its folder with the plan its journal holds, and records run-resumed.
    bool resume(const RecordedRun& run, const Mode& mode, QString* error);
    // Recording, and neither finished nor interrupted yet.
    bool isOpen() const;

    // Records run-finished with every step's final status; success says whether the whole procedure is done.
    void finish(bool success);
    // Records run-interrupted with the reason and the page key where the run stood; message, when given,
    // says why in the operator's words (unattended runs).
    void interrupt(const QString& reason, const QString& page);
    void interrupt(const QString& reason, const QString& page, const QString& message);
    // After a run ended without finishing (the training lab was reset), the next start records a new one.
    void reopen() { m_closed = false; }

private:
    RunInfo startInfo(const Plan& plan, const Mode& mode) const;
    void close(const QJsonObject& details, bool finished);

    const Procedure& m_procedure;
    AuditTrail* m_trail;
    QList<FailbackStep*> m_steps;
    bool m_closed = false;
};

} // namespace pchat
