#include "minutesfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace pchat {

namespace {

// The procedures take minutes; almost two years is beyond any sensible retention and keeps the boxes narrow.
constexpr int maximumMinutes = 999999;

} // namespace

void MinutesField::setUp(QSpinBox* box, int minimum)
{
    box->setRange(minimum, maximumMinutes);
}

void MinutesField::retranslate(QSpinBox* box)
{
    box->setSuffix(tr(" min"));
}

QLabel* MinutesField::wrappingLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QWidget* MinutesField::withHint(QWidget* field, QLabel* hint)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 0, Qt::AlignTop);
    layout->addWidget(hint, 0, Qt::AlignTop);
    layout->addStretch();
    return row;
}

QString MinutesField::hint(int minutes)
{
    // The plan counts minutes as the procedures do; SSMS shows hours, so say what the minutes amount to.
    if (minutes <= 0)
        return QString();
    if (minutes % (24 * 60) == 0)
        return tr("= %n day(s)", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        return tr("= %n hour(s)", nullptr, minutes / 60);
    if (minutes > 60)
        return tr("= %1 h %2 min").arg(QString::number(minutes / 60), QString::number(minutes % 60));
    return QString();
}

} // namespace pchat
