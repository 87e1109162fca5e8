#include "poolnormalpage.h"

#include "shell/lynccommands.h"
#include "widgets/commandpreview.h"
#include "widgets/fieldbinder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

PoolNormalPage::PoolNormalPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::PoolNormal, plan, parent)
    , m_intro(new QLabel)
    , m_form(new QFormLayout)
    , m_pool(new QLineEdit)
    , m_readPools(new QPushButton)
    , m_readReason(new QLabel)
    , m_pools(new QTableWidget(0, 2))
    , m_commandLabel(new QLabel)
    , m_command(new CommandPreview)
{
    setObjectName(QStringLiteral("poolNormalPage"));
    m_intro->setWordWrap(true);
    m_pool->setObjectName(QStringLiteral("poolIdentityStep7"));
    m_readPools->setObjectName(QStringLiteral("readPoolsButton"));
    m_readPools->setEnabled(false);
    m_readReason->setWordWrap(true);
    m_pools->setObjectName(QStringLiteral("poolsTable"));
    m_pools->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pools->verticalHeader()->setVisible(false);
    m_pools->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pools->setMaximumHeight(110);
    m_command->setObjectName(QStringLiteral("commandPreview"));
    m_commandLabel->setBuddy(m_command);

    m_form->addRow(QString(), binder().text(m_pool, QStringLiteral("lync.poolIdentity"),
                                            [](Plan& p) -> QString& { return p.lync.poolIdentity; }));
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_readPools);
    readRow->addWidget(m_readReason, 1);

    formLayout()->addWidget(m_intro);
    formLayout()->addLayout(m_form);
    formLayout()->addLayout(readRow);
    formLayout()->addWidget(m_pools);
    formLayout()->addWidget(m_commandLabel);
    formLayout()->addWidget(m_command);
    formLayout()->addStretch();
    retranslateUi();
}

QStringList PoolNormalPage::fieldPrefixes() const
{
    return {QStringLiteral("lync.poolIdentity")};
}

void PoolNormalPage::planChanged()
{
    m_command->setCommand(LyncCommands::setPoolStateNormal(plan().lync.poolIdentity) + QLatin1Char('\n') +
                          LyncCommands::getPoolState(plan().lync.poolIdentity));
}

void PoolNormalPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(
        tr("To restore the pool to its normal state, run Set-CsPersistentChatState with -PoolState "
           "Normal, then Get-CsPersistentChatState shows whether the pool is Normal. Microsoft's pages "
           "use different forms of the pool identity (PersistentChatServer:pool, service:pool, even "
           "\"service: pool\"): use the one Get-CsPersistentChatState lists."));
    FieldBinder::setRowLabel(m_form, m_pool, tr("&Pool identity:"));
    m_readPools->setText(tr("&Read pools (Get-CsPersistentChatState)"));
    m_readReason->setText(
        tr("Not available in this version: the wizard does not run the management shell yet."));
    m_pools->setHorizontalHeaderLabels({tr("Identity"), tr("Pool state")});
    m_commandLabel->setText(tr("&Commands:"));
    planChanged();
}

} // namespace pchat
