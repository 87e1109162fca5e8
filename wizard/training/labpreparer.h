// Brings the training lab to where the chosen procedure starts when the trainee switches procedures on the
// Welcome page (the failover in normal operation with log shipping, the failback after the failover), and
// says what the trainee does next there.
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

namespace pchat {

class TrainingLab;

class LabPreparer : public QObject
{
    Q_OBJECT

public:
    // What the lab is like now, as its control port tells it.
    struct LabState
    {
        QString poolState;         // "Normal", "FailedOver"
        int instancesDown = 0;     // the primary data center's, after the disaster
        bool hasDisaster = false;  // the scenario can strike one (normal-with-log-shipping)
        bool scenarioFile = false; // the trainer's own scenario file: never replaced
    };
    struct Decision
    {
        // The built-in scenario the lab is reset to; empty: the lab stays as it is.
        QString resetTo;
        // What the trainee does next, translated.
        QString advice;
    };

    explicit LabPreparer(TrainingLab* lab, QObject* parent = nullptr);

    // Whether the lab fits the procedure (Procedure::name()) and, if not, where it must start.
    static Decision decide(const QString& procedure, const LabState& state);
    // Reads the lab's state, resets it when the procedure needs another start, and emits finished(). The
    // caller never waits.
    void prepare(const QString& procedure);
    bool isBusy() const { return m_busy; }
    // In the current language: what the trainee does next, that the lab is being prepared, or why it could
    // not be; empty before the first prepare().
    QString advice() const;

Q_SIGNALS:
    // labWasReset: the lab now serves another scenario, from its start; the wizard's plan must follow it.
    void finished(bool labWasReset);

private:
    void finish(bool reset, const QString& error);

    QPointer<TrainingLab> m_lab;
    bool m_busy = false;
    // The state the last decision was made on, so that the advice can be told again in another language.
    QString m_procedure;
    QString m_error;
    std::optional<LabState> m_decidedOn;
};

} // namespace pchat
