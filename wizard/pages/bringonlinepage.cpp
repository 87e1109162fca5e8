#include "bringonlinepage.h"

#include "backend/steps/bringonlinestep.h"
#include "wizard/widgets/readonlytable.h"
#include "wizard/widgets/steprunpanel.h"
#include "wizard/widgets/typedconfirmation.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {

enum Column
{
    SessionColumn,
    LoginColumn,
    HostColumn,
    ProgramColumn,
    ColumnCount
};

} // namespace

BringOnlinePage::BringOnlinePage(Plan& plan, QWidget* parent)
    : StepPage(StepId::FailoverBringOnline, plan, parent)
    , m_intro(new QLabel)
    , m_recoveryPoint(new QLabel)
    , m_sessions(new ReadOnlyTable(0, ColumnCount, QStringLiteral("sessionsTable")))
    , m_endSessions(new QCheckBox)
    , m_confirm(new TypedConfirmation(QStringLiteral("confirmOnlineDatabase"),
                                      QStringLiteral("confirmOnlineInstance")))
{
    setObjectName(QStringLiteral("bringOnlinePage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_recoveryPoint->setWordWrap(true);
    m_recoveryPoint->setObjectName(QStringLiteral("recoveryPointLabel"));
    m_recoveryPoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sessions->setMaximumHeight(90);
    // Shown only with sessions to end: an empty table would push the typed confirmation out of view.
    m_sessions->hide();
    m_endSessions->setObjectName(QStringLiteral("endSessions"));
    connect(m_endSessions, &QCheckBox::toggled, this, &BringOnlinePage::updateConfirmation);
    connect(m_confirm, &TypedConfirmation::edited, this, &BringOnlinePage::updateConfirmation);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_recoveryPoint);
    formLayout()->addWidget(m_sessions);
    formLayout()->addWidget(m_endSessions);
    formLayout()->addWidget(m_confirm);
    formLayout()->addStretch();
    retranslateUi();
}

BringOnlineStep* BringOnlinePage::onlineStep() const
{
    return qobject_cast<BringOnlineStep*>(stepObject());
}

void BringOnlinePage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    if (!step)
        return;
    connect(step, &FailbackStep::inspected, this, &BringOnlinePage::showState);
    connect(step, &FailbackStep::finished, this, &BringOnlinePage::showState);
    updateConfirmation();
}

void BringOnlinePage::planChanged()
{
    updateConfirmation();
}

void BringOnlinePage::showState()
{
    const BringOnlineStep* step = onlineStep();
    if (!step)
        return;
    const SessionInfos& sessions = step->sessions();
    m_sessions->setVisible(!sessions.isEmpty());
    m_sessions->setRowCount(int(sessions.size()));
    for (int row = 0; row < sessions.size(); ++row) {
        const SessionInfo& s = sessions.at(row);
        const QStringList cells{QString::number(s.sessionId), s.loginName, s.hostName, s.programName};
        for (int column = 0; column < cells.size(); ++column)
            m_sessions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_recoveryPoint->setText(QStringLiteral("<b>%1</b>").arg(step->recoveryPointText().toHtmlEscaped()));
    updateConfirmation();
}

void BringOnlinePage::updateConfirmation()
{
    const BringOnlineStep* step = onlineStep();
    const int sessions = step ? int(step->sessions().size()) : 0;
    m_endSessions->setEnabled(sessions > 0);
    m_endSessions->setText(
        sessions > 0 ? tr("&End these %n session(s) with KILL before the recovery", "", sessions)
                     : tr("&End the sessions in %1 with KILL (none found)").arg(plan().mgcDatabase));
    m_confirm->setTarget(plan().mgcDatabase, plan().backupInstance.name);
    m_confirm->setTexts(tr("Confirm the recovery"),
                        tr("This brings %1 online on %2 for good: no further log backup can be restored "
                           "into it. Type both names to confirm.")
                            .arg(plan().mgcDatabase, plan().backupInstance.name),
                        tr("&Database to bring online:"), tr("On &instance:"));
    QString blocked;
    if (sessions > 0 && !m_endSessions->isChecked())
        blocked = tr("Confirm ending the sessions in %1: the recovery needs the database to itself.")
                      .arg(plan().mgcDatabase);
    else if (!m_confirm->matches())
        blocked = tr("Type the database and the instance above to confirm the recovery.");
    runPanel()->setRunBlockedReason(blocked);
}

bool BringOnlinePage::confirmRun()
{
    updateConfirmation();
    BringOnlineStep* step = onlineStep();
    if (!step || !m_confirm->matches())
        return false;
    QList<int> ids;
    if (m_endSessions->isChecked()) {
        for (const SessionInfo& s : step->sessions())
            ids << s.sessionId;
    }
    step->setSessionsToEnd(ids);
    return true;
}

void BringOnlinePage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(tr("In SQL Server Management Studio this is: on the backup instance, Activity Monitor "
                        "or sp_who2 to find the sessions in %1, KILL for each, then in a query window on "
                        "master: RESTORE DATABASE [%1] WITH RECOVERY. Afterwards %1 is ONLINE and serves "
                        "Persistent Chat from the backup data center.")
                         .arg(plan().mgcDatabase));
    m_sessions->setAccessibleName(tr("Sessions in %1").arg(plan().mgcDatabase));
    m_sessions->setHorizontalHeaderLabels({tr("Session"), tr("Login"), tr("Host"), tr("Program")});
    if (const BringOnlineStep* step = onlineStep(); step && step->status() != StepStatus::NotInspected)
        showState();
    else
        m_recoveryPoint->setText(tr("The recovery point (the last log backup restored) is read when the page "
                                    "opens."));
    updateConfirmation();
}

} // namespace pchat
