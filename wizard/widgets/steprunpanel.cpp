#include "steprunpanel.h"

#include "wizard/widgets/readonlytable.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

StepRunPanel::StepRunPanel(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel)
    , m_findings(new ReadOnlyTable(0, 2))
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
    , m_messagesLabel(new QLabel)
    , m_messages(new QPlainTextEdit)
    , m_recorded(new QLabel)
    , m_outcome(new QLabel)
    , m_inspect(new QPushButton)
    , m_run(new QPushButton)
    , m_cancel(new QPushButton)
    , m_reason(new QLabel)
{
    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_findings->setObjectName(QStringLiteral("stepFindings"));
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progressText->setObjectName(QStringLiteral("stepProgressText"));
    m_messages->setObjectName(QStringLiteral("stepMessages"));
    m_outcome->setObjectName(QStringLiteral("stepOutcome"));
    m_recorded->setObjectName(QStringLiteral("recordedNote"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextFormat(Qt::PlainText);
    m_recorded->setStyleSheet(QStringLiteral("background: #e6f4ea; padding: 4px;"));
    m_recorded->hide();
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_reason->setObjectName(QStringLiteral("runReason"));

    // One line per finding, as dense as SSMS's grids, so that more of them fit a small screen.
    m_findings->verticalHeader()->setDefaultSectionSize(m_findings->fontMetrics().height() + 8);
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->setMinimumHeight(60);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_messages->setReadOnly(true);
    // Read-only text is passed with Tab, not a place where Tab stays (keyboard-only operators).
    m_messages->setTabChangesFocus(true);
    m_messages->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_messages->setMaximumBlockCount(5000);
    m_messages->setMinimumHeight(60);
    m_messagesLabel->setBuddy(m_messages);
    // Server texts and paths are shown as they are, never as markup.
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    connect(m_run, &QPushButton::clicked, this, &StepRunPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &StepRunPanel::cancelRequested);
    connect(m_inspect, &QPushButton::clicked, this, &StepRunPanel::inspectRequested);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reason, 1);
    buttons->addStretch();

    // Findings and messages share the height as the operator chooses; the outcome and the buttons stay in
    // view below them whatever the choice.
    auto* findingsArea = new QWidget;
    auto* findingsLayout = new QVBoxLayout(findingsArea);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_recorded);
    findingsLayout->addWidget(m_status);
    findingsLayout->addWidget(m_findings, 1);
    auto* messagesArea = new QWidget;
    auto* messagesLayout = new QVBoxLayout(messagesArea);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addLayout(progressRow);
    messagesLayout->addWidget(m_messagesLabel);
    messagesLayout->addWidget(m_messages, 1);
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("runPanelSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(findingsArea);
    m_split->addWidget(messagesArea);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    connect(m_split, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey(), m_split->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);
    retranslateUi();
}

QWidget* StepRunPanel::keyboardHome() const
{
    for (QPushButton* button : {m_cancel, m_run, m_inspect})
        if (button->isVisible() && button->isEnabled())
            return button;
    return nullptr;
}

QString StepRunPanel::splitterKey()
{
    return QStringLiteral("layout/runPanelSplitter");
}

void StepRunPanel::showEvent(QShowEvent* event)
{
    // Every step page has its own panel; the border the operator set on one holds on all of them.
    m_split->restoreState(QSettings().value(splitterKey()).toByteArray());
    QWidget::showEvent(event);
}

void StepRunPanel::setRecordedNote(const QString& note)
{
    m_recorded->setText(note);
    m_recorded->setVisible(!note.isEmpty());
}

void StepRunPanel::setStep(FailbackStep* step)
{
    if (m_step)
        m_step->disconnect(this);
    m_step = step;
    if (step) {
        connect(step, &FailbackStep::statusChanged, this, &StepRunPanel::showStatus);
        connect(step, &FailbackStep::inspected, this, &StepRunPanel::showFindings);
        connect(step, &FailbackStep::progress, this, &StepRunPanel::showProgress);
        connect(step, &FailbackStep::message, this, &StepRunPanel::appendMessage);
        connect(step, &FailbackStep::commandStarted, this, &StepRunPanel::appendCommand);
        connect(step, &FailbackStep::finished, this, &StepRunPanel::showOutcome);
        // A failed inspection ends without finished(): its summary and remedy are shown the same way, and
        // taken away again when a later inspection succeeds.
        connect(step, &FailbackStep::inspected, this, [this] {
            if (m_step && m_step->status() == StepStatus::Failed) {
                showOutcome(m_step->outcome());
                m_showsInspectionFailure = true;
            } else if (m_showsInspectionFailure) {
                m_outcome->clear();
                m_showsInspectionFailure = false;
            }
        });
    }
    showStatus();
    showFindings();
}

void StepRunPanel::setUnavailableReason(const QString& reason)
{
    m_unavailableReason = reason;
    showStatus();
}

void StepRunPanel::setRunBlockedReason(const QString& reason)
{
    m_runBlockedReason = reason;
    showStatus();
}

void StepRunPanel::setInvalidFieldsReason(const QString& reason)
{
    m_invalidFieldsReason = reason;
    showStatus();
}

QString StepRunPanel::messagesText() const
{
    return m_messages->toPlainText();
}

QString StepRunPanel::duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(QString::number(seconds / 60),
                                       QString::number(seconds % 60).rightJustified(2, u'0'));
}

void StepRunPanel::showStatus()
{
    const StepStatus status = m_step ? m_step->status() : StepStatus::NotInspected;
    const bool busy =
        status == StepStatus::Inspecting || status == StepStatus::Running || status == StepStatus::Verifying;
    QString text;
    switch (status) {
    case StepStatus::NotInspected:
        text = tr("Not inspected yet.");
        break;
    case StepStatus::Inspecting:
        text = tr("Reading the current state from the server…");
        break;
    case StepStatus::Ready:
        text = tr("Ready to run.");
        break;
    case StepStatus::AlreadyDone:
        text = tr("Already done: the result of this step is in place, nothing will run.");
        break;
    case StepStatus::Running:
        text = tr("Running…");
        break;
    case StepStatus::Verifying:
        text = tr("Reading the end state back from the server…");
        break;
    case StepStatus::Done:
        text = tr("Done and verified.");
        break;
    case StepStatus::Failed:
        text = tr("Failed. The step did not complete; see the message and the remedy below.");
        break;
    case StepStatus::Cancelled:
        text = tr("Cancelled. The step did not complete; the state the server left is shown below.");
        break;
    }
    m_status->setText(text);

    const bool available = m_step && m_unavailableReason.isEmpty();
    m_inspect->setVisible(available);
    m_cancel->setVisible(available);
    // Only steps whose statements report progress (BACKUP, RESTORE) show the bar, once they have.
    if (status == StepStatus::Running && m_lastStatus != StepStatus::Running) {
        m_hasProgress = false;
        m_progress->setValue(0);
        m_progressText->clear();
    }
    m_lastStatus = status;
    m_progress->setVisible(available && m_hasProgress);
    m_progressText->setVisible(available && m_hasProgress);
    m_messagesLabel->setVisible(available);
    m_messages->setVisible(available);
    m_findings->setVisible(available && m_findings->rowCount() > 0);
    m_status->setVisible(available);
    m_inspect->setEnabled(available && !busy);
    m_cancel->setEnabled(available && status == StepStatus::Running);
    const QString blocked = !m_invalidFieldsReason.isEmpty() ? m_invalidFieldsReason : m_runBlockedReason;
    const bool canRun =
        available && !busy && blocked.isEmpty() &&
        (status == StepStatus::Ready || status == StepStatus::Failed || status == StepStatus::Cancelled);
    m_run->setEnabled(canRun);
    m_run->setText(status == StepStatus::Failed || status == StepStatus::Cancelled ? tr("Retry") : tr("Run"));
    const QString reason = !available ? m_unavailableReason : (busy ? QString() : blocked);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void StepRunPanel::showFindings()
{
    const StepFindings findings = m_step ? m_step->findings() : StepFindings{};
    m_findings->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        auto* subject = new QTableWidgetItem(findings.at(row).subject);
        auto* value = new QTableWidgetItem(findings.at(row).value);
        if (!findings.at(row).ok) {
            value->setForeground(QColor(0xb3, 0x26, 0x1e));
            value->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        m_findings->setItem(row, 0, subject);
        m_findings->setItem(row, 1, value);
    }
    showStatus();
}

void StepRunPanel::showProgress(const ProgressSample& sample)
{
    m_hasProgress = true;
    m_progress->setVisible(true);
    m_progressText->setVisible(true);
    m_progress->setValue(int(sample.percent * 10));
    QStringList parts{tr("%1 %").arg(sample.percent, 0, 'f', 1)};
    if (sample.megabytesPerSecond >= 0)
        parts << tr("%1 MB/s").arg(sample.megabytesPerSecond, 0, 'f', 1);
    parts << tr("elapsed %1").arg(duration(sample.elapsedMs));
    if (sample.remainingMs >= 0)
        parts << tr("left %1").arg(duration(sample.remainingMs));
    if (sample.blockedBy > 0)
        parts << tr("blocked by session %1").arg(sample.blockedBy);
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
}

void StepRunPanel::appendLine(const QString& line)
{
    // Follow new lines unless the operator scrolled up to read older ones.
    QScrollBar* scroll = m_messages->verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    m_messages->appendPlainText(line);
    if (following) {
        // The scroll range only grows once the new block is laid out; moving the cursor waits for that.
        m_messages->moveCursor(QTextCursor::End);
        m_messages->ensureCursorVisible();
    }
}

void StepRunPanel::appendMessage(const SqlMessage& message)
{
    // As SSMS prints them: number, level and state where the driver reports them, then the text. Each form
    // is one whole message, so that a language can order its parts as it needs.
    if (message.number <= 0 && !message.isError) {
        m_messages->appendPlainText(message.text);
        return;
    }
    const QString number = QString::number(message.number);
    const QString level = QString::number(message.severity);
    const QString state = QString::number(message.state);
    QString line;
    if (message.severity >= 0 && message.state >= 0)
        line = tr("Msg %1, Level %2, State %3: %4").arg(number, level, state, message.text);
    else if (message.severity >= 0)
        line = tr("Msg %1, Level %2: %3").arg(number, level, message.text);
    else if (message.state >= 0)
        line = tr("Msg %1, State %2: %3").arg(number, state, message.text);
    else
        line = tr("Msg %1: %2").arg(number, message.text);
    m_messages->appendPlainText(line);
}

void StepRunPanel::appendCommand(const QString& target, const QString& text)
{
    appendLine(tr("-- on %1:").arg(target));
    appendLine(text.trimmed());
}

void StepRunPanel::showOutcome(const StepOutcome& outcome)
{
    m_showsInspectionFailure = false;
    QString text = outcome.summary;
    if (!outcome.remedy.isEmpty())
        text += QLatin1Char('\n') + tr("What to do: %1").arg(outcome.remedy);
    m_outcome->setText(text);
    const bool bad = outcome.status == StepStatus::Failed || outcome.status == StepStatus::Cancelled;
    m_outcome->setStyleSheet(bad ? QStringLiteral("color: #b3261e;") : QString());
    if (outcome.status == StepStatus::Done && m_hasProgress)
        m_progress->setValue(m_progress->maximum());
    showStatus();
}

void StepRunPanel::retranslateUi()
{
    m_findings->setHorizontalHeaderLabels({tr("What"), tr("Found")});
    m_findings->setAccessibleName(tr("Findings"));
    m_messagesLabel->setText(tr("&Messages:"));
    m_inspect->setText(tr("Re-chec&k"));
    m_cancel->setText(tr("Canc&el"));
    showStatus();
}

} // namespace pchat
