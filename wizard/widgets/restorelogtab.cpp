#include "restorelogtab.h"

#include "agentjobbox.h"
#include "fieldbinder.h"
#include "minutesfield.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pchat {

RestoreLogTab::RestoreLogTab(Plan& plan, FieldBinder& binder, QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_modeLabel(new QLabel)
    , m_mode(new QButtonGroup(this))
    , m_noRecovery(new QRadioButton)
    , m_standby(new QRadioButton)
    , m_disconnectUsers(new QCheckBox)
    , m_form(new QFormLayout)
    , m_delayLabel(new QLabel)
    , m_delay(new QSpinBox)
    , m_delayHint(MinutesField::wrappingLabel(QStringLiteral("restoreDelayHint")))
    , m_alertEnabled(new QCheckBox)
    , m_alert(new QSpinBox)
    , m_alertHint(MinutesField::wrappingLabel(QStringLiteral("restoreAlertHint")))
    , m_job(new AgentJobBox(
          binder, QStringLiteral("restore"), [](Plan& p) -> QString& { return p.logShipping.restoreJobName; },
          [](Plan& p) -> AgentSchedule& { return p.logShipping.restoreSchedule; }))
{
    // Before binding: the binder names each message label after its widget.
    m_noRecovery->setObjectName(QStringLiteral("restoreModeNoRecovery"));
    m_standby->setObjectName(QStringLiteral("restoreModeStandby"));
    m_disconnectUsers->setObjectName(QStringLiteral("disconnectUsers"));
    m_delay->setObjectName(QStringLiteral("restoreDelay"));
    m_alertEnabled->setObjectName(QStringLiteral("restoreAlertEnabled"));
    m_alert->setObjectName(QStringLiteral("restoreAlert"));
    MinutesField::setUp(m_alert, 1);
    MinutesField::setUp(m_delay, 0);

    m_mode->addButton(m_noRecovery, int(LogRestoreMode::NoRecovery));
    m_mode->addButton(m_standby, int(LogRestoreMode::Standby));
    connect(m_mode, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (m_loading || !checked)
            return;
        m_plan.logShipping.restoreMode = LogRestoreMode(id);
        Q_EMIT edited();
    });
    auto* modeLayout = new QVBoxLayout;
    modeLayout->addWidget(m_modeLabel);
    modeLayout->addWidget(m_noRecovery);
    modeLayout->addWidget(m_standby);
    auto* disconnectRow = new QHBoxLayout;
    // Indented under Standby mode, which it belongs to, as in SSMS.
    disconnectRow->addSpacing(20);
    disconnectRow->addWidget(binder.check(m_disconnectUsers, QStringLiteral("logShipping.disconnectUsers"),
                                          [](Plan& p) -> bool& { return p.logShipping.disconnectUsers; }));
    modeLayout->addLayout(disconnectRow);
    m_delayLabel->setBuddy(m_delay);
    m_form->addRow(m_delayLabel,
                   MinutesField::withHint(
                       binder.number(m_delay, QStringLiteral("logShipping.restoreDelayMinutes"),
                                     [](Plan& p) -> int& { return p.logShipping.restoreDelayMinutes; }),
                       m_delayHint));
    m_form->addRow(binder.check(m_alertEnabled, QStringLiteral("logShipping.restoreAlertEnabled"),
                                [](Plan& p) -> bool& { return p.logShipping.restoreAlertEnabled; }),
                   MinutesField::withHint(
                       binder.number(m_alert, QStringLiteral("logShipping.restoreAlertMinutes"),
                                     [](Plan& p) -> int& { return p.logShipping.restoreAlertMinutes; }),
                       m_alertHint));
    m_form->addRow(m_job);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modeLayout);
    layout->addLayout(m_form);
    layout->addStretch();
}

void RestoreLogTab::showPlan()
{
    const LogShippingSettings& settings = m_plan.logShipping;
    m_loading = true;
    if (QAbstractButton* button = m_mode->button(int(settings.restoreMode)))
        button->setChecked(true);
    m_loading = false;
    m_alert->setEnabled(settings.restoreAlertEnabled);
    // SQL Server only disconnects users of a database it keeps readable between restores.
    m_disconnectUsers->setEnabled(settings.restoreMode == LogRestoreMode::Standby);
    m_job->updateSummary(settings.restoreSchedule);
    m_delayHint->setText(settings.restoreDelayMinutes == 0
                             ? tr("(the procedure uses 0 minutes)")
                             : MinutesField::hint(settings.restoreDelayMinutes));
    m_alertHint->setText(MinutesField::hint(settings.restoreAlertMinutes));
}

void RestoreLogTab::retranslateUi()
{
    m_modeLabel->setText(tr("Database state when restoring backups:"));
    // This tab and the form above it use up the free letters: the second mode is reached with the arrow keys
    // from the first, the check box with Tab.
    m_noRecovery->setText(tr("No recovery mode"));
    m_standby->setText(tr("S&tandby mode"));
    m_disconnectUsers->setText(tr("Disconnect users in the database when restoring backups"));
    m_delayLabel->setText(tr("Delay restorin&g backups at least:"));
    m_alertEnabled->setText(tr("Alert if no restore occurs &within:"));
    m_alert->setAccessibleName(tr("Alert if no restore occurs within"));
    for (QSpinBox* minutes : {m_delay, m_alert})
        MinutesField::retranslate(minutes);
    m_job->retranslateUi(tr("Restore job"), tr("Job name:"));
}

} // namespace pchat
