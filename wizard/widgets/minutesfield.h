// The minute fields of log shipping: a spin box in minutes with a hint of what the minutes amount to.
#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QSpinBox;
class QWidget;

namespace pchat {

class MinutesField
{
    Q_DECLARE_TR_FUNCTIONS(MinutesField)

public:
    // A spin box counting minutes from minimum up to a bound beyond any sensible retention.
    static void setUp(QSpinBox* box, int minimum);
    static void retranslate(QSpinBox* box);
    // A word-wrapping label for a hint or a long caption, named for the tests.
    static QLabel* wrappingLabel(const QString& objectName);
    // A bound field with its hint to the right.
    static QWidget* withHint(QWidget* field, QLabel* hint);
    // "= 2 hour(s)" for 120; empty where the minutes say it best.
    static QString hint(int minutes);
};

} // namespace pchat
