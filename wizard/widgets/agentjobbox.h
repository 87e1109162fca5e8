// A log-shipping SQL Server Agent job as SSMS shows it: the job's name above its schedule.
#pragma once

#include "backend/plan/agentschedule.h"
#include "backend/plan/plan.h"

#include <functional>
#include <QGroupBox>

class QFormLayout;
class QLineEdit;

namespace pchat {

class FieldBinder;
class ScheduleEditor;

class AgentJobBox : public QGroupBox
{
    Q_OBJECT

public:
    // job: "backup", "copy" or "restore"; it names the plan's fields (logShipping.backupJobName,
    // logShipping.backupSchedule) and the children's objectNames (backupJobName, backupSchedule).
    AgentJobBox(FieldBinder& binder, const QString& job, std::function<QString&(Plan&)> name,
                std::function<AgentSchedule&(Plan&)> schedule, QWidget* parent = nullptr);

    void retranslateUi(const QString& title, const QString& nameLabel);
    void updateSummary(const AgentSchedule& schedule);

private:
    QFormLayout* m_form;
    QLineEdit* m_name;
    ScheduleEditor* m_schedule;
};

} // namespace pchat
