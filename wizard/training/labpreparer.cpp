#include "labpreparer.h"

#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/training/labcontrol.h"
#include "backend/training/traininglab.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pchat {

namespace {

QString errorOf(const QJsonObject& reply)
{
    const QString error = reply.value(QLatin1String("error")).toString();
    return error.isEmpty() ? LabPreparer::tr("the lab gave no answer") : error;
}

} // namespace

LabPreparer::LabPreparer(TrainingLab* lab, QObject* parent)
    : QObject(parent)
    , m_lab(lab)
{
}

LabPreparer::Decision LabPreparer::decide(const QString& procedure, const LabState& state)
{
    Decision decision;
    if (procedure == QLatin1String("failover")) {
        // The failover starts in normal operation: the pool Normal, log shipping running until the disaster.
        const bool fits = state.poolState == QLatin1String("Normal") && state.hasDisaster;
        if (!fits && state.scenarioFile) {
            decision.advice =
                tr("The lab runs the scenario file it was started with, and it does not fit the "
                   "failover (the pool is %1, and the failover starts in normal operation "
                   "with log shipping). Start training mode without --scenario, or with a "
                   "scenario that does.")
                    .arg(state.poolState);
            return decision;
        }
        if (!fits)
            decision.resetTo = TrainingLab::builtInScenarioFor(procedure);
        if (fits && state.instancesDown > 0)
            decision.advice = tr("The disaster has struck: the primary data center is down and the pool "
                                 "waits for the failover. Go on with the failover.");
        else if (fits)
            decision.advice = tr("The lab is in normal operation with log shipping, where the failover "
                                 "starts. Press Disaster… to stop the primary data center, then go on.");
        else
            decision.advice = tr("The lab was reset to the start of the failover: normal operation with log "
                                 "shipping. Press Disaster… to stop the primary data center, then go on.");
        return decision;
    }
    // The failback starts after the failover: the pool FailedOver, the primary data center rebuilt.
    const bool fits = state.poolState == QLatin1String("FailedOver");
    if (!fits && state.scenarioFile) {
        decision.advice = tr("The lab runs the scenario file it was started with, and it does not fit the "
                             "failback (the pool is %1, and the failback starts with the pool FailedOver). "
                             "Start training mode without --scenario, or with a scenario that does.")
                              .arg(state.poolState);
        return decision;
    }
    if (!fits)
        decision.resetTo = TrainingLab::builtInScenarioFor(procedure);
    if (fits && state.instancesDown > 0)
        decision.advice = tr("The pool runs FailedOver, but the primary data center is still down. Press "
                             "Rebuild primary… to bring it back with fresh databases, then go on with the "
                             "failback.");
    else if (fits)
        decision.advice = tr("The pool runs FailedOver on the backup instance and the primary data center is "
                             "rebuilt: the failback starts here.");
    else
        decision.advice =
            tr("The lab was reset to the start of the failback: the pool runs FailedOver on the "
               "backup instance and the primary data center is rebuilt.");
    return decision;
}

void LabPreparer::prepare(const QString& procedure)
{
    if (m_busy || !m_lab || !m_lab->isStarted())
        return;
    m_busy = true;
    m_procedure = procedure;
    m_decidedOn.reset();
    m_error.clear();
    // Two reads, then perhaps the reset: each answer comes from the lab's control port beside the event loop.
    m_lab->control(LabControl::poolRequest(), this, [this, procedure](const QJsonObject& pool) {
        if (!pool.value(QLatin1String("ok")).toBool() || !m_lab) {
            finish(false, errorOf(pool));
            return;
        }
        m_lab->control(
            LabControl::instancesRequest(), this, [this, procedure, pool](const QJsonObject& reply) {
                if (!reply.value(QLatin1String("ok")).toBool() || !m_lab) {
                    finish(false, errorOf(reply));
                    return;
                }
                LabState state;
                state.poolState = pool.value(QLatin1String("state")).toString();
                for (const QJsonValue& instance : reply.value(QLatin1String("instances")).toArray())
                    state.instancesDown += instance.toObject().value(QLatin1String("down")).toBool() ? 1 : 0;
                state.hasDisaster = m_lab->scenario().value(QLatin1String("disaster")).isObject();
                state.scenarioFile = m_lab->usesScenarioFile();
                const Decision decision = decide(procedure, state);
                m_decidedOn = state;
                if (decision.resetTo.isEmpty()) {
                    finish(false, {});
                    return;
                }
                OperatorLog::info(
                    procedure == QLatin1String("failover")
                        ? QT_TRANSLATE_NOOP("OperatorLog", "Training lab reset to the start of the failover.")
                        : QT_TRANSLATE_NOOP("OperatorLog",
                                            "Training lab reset to the start of the failback."));
                m_lab->resetTo(decision.resetTo, this, [this](const QJsonObject& reset) {
                    if (!reset.value(QLatin1String("ok")).toBool()) {
                        m_decidedOn.reset();
                        finish(false, errorOf(reset));
                    } else {
                        finish(true, {});
                    }
                });
            });
    });
}

QString LabPreparer::advice() const
{
    const bool failover = m_procedure == QLatin1String("failover");
    if (m_busy)
        return failover ? tr("Preparing the lab for the failover…")
                        : tr("Preparing the lab for the failback…");
    if (!m_error.isEmpty())
        return tr("The lab could not be prepared for this procedure: %1. Reset the lab, or start training "
                  "mode "
                  "again.")
            .arg(m_error);
    return m_decidedOn ? decide(m_procedure, *m_decidedOn).advice : QString();
}

void LabPreparer::finish(bool reset, const QString& error)
{
    m_busy = false;
    m_error = error;
    Q_EMIT finished(reset);
}

} // namespace pchat
