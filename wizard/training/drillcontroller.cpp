#include "drillcontroller.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/run/procedure.h"
#include "backend/training/traininglab.h"
#include "wizard/failbackwizard.h"

#include <memory>
#include <QJsonObject>

namespace pchat {

DrillController::DrillController(QWizard* wizard, TrainingLab* lab, QObject* parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_lab(lab)
{
    if (wizard)
        connect(wizard, &QWizard::currentIdChanged, this, &DrillController::onPageEntered);
}

void DrillController::setLab(TrainingLab* lab)
{
    if (m_lab == lab)
        return;
    choose({});
    m_lab = lab;
}

QList<Drill> DrillController::drills() const
{
    if (!m_lab || !m_lab->isStarted())
        return {};
    const Plan plan = m_lab->trainingPlan();
    const Drill::Targets targets{plan.primaryInstance.name,
                                 plan.backupInstance.name,
                                 m_lab->agentAccount(plan.backupInstance.name),
                                 plan.mgcDatabase,
                                 m_lab->serviceAccount(plan.backupInstance.name),
                                 plan.failover.mirrorServerName()};
    const auto* wizard = qobject_cast<const FailbackWizard*>(m_wizard.data());
    return Drill::catalogOf(wizard ? wizard->procedure() : Procedure::failback(), targets);
}

QString DrillController::pageTitle() const
{
    const QWizardPage* page = m_wizard && m_drill ? m_wizard->page(m_drill->pageId()) : nullptr;
    return page ? page->title() : QString();
}

void DrillController::choose(const QString& key)
{
    if (m_drill && m_drill->key() == key && m_state != State::NoDrill)
        return;
    ++m_generation;
    // A drill already switched on must not linger into the next one.
    const bool faultsOn =
        m_state == State::Striking || m_state == State::Active || m_state == State::LabFailed;
    if (m_drill && faultsOn && !m_drill->labFaults().isEmpty())
        switchFaults(m_drill->labFaults(), false, [](const QString&) {});
    m_drill.reset();
    for (const Drill& drill : drills()) {
        if (drill.key() == key)
            m_drill = drill;
    }
    m_lastError.clear();
    if (m_drill)
        OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Training drill chosen: %1"), {m_drill->title()});
    else
        OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "No training drill chosen."));
    setState(m_drill ? State::Armed : State::NoDrill);
    if (m_drill && m_wizard && m_wizard->currentId() == m_drill->pageId())
        strike();
}

void DrillController::onPageEntered(int id)
{
    if (m_state == State::Armed && m_drill && id == m_drill->pageId())
        strike();
}

void DrillController::strike()
{
    const int generation = m_generation;
    setState(State::Striking);
    Logging::logger()->info("training drill {} strikes: {}", m_drill->key(), m_drill->labFaults().join(u' '));
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Training drill \"%1\" strikes now."),
                      {m_drill->title()});
    changePlan(m_drill->planChange());
    switchFaults(m_drill->labFaults(), true, [this, generation](const QString& error) {
        if (generation != m_generation)
            return;
        m_lastError = error;
        setState(error.isEmpty() ? State::Active : State::LabFailed);
    });
}

void DrillController::changePlan(Drill::PlanChange change)
{
    auto* wizard = qobject_cast<FailbackWizard*>(m_wizard.data());
    if (!wizard || change == Drill::PlanChange::None)
        return;
    Plan plan = wizard->plan();
    switch (change) {
    case Drill::PlanChange::KeepExistingConnections:
        plan.restore.closeExistingConnections = false;
        break;
    case Drill::PlanChange::MistypedPassword:
        // Never logged: only that it happened.
        plan.primaryInstance.password = Drill::mistyped(plan.primaryInstance.password);
        OperatorLog::info(
            QT_TRANSLATE_NOOP("OperatorLog",
                              "Training drill: the password of %1 was replaced by a mistyped one."),
            {plan.primaryInstance.name});
        break;
    case Drill::PlanChange::None:
        break;
    }
    wizard->setPlan(plan);
}

void DrillController::fix()
{
    if (!m_drill || !m_drill->hasLabFix() || (m_state != State::Active && m_state != State::LabFailed))
        return;
    const int generation = m_generation;
    setState(State::Fixing);
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Training drill \"%1\" fixed in the lab."),
                      {m_drill->title()});
    switchFaults(m_drill->labFaults(), false, [this, generation](const QString& error) {
        if (generation != m_generation)
            return;
        m_lastError = error;
        setState(error.isEmpty() ? State::Fixed : State::LabFailed);
    });
}

void DrillController::rearm()
{
    ++m_generation;
    m_lastError.clear();
    setState(m_drill ? State::Armed : State::NoDrill);
}

void DrillController::switchFaults(const QStringList& faults, bool on,
                                   std::function<void(const QString& error)> done)
{
    if (faults.isEmpty()) {
        done({});
        return;
    }
    if (!m_lab || !m_lab->isStarted()) {
        done(tr("the training lab is not running"));
        return;
    }
    auto remaining = std::make_shared<qsizetype>(faults.size());
    auto firstError = std::make_shared<QString>();
    for (const QString& fault : faults) {
        auto reply = [remaining, firstError, done](const QJsonObject& answer) {
            if (!answer.value(QLatin1String("ok")).toBool() && firstError->isEmpty()) {
                const QString error = answer.value(QLatin1String("error")).toString();
                *firstError = error.isEmpty() ? tr("the lab refused the request") : error;
            }
            if (--*remaining == 0)
                done(*firstError);
        };
        if (on)
            m_lab->addFault(fault, this, reply);
        else
            m_lab->clearFault(fault, this, reply);
    }
}

void DrillController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace pchat
