#include "failoverinstallmirrorpage.h"

#include "backend/steps/failoverinstallmirrorstep.h"
#include "wizard/widgets/commandpreview.h"
#include "wizard/widgets/failoversettingsbox.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

FailoverInstallMirrorPage::FailoverInstallMirrorPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::FailoverInstallMirror, plan, parent)
    , m_intro(new QLabel)
    , m_settings(new FailoverSettingsBox(plan, binder(), false))
    , m_mirroring(new QTableWidget(0, 4))
    , m_commandLabel(new QLabel)
    , m_command(new CommandPreview)
{
    setObjectName(QStringLiteral("failoverInstallMirrorPage"));
    m_intro->setWordWrap(true);
    m_mirroring->setObjectName(QStringLiteral("mirroringTable"));
    m_mirroring->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mirroring->verticalHeader()->setVisible(false);
    m_mirroring->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mirroring->setMaximumHeight(90);
    m_command->setObjectName(QStringLiteral("commandPreview"));
    m_commandLabel->setBuddy(m_command);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_settings);
    formLayout()->addWidget(m_mirroring);
    formLayout()->addWidget(m_commandLabel);
    formLayout()->addWidget(m_command);
    formLayout()->addStretch();
    retranslateUi();
}

QStringList FailoverInstallMirrorPage::fieldPrefixes() const
{
    return m_settings->fieldPrefixes();
}

void FailoverInstallMirrorPage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    auto* mirrorStep = qobject_cast<FailoverInstallMirrorStep*>(step);
    if (!mirrorStep)
        return;
    const auto showMirroring = [this, mirrorStep] {
        const MirroringInfos& infos = mirrorStep->mirroring();
        m_mirroring->setRowCount(int(infos.size()));
        for (int row = 0; row < infos.size(); ++row) {
            const MirroringInfo& info = infos.at(row);
            const QStringList cells{info.database, info.mirrored ? info.role : tr("not mirrored"), info.state,
                                    info.partnerInstance};
            for (int column = 0; column < cells.size(); ++column)
                m_mirroring->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    };
    connect(step, &FailbackStep::inspected, this, showMirroring);
    connect(step, &FailbackStep::finished, this, showMirroring);
}

void FailoverInstallMirrorPage::planChanged()
{
    m_settings->planChanged();
    m_command->setCommand(QStringList{
        FailoverInstallMirrorStep::installCommand(plan(), ChatDatabaseType::PersistentChat),
        FailoverInstallMirrorStep::installCommand(plan(), ChatDatabaseType::PersistentChatCompliance),
        FailoverInstallMirrorStep::stateCommand(plan())}
                              .join(QLatin1Char('\n')));
}

void FailoverInstallMirrorPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(
        tr("Establish a high availability mirror for the backup database that now serves as the "
           "primary database: the backup instance is the principal, the backup's mirror instance "
           "the mirror (not the mirror the primary had). The wizard reads sys.database_mirroring on "
           "the backup instance and Get-CsDatabaseMirrorState afterwards."));
    m_mirroring->setAccessibleName(tr("Mirroring on the backup instance"));
    m_mirroring->setHorizontalHeaderLabels({tr("Database"), tr("Role"), tr("State"), tr("Partner")});
    m_commandLabel->setText(tr("&Commands:"));
    m_settings->retranslateUi();
    planChanged();
}

} // namespace pchat
