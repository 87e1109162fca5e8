#include "scheduleeditor.h"

#include "fieldbinder.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pchat {

namespace {

// SQL Server Agent shows and stores schedule times to the second, in 24-hour form.
QString timeFormat()
{
    return QStringLiteral("HH:mm:ss");
}

} // namespace

ScheduleEditor::ScheduleEditor(FieldBinder& binder, const QString& fieldPrefix,
                               std::function<AgentSchedule&(Plan&)> schedule, const QString& objectNamePrefix,
                               QWidget* parent)
    : QWidget(parent)
    , m_box(new QGroupBox)
    , m_form(new QFormLayout(m_box))
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_intervalLabel(new QLabel)
    , m_interval(new QSpinBox)
    , m_unit(new QComboBox)
    , m_startLabel(new QLabel)
    , m_start(new QTimeEdit)
    , m_endLabel(new QLabel)
    , m_end(new QTimeEdit)
    , m_summary(new QLabel)
{
    const auto name = [&objectNamePrefix](const char* suffix) {
        return objectNamePrefix + QLatin1String(suffix);
    };
    setObjectName(objectNamePrefix);
    // Before binding: the binder names each message label after its widget.
    m_name->setObjectName(name("Name"));
    m_interval->setObjectName(name("Interval"));
    m_unit->setObjectName(name("Unit"));
    m_start->setObjectName(name("StartTime"));
    m_end->setObjectName(name("EndTime"));
    m_summary->setObjectName(name("Summary"));

    // The validator reports an interval out of range for the unit; the widest range lets it say so.
    m_interval->setRange(1, 1440);
    m_unit->addItem(QString(), int(ScheduleUnit::Minutes));
    m_unit->addItem(QString(), int(ScheduleUnit::Hours));
    m_start->setDisplayFormat(timeFormat());
    m_end->setDisplayFormat(timeFormat());
    m_summary->setWordWrap(true);

    const auto field = [&fieldPrefix](const char* member) {
        return fieldPrefix + QLatin1Char('.') + QLatin1String(member);
    };
    auto* intervalRow = new QWidget;
    auto* intervalLayout = new QHBoxLayout(intervalRow);
    intervalLayout->setContentsMargins(0, 0, 0, 0);
    intervalLayout->addWidget(binder.number(m_interval, field("interval"),
                                            [schedule](Plan& p) -> int& { return schedule(p).interval; }));
    intervalLayout->addWidget(binder.choice<ScheduleUnit>(
        m_unit, field("unit"), [schedule](Plan& p) -> ScheduleUnit& { return schedule(p).unit; }));
    intervalLayout->addStretch();
    intervalLayout->setAlignment(Qt::AlignTop);

    m_nameLabel->setBuddy(m_name);
    m_intervalLabel->setBuddy(m_interval);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    m_form->addRow(m_nameLabel, binder.text(m_name, field("name"),
                                            [schedule](Plan& p) -> QString& { return schedule(p).name; }));
    m_form->addRow(m_intervalLabel, intervalRow);
    m_form->addRow(m_startLabel, binder.time(m_start, field("startTime"), [schedule](Plan& p) -> QTime& {
        return schedule(p).startTime;
    }));
    m_form->addRow(m_endLabel, binder.time(m_end, field("endTime"),
                                           [schedule](Plan& p) -> QTime& { return schedule(p).endTime; }));
    m_form->addRow(m_summary);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
}

void ScheduleEditor::updateSummary(const AgentSchedule& schedule)
{
    m_shown = schedule;
    const QString from = schedule.startTime.toString(timeFormat());
    const QString to = schedule.endTime.toString(timeFormat());
    QString text =
        schedule.unit == ScheduleUnit::Hours
            ? tr("Occurs every day every %n hour(s) between %1 and %2.", nullptr, schedule.interval)
                  .arg(from, to)
            : tr("Occurs every day every %n minute(s) between %1 and %2.", nullptr, schedule.interval)
                  .arg(from, to);
    const int date = schedule.activeStartDate;
    const QDate startDate(date / 10000, date / 100 % 100, date % 100);
    if (date == 0)
        text += QLatin1Char(' ') + tr("Schedule will be used starting on the day the script is made.");
    else if (startDate.isValid())
        text += QLatin1Char(' ') + tr("Schedule will be used starting on %1.")
                                       .arg(QLocale().toString(startDate, QLocale::ShortFormat));
    m_summary->setText(text);
}

void ScheduleEditor::retranslateUi()
{
    // No mnemonics: a page holds several schedules, and the same letter would jump between them.
    m_box->setTitle(tr("Schedule"));
    m_nameLabel->setText(tr("Name:"));
    m_intervalLabel->setText(tr("Occurs every:"));
    m_unit->setItemText(0, tr("Minute(s)"));
    m_unit->setItemText(1, tr("Hour(s)"));
    m_startLabel->setText(tr("Starting at:"));
    m_endLabel->setText(tr("Ending at:"));
    updateSummary(m_shown);
}

} // namespace pchat
