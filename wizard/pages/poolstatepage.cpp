#include "poolstatepage.h"

#include "backend/shell/lynccommands.h"
#include "wizard/widgets/commandpreview.h"
#include "wizard/widgets/fieldbinder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

PoolStatePage::PoolStatePage(StepId step, Plan& plan, const QString& poolFieldName,
                             PoolStateStep::SetStateCommand setState, QWidget* parent)
    : StepPage(step, plan, parent)
    , m_setState(setState)
    , m_intro(new QLabel)
    , m_form(new QFormLayout)
    , m_pool(new QLineEdit)
    , m_readPools(new QPushButton)
    , m_pools(new QTableWidget(0, 2))
    , m_commandLabel(new QLabel)
    , m_command(new CommandPreview)
{
    m_intro->setWordWrap(true);
    m_pool->setObjectName(poolFieldName);
    m_readPools->setObjectName(QStringLiteral("readPoolsButton"));
    connect(m_readPools, &QPushButton::clicked, this, [this] {
        if (stepObject())
            stepObject()->inspect(this->plan());
    });
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
    readRow->addStretch();

    formLayout()->addWidget(m_intro);
    formLayout()->addLayout(m_form);
    formLayout()->addLayout(readRow);
    formLayout()->addWidget(m_pools);
    formLayout()->addWidget(m_commandLabel);
    formLayout()->addWidget(m_command);
    formLayout()->addStretch();
}

QStringList PoolStatePage::fieldPrefixes() const
{
    return {QStringLiteral("lync.poolIdentity")};
}

void PoolStatePage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    m_readPools->setEnabled(step != nullptr);
    auto* poolStep = qobject_cast<PoolStateStep*>(step);
    if (!poolStep)
        return;
    const auto showPools = [this, poolStep] {
        const PoolStateInfos& pools = poolStep->pools();
        m_pools->setRowCount(int(pools.size()));
        for (int row = 0; row < pools.size(); ++row) {
            m_pools->setItem(row, 0, new QTableWidgetItem(pools.at(row).identity));
            m_pools->setItem(row, 1, new QTableWidgetItem(pools.at(row).state));
        }
    };
    connect(step, &FailbackStep::inspected, this, showPools);
    connect(step, &FailbackStep::finished, this, showPools);
    // The documentation writes the identity in several forms; picking a listed pool uses the one that works.
    connect(m_pools, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem* identity = m_pools->item(row, 0)) {
            plan().lync.poolIdentity = identity->text();
            reload();
            Q_EMIT planEdited();
        }
    });
}

void PoolStatePage::planChanged()
{
    m_command->setCommand(m_setState(plan().lync.poolIdentity) + QLatin1Char('\n') +
                          LyncCommands::getPoolState(plan().lync.poolIdentity));
}

void PoolStatePage::retranslateUi()
{
    StepPage::retranslateUi();
    m_pools->setAccessibleName(tr("Persistent Chat pools and their state"));
    m_intro->setText(introText());
    FieldBinder::setRowLabel(m_form, m_pool, tr("&Pool identity:"));
    m_readPools->setText(tr("&Read pools (Get-CsPersistentChatState)"));
    m_pools->setToolTip(tr("Double-click a pool to use its identity."));
    m_pools->setHorizontalHeaderLabels({tr("Identity"), tr("Pool state")});
    m_commandLabel->setText(tr("&Commands:"));
    planChanged();
}

} // namespace pchat
