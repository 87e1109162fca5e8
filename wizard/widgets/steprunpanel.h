// The part of a step page that shows a step object at work: what it found, Run/Cancel, live progress, the
// server's messages and the outcome with its remedy.
#pragma once

#include "backend/steps/failbackstep.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace pchat {

class StepRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepRunPanel(QWidget* parent = nullptr);

    // Follows the step's signals; the panel never owns the step.
    void setStep(FailbackStep* step);
    // Shown instead of Run when the step cannot run (nothing is connected to it yet, say).
    void setUnavailableReason(const QString& reason);
    // Run needs something the page asks for first (a typed confirmation, say); empty when Run may go.
    void setRunBlockedReason(const QString& reason);
    // The page's own fields have problems: Run waits until they are corrected.
    void setInvalidFieldsReason(const QString& reason);
    // A resumed run: what the journal says about this step, shown above the findings.
    void setRecordedNote(const QString& note);
    void retranslateUi();
    // Cancel while the step runs, else Run, else Re-check: the first that can take the focus; null if none.
    QWidget* keyboardHome() const;

    QString messagesText() const;

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void inspectRequested();

private:
    void showStatus();
    void showFindings();
    void showProgress(const ProgressSample& sample);
    void appendLine(const QString& line);
    void appendMessage(const SqlMessage& message);
    void appendCommand(const QString& target, const QString& text);
    void showOutcome(const StepOutcome& outcome);
    static QString duration(qint64 ms);

    void showEvent(QShowEvent* event) override;
    static QString splitterKey();

    QPointer<FailbackStep> m_step;
    QSplitter* m_split = nullptr;
    StepStatus m_lastStatus = StepStatus::NotInspected;
    bool m_showsInspectionFailure = false;
    bool m_hasProgress = false;
    QString m_unavailableReason;
    QString m_runBlockedReason;
    QString m_invalidFieldsReason;
    QLabel* m_status;
    QTableWidget* m_findings;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_messagesLabel;
    QPlainTextEdit* m_messages;
    QLabel* m_recorded;
    QLabel* m_outcome;
    QPushButton* m_inspect;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QLabel* m_reason;
};

} // namespace pchat
