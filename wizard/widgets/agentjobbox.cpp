#include "agentjobbox.h"

#include "fieldbinder.h"
#include "scheduleeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pchat {

AgentJobBox::AgentJobBox(FieldBinder& binder, const QString& job, std::function<QString&(Plan&)> name,
                         std::function<AgentSchedule&(Plan&)> schedule, QWidget* parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit)
{
    const QString jobName = job + QStringLiteral("JobName");
    const QString scheduleName = job + QStringLiteral("Schedule");
    // Before binding: the binder names each message label after its widget.
    m_name->setObjectName(jobName);
    m_schedule = new ScheduleEditor(binder, QStringLiteral("logShipping.") + scheduleName,
                                    std::move(schedule), scheduleName);
    m_form->addRow(new QLabel,
                   binder.text(m_name, QStringLiteral("logShipping.") + jobName, std::move(name)));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_schedule);
}

void AgentJobBox::retranslateUi(const QString& title, const QString& nameLabel)
{
    setTitle(title);
    FieldBinder::setRowLabel(m_form, m_name, nameLabel);
    m_schedule->retranslateUi();
}

void AgentJobBox::updateSummary(const AgentSchedule& schedule)
{
    m_schedule->updateSummary(schedule);
}

} // namespace pchat
