#include "instanceeditor.h"

#include "backend/sql/freetdsconfig.h"
#include "backend/sql/odbcdrivers.h"
#include "fieldbinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pchat {

InstanceEditor::InstanceEditor(Plan& plan, FieldBinder& binder, const QString& prefix,
                               std::function<InstanceSettings&(Plan&)> instance, QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_instance(instance)
    , m_connectionTest(new ConnectionTest(this))
    , m_testResult(new QLabel)
    , m_form(new QFormLayout)
    , m_intro(new QLabel)
    , m_name(new QLineEdit)
    , m_address(new QLineEdit)
    , m_authentication(new QComboBox)
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_driver(new QComboBox)
    , m_encryption(new QComboBox)
    , m_trustCertificate(new QCheckBox)
    , m_tlsNote(new QLabel)
    , m_timeout(new QSpinBox)
    , m_test(new QPushButton)
{
    const auto name = [&prefix](const char* suffix) { return prefix + QLatin1String(suffix); };
    m_name->setObjectName(name("Name"));
    m_address->setObjectName(name("Address"));
    m_authentication->setObjectName(name("Authentication"));
    m_login->setObjectName(name("Login"));
    m_password->setObjectName(name("Password"));
    m_driver->setObjectName(name("OdbcDriver"));
    m_encryption->setObjectName(name("Encryption"));
    m_trustCertificate->setObjectName(name("TrustServerCertificate"));
    m_timeout->setObjectName(name("LoginTimeout"));
    m_test->setObjectName(name("TestConnection"));

    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_authentication->addItem(QString(), int(Authentication::Windows));
    m_authentication->addItem(QString(), int(Authentication::SqlLogin));
    // The drivers the procedure is known to work with first, then whatever else the driver manager has
    // installed; the field also takes a name typed by hand.
    m_driver->setEditable(true);
    // Microsoft's drivers are the defaults; FreeTDS is the Linux driver and shows on Windows only when the
    // driver manager has it.
    QStringList drivers{QStringLiteral("ODBC Driver 18 for SQL Server"),
                        QStringLiteral("ODBC Driver 17 for SQL Server")};
#ifndef Q_OS_WIN
    drivers << QStringLiteral("FreeTDS");
#endif
    for (const QString& installed : OdbcDrivers::installed()) {
        if (!drivers.contains(installed))
            drivers << installed;
    }
    m_driver->addItems(drivers);
    m_encryption->addItem(QString(), int(Encryption::Optional));
    m_encryption->addItem(QString(), int(Encryption::Mandatory));
    m_encryption->addItem(QString(), int(Encryption::Strict));
    m_timeout->setRange(1, 600);
    m_testResult->setObjectName(name("TestResult"));
    m_testResult->setWordWrap(true);
    // Server texts are shown as they are, never as markup.
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &InstanceEditor::testConnection);
    connect(m_connectionTest, &ConnectionTest::finished, this, &InstanceEditor::showTestResult);

    m_form->addRow(m_intro);
    m_form->addRow(QString(), binder.text(m_name, prefix + QStringLiteral(".name"),
                                          [instance](Plan& p) -> QString& { return instance(p).name; }));
    m_form->addRow(QString(), binder.text(m_address, prefix + QStringLiteral(".address"),
                                          [instance](Plan& p) -> QString& { return instance(p).address; }));
    m_form->addRow(QString(),
                   binder.choice<Authentication>(
                       m_authentication, prefix + QStringLiteral(".authentication"),
                       [instance](Plan& p) -> Authentication& { return instance(p).authentication; }));
    m_form->addRow(QString(), binder.text(m_login, prefix + QStringLiteral(".login"),
                                          [instance](Plan& p) -> QString& { return instance(p).login; }));
    m_form->addRow(QString(), binder.text(m_password, prefix + QStringLiteral(".password"),
                                          [instance](Plan& p) -> QString& { return instance(p).password; }));
    m_form->addRow(QString(),
                   binder.editableText(m_driver, prefix + QStringLiteral(".odbcDriver"),
                                       [instance](Plan& p) -> QString& { return instance(p).odbcDriver; }));
    m_form->addRow(QString(), binder.choice<Encryption>(
                                  m_encryption, prefix + QStringLiteral(".encryption"),
                                  [instance](Plan& p) -> Encryption& { return instance(p).encryption; }));
    m_form->addRow(QString(),
                   binder.check(m_trustCertificate, prefix + QStringLiteral(".trustServerCertificate"),
                                [instance](Plan& p) -> bool& { return instance(p).trustServerCertificate; }));
    m_tlsNote->setObjectName(name("TlsNote"));
    m_tlsNote->setWordWrap(true);
    m_tlsNote->hide();
    m_form->addRow(QString(), m_tlsNote);
    connect(m_driver, &QComboBox::currentTextChanged, this, &InstanceEditor::updateTlsNote);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &InstanceEditor::updateTlsNote);
    m_form->addRow(QString(),
                   binder.number(m_timeout, prefix + QStringLiteral(".loginTimeoutSeconds"),
                                 [instance](Plan& p) -> int& { return instance(p).loginTimeoutSeconds; }));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    m_form->addRow(testRow);
    setLayout(m_form);
}

void InstanceEditor::testConnection()
{
    const InstanceSettings& settings = m_instance(m_plan);
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1 (at most %n second(s))…", "", settings.loginTimeoutSeconds)
                              .arg(settings.connectAddress()));
    m_connectionTest->start(settings);
}

void InstanceEditor::showTestResult(const ConnectionTestResult& result)
{
    m_test->setEnabled(true);
    QStringList lines;
    if (result.connected) {
        lines << tr("Connected to %1, SQL Server %2, %3.")
                     .arg(result.serverName, result.version, result.edition);
        lines << (result.sysadmin ? tr("The login %1 is sysadmin.").arg(result.loginName)
                                  : tr("The login %1 is not sysadmin: the failback needs sysadmin on both "
                                       "instances.")
                                        .arg(result.loginName));
        for (const QString& service : result.services)
            lines << service;
    }
    if (!result.error.text.isEmpty()) {
        lines << (result.error.number > 0
                      ? tr("Error %1: %2").arg(QString::number(result.error.number), result.error.text)
                      : result.error.text);
        if (!result.remedy.isEmpty())
            lines << tr("What to do: %1").arg(result.remedy);
    }
    const bool good = result.connected && result.sysadmin && result.error.text.isEmpty();
    m_testResult->setStyleSheet(good ? QString() : QStringLiteral("color: #b3261e;"));
    m_testResult->setText(lines.join(QLatin1Char('\n')));
}

void InstanceEditor::setIntro(const QString& text)
{
    m_intro->setText(text);
}

void InstanceEditor::updateAuthentication(const InstanceSettings& settings)
{
    const bool sqlLogin = settings.authentication == Authentication::SqlLogin;
    m_login->setEnabled(sqlLogin);
    m_password->setEnabled(sqlLogin);
    updateTlsNote();
}

void InstanceEditor::updateTlsNote()
{
    InstanceSettings shown;
    shown.odbcDriver = m_driver->currentText();
    shown.encryption = Encryption(m_encryption->currentData().toInt());
    // Never claim a verification the driver does not do (Preflight warns as well).
    // freetds.conf is read only when it matters, not when the wizard starts.
    m_tlsNote->setVisible(FreeTdsConfig::encryptsWithoutVerifying(shown, {}) &&
                          FreeTdsConfig::caFile().isEmpty());
}

void InstanceEditor::retranslateUi()
{
    const auto label = [this](QWidget* field, const QString& text) {
        FieldBinder::setRowLabel(m_form, field, text);
    };
    label(m_name, tr("Instance na&me:"));
    label(m_address, tr("Connect &to:"));
    label(m_authentication, tr("&Authentication:"));
    label(m_login, tr("&Login:"));
    label(m_password, tr("&Password:"));
    label(m_driver, tr("ODBC &driver:"));
    label(m_encryption, tr("&Encryption:"));
    label(m_timeout, tr("Connection time&out:"));
    m_name->setPlaceholderText(tr("SERVER\\INSTANCE, as @@SERVERNAME returns it"));
    m_address->setPlaceholderText(tr("optional: host,port when the name cannot be reached directly"));
    m_authentication->setItemText(0, tr("Windows Authentication"));
    m_authentication->setItemText(1, tr("SQL Server Authentication"));
    m_password->setPlaceholderText(tr("kept in memory only, never saved"));
    m_encryption->setItemText(0, tr("Optional"));
    m_encryption->setItemText(1, tr("Mandatory"));
    m_encryption->setItemText(2, tr("Strict (TDS 8.0)"));
    m_trustCertificate->setText(tr("Trust server certificate"));
    m_tlsNote->setText(
        tr("FreeTDS encrypts this connection but does not check the server's certificate: no CA file "
           "is named in freetds.conf. Name one there (\"ca file\" in [global]) or use Microsoft's "
           "ODBC Driver 18."));
    m_timeout->setSuffix(tr(" s"));
    m_test->setText(tr("Test &connection"));
}

} // namespace pchat
