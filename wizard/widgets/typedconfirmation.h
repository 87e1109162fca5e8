// The box on a destructive page where the operator types the database and the instance it overwrites.
#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace pchat {

class TypedConfirmation : public QGroupBox
{
    Q_OBJECT

public:
    TypedConfirmation(const QString& databaseObjectName, const QString& instanceObjectName,
                      QWidget* parent = nullptr);

    // What must be typed: the database exactly, the instance in any case (SQL Server names are
    // case-insensitive).
    void setTarget(const QString& database, const QString& instance);
    bool matches() const;
    // What the operator typed, for the audit trail.
    QString typedDatabase() const;
    QString typedInstance() const;
    // The page's texts: its hint and row labels (mnemonics differ per page).
    void setTexts(const QString& title, const QString& hint, const QString& databaseLabel,
                  const QString& instanceLabel);

Q_SIGNALS:
    void edited();

private:
    QLabel* m_hint;
    QFormLayout* m_form;
    QLineEdit* m_database;
    QLineEdit* m_instance;
    QString m_targetDatabase;
    QString m_targetInstance;
};

} // namespace pchat
