// The form for one SQL Server Agent schedule of a log-shipping job, as SSMS's New Job Schedule dialog shows
// it.
#pragma once

#include "backend/plan/agentschedule.h"
#include "backend/plan/plan.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace pchat {

class FieldBinder;

class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    // fieldPrefix: the schedule's JSON path ("logShipping.backupSchedule"); objectNamePrefix: the start of
    // every child's objectName ("backupSchedule" gives "backupScheduleInterval").
    ScheduleEditor(FieldBinder& binder, const QString& fieldPrefix,
                   std::function<AgentSchedule&(Plan&)> schedule, const QString& objectNamePrefix,
                   QWidget* parent = nullptr);

    void retranslateUi();
    // Describes the schedule in one sentence, as SSMS's Summary does.
    void updateSummary(const AgentSchedule& schedule);

private:
    QGroupBox* m_box;
    QFormLayout* m_form;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QComboBox* m_unit;
    QLabel* m_startLabel;
    QTimeEdit* m_start;
    QLabel* m_endLabel;
    QTimeEdit* m_end;
    QLabel* m_summary;
    // Kept so that a language change can describe the schedule again without the plan.
    AgentSchedule m_shown;
};

} // namespace pchat
