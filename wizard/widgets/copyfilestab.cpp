#include "copyfilestab.h"

#include "agentjobbox.h"
#include "fieldbinder.h"
#include "minutesfield.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pchat {

CopyFilesTab::CopyFilesTab(FieldBinder& binder, QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_folder(new QLineEdit)
    , m_retentionLabel(new QLabel)
    , m_retention(new QSpinBox)
    , m_retentionHint(MinutesField::wrappingLabel(QStringLiteral("copyRetentionHint")))
    , m_job(new AgentJobBox(
          binder, QStringLiteral("copy"), [](Plan& p) -> QString& { return p.logShipping.copyJobName; },
          [](Plan& p) -> AgentSchedule& { return p.logShipping.copySchedule; }))
{
    // Before binding: the binder names each message label after its widget. Not "copyDestinationFolder": the
    // Environment page's field of the same value has that name.
    m_folder->setObjectName(QStringLiteral("logShippingCopyFolder"));
    m_retention->setObjectName(QStringLiteral("copyRetention"));
    MinutesField::setUp(m_retention, 1);

    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->addRow(new QLabel,
                   binder.text(m_folder, QStringLiteral("logShipping.copyDestinationFolder"),
                               [](Plan& p) -> QString& { return p.logShipping.copyDestinationFolder; }));
    m_retentionLabel->setBuddy(m_retention);
    m_form->addRow(m_retentionLabel,
                   MinutesField::withHint(
                       binder.number(m_retention, QStringLiteral("logShipping.copyRetentionMinutes"),
                                     [](Plan& p) -> int& { return p.logShipping.copyRetentionMinutes; }),
                       m_retentionHint));
    m_form->addRow(m_job);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
}

void CopyFilesTab::showPlan(const LogShippingSettings& settings)
{
    m_job->updateSummary(settings.copySchedule);
    m_retentionHint->setText(MinutesField::hint(settings.copyRetentionMinutes));
}

void CopyFilesTab::retranslateUi()
{
    FieldBinder::setRowLabel(
        m_form, m_folder,
        tr("Destination &folder for copied files: (This folder is usually located on the secondary "
           "server.)"));
    m_folder->setPlaceholderText(QStringLiteral("E:\\PChatLSCopy"));
    m_retentionLabel->setText(tr("Delete copied files af&ter:"));
    MinutesField::retranslate(m_retention);
    m_job->retranslateUi(tr("Copy job"), tr("Job name:"));
}

} // namespace pchat
