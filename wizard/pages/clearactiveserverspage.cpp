#include "clearactiveserverspage.h"

#include "shell/lynccommands.h"
#include "widgets/commandpreview.h"

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
    formLayout()->addStretch();
    retranslateUi();
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
    planChanged();
}

} // namespace pchat
