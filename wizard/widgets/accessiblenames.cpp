#include "accessiblenames.h"

#include <QFormLayout>
#include <QLabel>
#include <QVariant>
#include <QWidget>

namespace pchat {

namespace {

// Marks a name this class gave, so that a later language switch may replace it but a hand-set name stays.
const char* const givenName = "pchatAccessibleNameFromLabel";

QString plainText(const QString& labelText)
{
    QString text = labelText;
    // "&Instance name:" reads as "Instance name".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

void name(QWidget* input, const QString& labelText)
{
    if (!input || labelText.isEmpty())
        return;
    if (!input->accessibleName().isEmpty() && !input->property(givenName).toBool())
        return;
    const QString text = plainText(labelText);
    // Qt 6.4 announces every setAccessibleName to the accessibility layer, which builds the input's
    // interface: on every Next, for every input of the page, that cost milliseconds for no change.
    if (input->accessibleName() == text)
        return;
    input->setAccessibleName(text);
    input->setProperty(givenName, true);
}

} // namespace

void AccessibleNames::fromLabels(QWidget* root)
{
    if (!root)
        return;
    for (QLabel* label : root->findChildren<QLabel*>())
        name(label->buddy(), label->text());
    for (QFormLayout* form : root->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
            if (label && fieldItem && fieldItem->widget())
                name(fieldItem->widget(), label->text());
        }
    }
}

} // namespace pchat
