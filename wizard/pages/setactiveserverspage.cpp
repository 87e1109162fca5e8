#include "setactiveserverspage.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/shell/lynccommands.h"
#include "wizard/widgets/commandpreview.h"
#include "wizard/widgets/steprunpanel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {
enum Column
{
    FqdnColumn,
    DataCenterColumn,
    ColumnCount
};
}

SetActiveServersPage::SetActiveServersPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::SetActiveServers, plan, parent)
    , m_intro(new QLabel)
    , m_dataCenter(new QLabel)
    , m_servers(new QTableWidget(0, ColumnCount))
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_warningsBox(new QGroupBox)
    , m_warningsLayout(new QVBoxLayout(m_warningsBox))
    , m_commandLabel(new QLabel)
    , m_command(new CommandPreview)
{
    setObjectName(QStringLiteral("setActiveServersPage"));
    m_intro->setWordWrap(true);
    m_dataCenter->setObjectName(QStringLiteral("primaryDataCenterLabel"));
    m_servers->setObjectName(QStringLiteral("activeServersTable"));
    m_servers->verticalHeader()->setVisible(false);
    m_servers->horizontalHeader()->setSectionResizeMode(FqdnColumn, QHeaderView::Stretch);
    m_servers->horizontalHeader()->setSectionResizeMode(DataCenterColumn, QHeaderView::ResizeToContents);
    m_servers->setMinimumHeight(140);
    m_add->setObjectName(QStringLiteral("addServerButton"));
    m_remove->setObjectName(QStringLiteral("removeServerButton"));
    m_warningsBox->setObjectName(QStringLiteral("dataCenterWarnings"));
    m_command->setObjectName(QStringLiteral("commandPreview"));
    m_commandLabel->setBuddy(m_command);
    connect(m_servers, &QTableWidget::itemChanged, this, &SetActiveServersPage::tableEdited);
    connect(m_add, &QPushButton::clicked, this, &SetActiveServersPage::addServer);
    connect(m_remove, &QPushButton::clicked, this, &SetActiveServersPage::removeServer);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_servers, 1);
    tableRow->addLayout(buttons);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_dataCenter);
    formLayout()->addLayout(tableRow);
    formLayout()->addWidget(issueSummaryLabel());
    formLayout()->addWidget(m_warningsBox);
    formLayout()->addWidget(m_commandLabel);
    formLayout()->addWidget(m_command);
    formLayout()->addStretch();
    retranslateUi();
}

QStringList SetActiveServersPage::fieldPrefixes() const
{
    return {QStringLiteral("lync.activeServers")};
}

QStringList SetActiveServersPage::serversOutsidePrimaryDataCenter() const
{
    QStringList outside;
    for (const ActiveServer& server : plan().lync.activeServers) {
        if (!server.fqdn.isEmpty() &&
            server.dataCenter.compare(plan().lync.primaryDataCenter, Qt::CaseInsensitive) != 0)
            outside << server.fqdn;
    }
    return outside;
}

bool SetActiveServersPage::pageConditionsMet() const
{
    const QStringList outside = serversOutsidePrimaryDataCenter();
    return std::all_of(outside.cbegin(), outside.cend(),
                       [this](const QString& fqdn) { return m_acknowledged.contains(fqdn.toLower()); });
}

void SetActiveServersPage::planChanged()
{
    m_filling = true;
    const QList<ActiveServer>& servers = plan().lync.activeServers;
    m_servers->setRowCount(servers.size());
    for (int row = 0; row < servers.size(); ++row) {
        auto* fqdn = new QTableWidgetItem(servers.at(row).fqdn);
        auto* dataCenter = new QTableWidgetItem(servers.at(row).dataCenter);
        m_servers->setItem(row, FqdnColumn, fqdn);
        m_servers->setItem(row, DataCenterColumn, dataCenter);
    }
    m_filling = false;
    m_remove->setEnabled(!servers.isEmpty());
    m_dataCenter->setText(
        tr("Primary data center: <b>%1</b>").arg(plan().lync.primaryDataCenter.toHtmlEscaped()));

    QStringList fqdns;
    for (const ActiveServer& server : servers)
        fqdns << server.fqdn;
    m_command->setCommand(LyncCommands::addActiveServers(plan().lync.activeServerCollection, fqdns));
    rebuildWarnings();
}

void SetActiveServersPage::tableEdited()
{
    if (m_filling)
        return;
    QList<ActiveServer> servers;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_servers->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        servers << ActiveServer{text(FqdnColumn), text(DataCenterColumn)};
    }
    plan().lync.activeServers = servers;
    revalidate();
    QStringList fqdns;
    for (const ActiveServer& server : servers)
        fqdns << server.fqdn;
    m_command->setCommand(LyncCommands::addActiveServers(plan().lync.activeServerCollection, fqdns));
    rebuildWarnings();
    Q_EMIT planEdited();
}

void SetActiveServersPage::addServer()
{
    plan().lync.activeServers << ActiveServer{QString(), plan().lync.primaryDataCenter};
    reload();
    const int row = m_servers->rowCount() - 1;
    m_servers->setCurrentCell(row, FqdnColumn);
    m_servers->editItem(m_servers->item(row, FqdnColumn));
    Q_EMIT planEdited();
}

void SetActiveServersPage::removeServer()
{
    const int row = m_servers->currentRow() >= 0 ? m_servers->currentRow() : m_servers->rowCount() - 1;
    if (row < 0 || row >= plan().lync.activeServers.size())
        return;
    plan().lync.activeServers.removeAt(row);
    reload();
    Q_EMIT planEdited();
}

void SetActiveServersPage::rebuildWarnings()
{
    while (QLayoutItem* item = m_warningsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList outside = serversOutsidePrimaryDataCenter();
    for (const QString& fqdn : outside) {
        auto* box =
            new QCheckBox(tr("%1 is not in the primary data center %2. I confirm that it has a low-latency, "
                             "high-bandwidth connection to the primary database.")
                              .arg(fqdn, plan().lync.primaryDataCenter));
        box->setObjectName(QStringLiteral("acknowledge_") + fqdn.toLower());
        box->setChecked(m_acknowledged.contains(fqdn.toLower()));
        connect(box, &QCheckBox::toggled, this, [this, fqdn](bool on) {
            if (on)
                m_acknowledged.insert(fqdn.toLower());
            else
                m_acknowledged.remove(fqdn.toLower());
            if (on)
                OperatorLog::info(
                    QT_TRANSLATE_NOOP("OperatorLog",
                                      "The operator acknowledged the data-center warning for %1."),
                    {fqdn});
            else
                OperatorLog::info(
                    QT_TRANSLATE_NOOP(
                        "OperatorLog",
                        "The operator withdrew the acknowledgement of the data-center warning for %1."),
                    {fqdn});
            updateRunBlock();
            refreshComplete();
        });
        m_warningsLayout->addWidget(box);
    }
    m_warningsBox->setVisible(!outside.isEmpty());
    updateRunBlock();
    refreshComplete();
}

void SetActiveServersPage::updateRunBlock()
{
    runPanel()->setRunBlockedReason(
        pageConditionsMet()
            ? QString()
            : tr("Acknowledge the warning for every server outside the primary data center first."));
}

void SetActiveServersPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_servers->setAccessibleName(tr("Persistent Chat servers of the pool"));
    m_intro->setText(
        tr("Set the Persistent Chat Server active servers with Set-CsPersistentChatActiveServer. "
           "<b>Important:</b> all active servers must be in the same data center as the new primary "
           "database, or in a data center with a low-latency, high-bandwidth connection to it."));
    m_intro->setTextFormat(Qt::RichText);
    m_servers->setHorizontalHeaderLabels({tr("Server FQDN"), tr("Data center")});
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_warningsBox->setTitle(tr("Servers outside the primary data center"));
    m_commandLabel->setText(tr("&Command:"));
    planChanged();
}

} // namespace pchat
