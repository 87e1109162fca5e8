// Runs the chosen fault drill: switches its faults on in the training lab when the wizard enters the drill's
// page, and off again when the trainee fixes the cause "in the lab".
#pragma once

#include "drill.h"

#include <optional>
#include <QObject>
#include <QPointer>

class QWizard;

namespace pchat {

class TrainingLab;

class DrillController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NoDrill,
        Armed,     // chosen; waiting for its page
        Striking,  // the faults are being switched on
        Active,    // the fault is on: the trainee meets it and recovers
        Fixing,    // the faults are being switched off
        Fixed,     // the cause is gone; the wizard's retry succeeds
        LabFailed, // the lab did not switch the fault; see lastError()
    };

    DrillController(QWizard* wizard, TrainingLab* lab, QObject* parent = nullptr);

    // Another lab (or none): the chosen drill is dropped.
    void setLab(TrainingLab* lab);
    // The drills for the lab's scenario (empty until the lab has started).
    QList<Drill> drills() const;
    // Chooses a drill by key (empty: none). A drill already switched on is switched off first.
    void choose(const QString& key);
    const std::optional<Drill>& drill() const { return m_drill; }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // The title of the page the drill strikes on, as the wizard shows it.
    QString pageTitle() const;

    // Repairs the cause in the lab: switches the drill's faults off.
    void fix();
    // The lab was reset: the drill strikes again when its page is entered.
    void rearm();

Q_SIGNALS:
    void stateChanged(pchat::DrillController::State state);

private:
    void onPageEntered(int id);
    void strike();
    void changePlan(Drill::PlanChange change);
    // Sends one control request per fault; `done` gets the first error, or an empty string.
    void switchFaults(const QStringList& faults, bool on, std::function<void(const QString& error)> done);
    void setState(State state);

    QPointer<QWizard> m_wizard;
    QPointer<TrainingLab> m_lab;
    std::optional<Drill> m_drill;
    State m_state = State::NoDrill;
    QString m_lastError;
    // Counts drill changes so that a late reply of an earlier drill's request changes nothing.
    int m_generation = 0;
};

} // namespace pchat
