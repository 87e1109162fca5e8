// The form for one SQL Server instance: name, address, authentication, ODBC driver and encryption.
#pragma once

#include "backend/plan/instancesettings.h"
#include "backend/plan/plan.h"
#include "backend/sql/connectiontest.h"

#include <functional>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pchat {

class FieldBinder;

class InstanceEditor : public QWidget
{
    Q_OBJECT

public:
    // prefix: the plan's JSON key of the instance ("backupInstance"), also the prefix of the objectNames.
    InstanceEditor(Plan& plan, FieldBinder& binder, const QString& prefix,
                   std::function<InstanceSettings&(Plan&)> instance, QWidget* parent = nullptr);

    void retranslateUi();
    // What this instance is in the procedure, shown above the form.
    void setIntro(const QString& text);
    // Enables the login fields for SQL Server Authentication only.
    void updateAuthentication(const InstanceSettings& settings);

private:
    void testConnection();
    void showTestResult(const ConnectionTestResult& result);
    void updateTlsNote();

    Plan& m_plan;
    std::function<InstanceSettings&(Plan&)> m_instance;
    ConnectionTest* m_connectionTest;
    QLabel* m_testResult;
    QFormLayout* m_form;
    QLabel* m_intro;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QComboBox* m_authentication;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_driver;
    QComboBox* m_encryption;
    QCheckBox* m_trustCertificate;
    QLabel* m_tlsNote; // FreeTDS encrypts without checking the certificate
    QSpinBox* m_timeout;
    QPushButton* m_test;
};

} // namespace pchat
