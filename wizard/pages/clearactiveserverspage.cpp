#include "clearactiveserverspage.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/shell/lynccommands.h"
#include "backend/steps/preflightrunner.h"
#include "wizard/widgets/commandpreview.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pchat {

ClearActiveServersPage::ClearActiveServersPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::ClearActiveServers, plan, parent)
    , m_intro(new QLabel)
    , m_collection(new QLabel)
    , m_commandLabel(new QLabel)
    , m_command(new CommandPreview)
    , m_important(new QLabel)
    , m_confirmEmpty(new QCheckBox)
{
    setObjectName(QStringLiteral("clearActiveServersPage"));
    m_intro->setWordWrap(true);
    m_collection->setObjectName(QStringLiteral("collectionIdentity"));
    m_collection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setObjectName(QStringLiteral("commandPreview"));
    m_important->setObjectName(QStringLiteral("agentAccountNote"));
    m_important->setWordWrap(true);
    m_important->setFrameShape(QFrame::StyledPanel);
    m_important->setMargin(8);
    m_commandLabel->setBuddy(m_command);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_collection);
    formLayout()->addWidget(m_commandLabel);
    formLayout()->addWidget(m_command);
    formLayout()->addWidget(m_important);
    formLayout()->addWidget(m_confirmEmpty);
    m_confirmEmpty->setObjectName(QStringLiteral("confirmListEmpty"));
    m_confirmEmpty->setEnabled(false);
    connect(m_confirmEmpty, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            OperatorLog::info(QT_TRANSLATE_NOOP(
                "OperatorLog", "The operator confirmed that the Active Server list is empty."));
        else
            OperatorLog::info(QT_TRANSLATE_NOOP(
                "OperatorLog",
                "The operator withdrew the confirmation that the Active Server list is empty."));
        refreshComplete();
    });
    formLayout()->addStretch();
    retranslateUi();
}

void ClearActiveServersPage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    if (!step)
        return;
    // No Get- cmdlet lists the active servers: the operator reads the cmdlet's output and confirms.
    connect(step, &FailbackStep::statusChanged, this, [this](StepStatus status) {
        const bool ran = status == StepStatus::Done || status == StepStatus::AlreadyDone;
        m_confirmEmpty->setEnabled(ran);
        if (!ran)
            m_confirmEmpty->setChecked(false);
        else if (!m_confirmEmpty->isChecked())
            keepInView(m_confirmEmpty);
    });
}

void ClearActiveServersPage::setPreflightRunner(const PreflightRunner* runner)
{
    m_preflight = runner;
}

void ClearActiveServersPage::initializePage()
{
    StepPage::initializePage();
    planChanged();
}

bool ClearActiveServersPage::pageConditionsMet() const
{
    return !stepObject() || m_confirmEmpty->isChecked();
}

void ClearActiveServersPage::planChanged()
{
    m_collection->setText(
        tr("Active server collection: <b>%1</b>").arg(plan().lync.activeServerCollection.toHtmlEscaped()));
    m_command->setCommand(LyncCommands::clearActiveServers(plan().lync.activeServerCollection));
    m_important->setText(
        tr("<b>Important:</b> SQL Server Agent on the secondary Persistent Chat back-end server (%1) should "
           "run "
           "under a privileged account. In particular the account needs:<ul><li>read access to the network "
           "share "
           "the backups are placed in (%2),</li><li>write access to the local folder the backups are copied "
           "to "
           "(%3).</li></ul>Preflight reads the account and checks both paths as the instance sees them.")
            .arg(plan().backupInstance.name.toHtmlEscaped(), plan().backup.shareFolder.toHtmlEscaped(),
                 plan().logShipping.copyDestinationFolder.toHtmlEscaped()));
    if (!m_preflight || m_preflight->results().isEmpty())
        return;
    // The facts behind the note, as Preflight read them from the backup instance.
    QStringList facts;
    const QStringList wanted{QStringLiteral("backup.agent"), QStringLiteral("backup.share"),
                             QStringLiteral("backup.copyFolder")};
    for (int i = 0; i < m_preflight->results().size() && i < m_preflight->checks().size(); ++i) {
        const PreflightResult& result = m_preflight->results().at(i);
        if (wanted.contains(result.id)) {
            const QString status = result.status == PreflightResult::Pass      ? tr("pass")
                                   : result.status == PreflightResult::Warning ? tr("warning")
                                                                               : tr("fail");
            facts << QStringLiteral("<li>%1: %2 (%3)</li>")
                         .arg(m_preflight->checks().at(i).title.toHtmlEscaped(), result.found.toHtmlEscaped(),
                              status);
        }
    }
    if (!facts.isEmpty())
        m_important->setText(m_important->text() + tr("Preflight found:") + QStringLiteral("<ul>") +
                             facts.join(QString()) + QStringLiteral("</ul>"));
}

void ClearActiveServersPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(
        tr("Clear all servers from the Persistent Chat Server Active Server list with the "
           "Set-CsPersistentChatActiveServer cmdlet in the Lync Server Management Shell. This stops "
           "every Persistent Chat Server from connecting to the mgc and mgccomp databases during the "
           "failback. No Get- cmdlet for the list is documented: after Run you confirm from the "
           "cmdlet's output that the list is empty."));
    m_commandLabel->setText(tr("&Command:"));
    m_confirmEmpty->setText(tr("The cmdlet's output above shows that the Active Server list is now empty."));
    planChanged();
}

} // namespace pchat
