#include "typedconfirmation.h"

#include "fieldbinder.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pchat {

TypedConfirmation::TypedConfirmation(const QString& databaseObjectName, const QString& instanceObjectName,
                                     QWidget* parent)
    : QGroupBox(parent)
    , m_hint(new QLabel)
    , m_form(new QFormLayout)
    , m_database(new QLineEdit)
    , m_instance(new QLineEdit)
{
    m_hint->setWordWrap(true);
    m_database->setObjectName(databaseObjectName);
    m_instance->setObjectName(instanceObjectName);
    m_form->addRow(new QLabel, m_database);
    m_form->addRow(new QLabel, m_instance);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(m_form);
    connect(m_database, &QLineEdit::textChanged, this, &TypedConfirmation::edited);
    connect(m_instance, &QLineEdit::textChanged, this, &TypedConfirmation::edited);
}

void TypedConfirmation::setTarget(const QString& database, const QString& instance)
{
    m_targetDatabase = database;
    m_targetInstance = instance;
}

bool TypedConfirmation::matches() const
{
    return !m_targetDatabase.isEmpty() && m_database->text().trimmed() == m_targetDatabase &&
           m_instance->text().trimmed().compare(m_targetInstance, Qt::CaseInsensitive) == 0;
}

void TypedConfirmation::setTexts(const QString& title, const QString& hint, const QString& databaseLabel,
                                 const QString& instanceLabel)
{
    setTitle(title);
    m_hint->setText(hint);
    FieldBinder::setRowLabel(m_form, m_database, databaseLabel);
    FieldBinder::setRowLabel(m_form, m_instance, instanceLabel);
}

QString TypedConfirmation::typedDatabase() const
{
    return m_database->text();
}

QString TypedConfirmation::typedInstance() const
{
    return m_instance->text();
}

} // namespace pchat
