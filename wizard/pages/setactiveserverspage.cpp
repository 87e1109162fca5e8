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
    : SetActiveServersPage(StepId::SetActiveServers, plan, ColumnCount, parent)
{
    setObjectName(QStringLiteral("setActiveServersPage"));
    m_servers->horizontalHeader()->setSectionResizeMode(DataCenterColumn, QHeaderView::ResizeToContents);
    retranslateUi();
}

SetActiveServersPage::SetActiveServersPage(StepId step, Plan& plan, int columnCount, QWidget* parent)
    : StepPage(step, plan, parent)
    , m_intro(new QLabel)
    , m_dataCenter(new QLabel)
    , m_servers(new QTableWidget(0, columnCount))
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_warningsBox(new QGroupBox)
    , m_warningsLayout(new QVBoxLayout(m_warningsBox))
    , m_commandLabel(new QLabel)
    , m_command(new CommandPreview)
{
    m_intro->setWordWrap(true);
    m_dataCenter->setObjectName(QStringLiteral("primaryDataCenterLabel"));
    m_servers->setObjectName(QStringLiteral("activeServersTable"));
    m_servers->verticalHeader()->setVisible(false);
    m_servers->horizontalHeader()->setSectionResizeMode(FqdnColumn, QHeaderView::Stretch);
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
}

QStringList SetActiveServersPage::fieldPrefixes() const
{
    return {QStringLiteral("lync.activeServers")};
}

QStringList SetActiveServersPage::serversToAcknowledge() const
{
    QStringList outside;
    for (const ActiveServer& server : plan().lync.activeServers) {
        if (!server.fqdn.isEmpty() &&
            server.dataCenter.compare(plan().lync.primaryDataCenter, Qt::CaseInsensitive) != 0)
            outside << server.fqdn;
    }
    return outside;
}

QList<QStringList> SetActiveServersPage::serverRows() const
{
    QList<QStringList> rows;
    for (const ActiveServer& server : plan().lync.activeServers)
        rows << QStringList{server.fqdn, server.dataCenter};
    return rows;
}

void SetActiveServersPage::setServerRows(const QList<QStringList>& rows)
{
    QList<ActiveServer> servers;
    for (const QStringList& row : rows)
        servers << ActiveServer{row.value(FqdnColumn), row.value(DataCenterColumn)};
    plan().lync.activeServers = servers;
}

QStringList SetActiveServersPage::newServerRow() const
{
    return {QString(), plan().lync.primaryDataCenter};
}

QString SetActiveServersPage::serverCommand() const
{
    return LyncCommands::addActiveServers(plan().lync);
}

QStringList SetActiveServersPage::columnTitles() const
{
    return {tr("Server FQDN"), tr("Data center")};
}

QString SetActiveServersPage::dataCenterText() const
{
    return tr("Primary data center: <b>%1</b>").arg(plan().lync.primaryDataCenter.toHtmlEscaped());
}

QString SetActiveServersPage::introText() const
{
    return tr("Set the Persistent Chat Server active servers with Set-CsPersistentChatActiveServer. "
              "<b>Important:</b> all active servers must be in the same data center as the new primary "
              "database, or in a data center with a low-latency, high-bandwidth connection to it.");
}

bool SetActiveServersPage::pageConditionsMet() const
{
    const QStringList outside = serversToAcknowledge();
    return std::all_of(outside.cbegin(), outside.cend(),
                       [this](const QString& fqdn) { return m_acknowledged.contains(fqdn.toLower()); });
}

void SetActiveServersPage::planChanged()
{
    m_filling = true;
    const QList<QStringList> rows = serverRows();
    m_servers->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < m_servers->columnCount(); ++column)
            m_servers->setItem(row, column, new QTableWidgetItem(rows.at(row).value(column)));
    }
    m_filling = false;
    m_remove->setEnabled(!rows.isEmpty());
    m_dataCenter->setText(dataCenterText());
    m_command->setCommand(serverCommand());
    rebuildWarnings();
}

void SetActiveServersPage::tableEdited()
{
    if (m_filling)
        return;
    QList<QStringList> rows;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_servers->columnCount(); ++column) {
            const QTableWidgetItem* item = m_servers->item(row, column);
            cells << (item ? item->text().trimmed() : QString());
        }
        rows << cells;
    }
    setServerRows(rows);
    revalidate();
    m_command->setCommand(serverCommand());
    rebuildWarnings();
    Q_EMIT planEdited();
}

void SetActiveServersPage::addServer()
{
    setServerRows(serverRows() << newServerRow());
    reload();
    const int row = m_servers->rowCount() - 1;
    m_servers->setCurrentCell(row, FqdnColumn);
    m_servers->editItem(m_servers->item(row, FqdnColumn));
    Q_EMIT planEdited();
}

void SetActiveServersPage::removeServer()
{
    const int row = m_servers->currentRow() >= 0 ? m_servers->currentRow() : m_servers->rowCount() - 1;
    QList<QStringList> rows = serverRows();
    if (row < 0 || row >= rows.size())
        return;
    rows.removeAt(row);
    setServerRows(rows);
    reload();
    Q_EMIT planEdited();
}

void SetActiveServersPage::rebuildWarnings()
{
    while (QLayoutItem* item = m_warningsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList outside = serversToAcknowledge();
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
    m_intro->setText(introText());
    m_intro->setTextFormat(Qt::RichText);
    m_servers->setHorizontalHeaderLabels(columnTitles());
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_warningsBox->setTitle(tr("Servers outside the primary data center"));
    m_commandLabel->setText(tr("&Command:"));
    planChanged();
}

} // namespace pchat
