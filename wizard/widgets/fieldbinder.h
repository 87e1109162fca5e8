// Binds form widgets to fields of the plan both ways and shows each field's validation message under it.
#pragma once

#include "backend/plan/plan.h"
#include "backend/plan/validationissue.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QSet>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;
class QWidget;

namespace pchat {

class FieldBinder : public QObject
{
    Q_OBJECT

public:
    FieldBinder(Plan& plan, QObject* parent = nullptr);

    // Each returns the widget wrapped together with its (hidden) message label, ready for a layout.
    QWidget* text(QLineEdit* edit, const QString& field, std::function<QString&(Plan&)> value);
    // An editable combo box whose text is the value (a name picked from a list or typed).
    QWidget* editableText(QComboBox* box, const QString& field, std::function<QString&(Plan&)> value);
    QWidget* check(QCheckBox* box, const QString& field, std::function<bool&(Plan&)> value);
    QWidget* number(QSpinBox* box, const QString& field, std::function<int&(Plan&)> value);
    QWidget* time(QTimeEdit* edit, const QString& field, std::function<QTime&(Plan&)> value);
    // Items of the box carry the enum's int value as their data.
    template <typename Enum>
    QWidget* choice(QComboBox* box, const QString& field, std::function<Enum&(Plan&)> value)
    {
        return choiceInt(
            box, field, [value](const Plan& plan) { return int(value(const_cast<Plan&>(plan))); },
            [value](Plan& plan, int v) { value(plan) = Enum(v); });
    }

    // Sets the text of the form row that holds a bound field (the row's field is the field's wrapper).
    static void setRowLabel(QFormLayout* form, QWidget* field, const QString& text);

    // Plan to widgets, without reporting edits.
    void load();
    // Shows each issue under its field; returns the issues that no bound widget shows.
    ValidationIssues showIssues(const ValidationIssues& issues);
    // The wrapper's message label of a bound widget, for tests and for pages that place it themselves.
    QLabel* messageLabel(QWidget* boundWidget) const;

Q_SIGNALS:
    // A widget changed the plan.
    void edited();

private:
    struct Binding
    {
        QWidget* widget = nullptr;
        QLabel* message = nullptr;
        std::function<void()> load;
    };

    QWidget* choiceInt(QComboBox* box, const QString& field, std::function<int(const Plan&)> get,
                       std::function<void(Plan&, int)> set);
    QWidget* wrap(QWidget* widget, const QString& field, std::function<void()> load);
    void markInvalid(const Binding& binding, const QString& message);

    Plan& m_plan;
    QHash<QString, Binding> m_bindings;
    bool m_loading = false;
};

} // namespace pchat
