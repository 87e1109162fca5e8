#include "fieldbinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pchat {

FieldBinder::FieldBinder(Plan& plan, QObject* parent)
    : QObject(parent)
    , m_plan(plan)
{
}

QWidget* FieldBinder::text(QLineEdit* edit, const QString& field, std::function<QString&(Plan&)> value)
{
    connect(edit, &QLineEdit::textEdited, this, [this, value](const QString& text) {
        value(m_plan) = text;
        Q_EMIT edited();
    });
    return wrap(edit, field, [this, edit, value] {
        // Only when it differs, so that the cursor of a field being typed in stays where it is.
        if (edit->text() != value(m_plan))
            edit->setText(value(m_plan));
    });
}

QWidget* FieldBinder::editableText(QComboBox* box, const QString& field, std::function<QString&(Plan&)> value)
{
    connect(box, &QComboBox::currentTextChanged, this, [this, value](const QString& text) {
        if (m_loading)
            return;
        value(m_plan) = text;
        Q_EMIT edited();
    });
    return wrap(box, field, [this, box, value] {
        if (box->currentText() != value(m_plan))
            box->setCurrentText(value(m_plan));
    });
}

QWidget* FieldBinder::check(QCheckBox* box, const QString& field, std::function<bool&(Plan&)> value)
{
    connect(box, &QCheckBox::toggled, this, [this, value](bool on) {
        if (m_loading)
            return;
        value(m_plan) = on;
        Q_EMIT edited();
    });
    return wrap(box, field, [this, box, value] { box->setChecked(value(m_plan)); });
}

QWidget* FieldBinder::number(QSpinBox* box, const QString& field, std::function<int&(Plan&)> value)
{
    connect(box, &QSpinBox::valueChanged, this, [this, value](int v) {
        if (m_loading)
            return;
        value(m_plan) = v;
        Q_EMIT edited();
    });
    return wrap(box, field, [this, box, value] { box->setValue(value(m_plan)); });
}

QWidget* FieldBinder::time(QTimeEdit* edit, const QString& field, std::function<QTime&(Plan&)> value)
{
    connect(edit, &QTimeEdit::timeChanged, this, [this, value](QTime t) {
        if (m_loading)
            return;
        value(m_plan) = t;
        Q_EMIT edited();
    });
    return wrap(edit, field, [this, edit, value] { edit->setTime(value(m_plan)); });
}

QWidget* FieldBinder::choiceInt(QComboBox* box, const QString& field, std::function<int(const Plan&)> get,
                                std::function<void(Plan&, int)> set)
{
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, set](int index) {
        if (m_loading || index < 0)
            return;
        set(m_plan, box->itemData(index).toInt());
        Q_EMIT edited();
    });
    return wrap(box, field, [this, box, get] {
        const int index = box->findData(get(m_plan));
        if (index >= 0)
            box->setCurrentIndex(index);
    });
}

QWidget* FieldBinder::wrap(QWidget* widget, const QString& field, std::function<void()> load)
{
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    auto* message = new QLabel;
    message->setObjectName(widget->objectName() + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    message->setVisible(false);
    layout->addWidget(message);
    widget->setProperty("planField", field);
    m_bindings.insert(field, Binding{widget, message, std::move(load)});
    return container;
}

void FieldBinder::setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    // The row's field is the binder's wrapper around the field, or the field itself when it is not bound.
    QWidget* rowField = field;
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(rowField, &row, &role);
    if (row < 0 && field->parentWidget()) {
        rowField = field->parentWidget();
        form->getWidgetPosition(rowField, &row, &role);
    }
    if (row < 0)
        return;
    auto* label = qobject_cast<QLabel*>(form->labelForField(rowField));
    if (!label) {
        // QFormLayout makes no label for a row added with an empty text.
        label = new QLabel;
        form->setWidget(row, QFormLayout::LabelRole, label);
    }
    label->setText(text);
    label->setBuddy(field);
}

void FieldBinder::load()
{
    m_loading = true;
    for (const Binding& binding : std::as_const(m_bindings))
        binding.load();
    m_loading = false;
}

void FieldBinder::markInvalid(const Binding& binding, const QString& message)
{
    const bool invalid = !message.isEmpty();
    binding.message->setText(message);
    binding.message->setVisible(invalid);
    binding.widget->setToolTip(message);
    if (binding.widget->property("invalid").toBool() != invalid) {
        binding.widget->setProperty("invalid", invalid);
        // A dynamic property only restyles after the style is re-applied.
        binding.widget->style()->unpolish(binding.widget);
        binding.widget->style()->polish(binding.widget);
    }
}

ValidationIssues FieldBinder::showIssues(const ValidationIssues& issues)
{
    QHash<QString, QStringList> byField;
    ValidationIssues unshown;
    for (const ValidationIssue& issue : issues) {
        if (m_bindings.contains(issue.field))
            byField[issue.field] << issue.message;
        else
            unshown << issue;
    }
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
        markInvalid(it.value(), byField.value(it.key()).join(QLatin1Char('\n')));
    return unshown;
}

QLabel* FieldBinder::messageLabel(QWidget* boundWidget) const
{
    for (const Binding& binding : m_bindings) {
        if (binding.widget == boundWidget)
            return binding.message;
    }
    return nullptr;
}

} // namespace pchat
