#include "connectiontest.h"

#include "checksql.h"
#include "erroradvice.h"
#include "sqlsession.h"

namespace pchat {

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionTestResult>();
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const InstanceSettings& instance)
{
    m_instance = instance;
    m_session = std::make_unique<SqlSession>(instance);
    SqlSession* session = m_session.get();
    connect(session, &SqlSession::opened, this, [session] {
        session->execute(CheckSql::serverInfo() + QLatin1Char('\n') + CheckSql::services());
    });
    connect(session, &SqlSession::openFailed, this, [this](const SqlMessages& messages) {
        ConnectionTestResult result;
        result.error = messages.isEmpty() ? SqlMessage{} : messages.constFirst();
        result.remedy = ErrorAdvice::remedyForOpenFailure(messages, m_instance);
        end(result);
    });
    connect(session, &SqlSession::finished, this,
            [this](quint64, const BatchResult& result) { report(result); });
    session->open();
}

void ConnectionTest::report(const BatchResult& batch)
{
    ConnectionTestResult result;
    result.connected = true;
    if (!batch.statements.isEmpty()) {
        const StatementResult& info = batch.statements.constFirst();
        result.serverName = info.value(0, QStringLiteral("server_name")).toString();
        result.version =
            QStringLiteral("%1 (%2)").arg(info.value(0, QStringLiteral("product_version")).toString(),
                                          info.value(0, QStringLiteral("product_level")).toString());
        result.edition = info.value(0, QStringLiteral("edition")).toString();
        result.loginName = info.value(0, QStringLiteral("login_name")).toString();
        result.sysadmin = info.value(0, QStringLiteral("is_sysadmin")).toInt() == 1;
    }
    if (batch.statements.size() > 1) {
        const StatementResult& services = batch.statements.at(1);
        for (int row = 0; row < services.rows.size(); ++row) {
            result.services << QStringLiteral("%1: %2, %3")
                                   .arg(services.value(row, QStringLiteral("servicename")).toString(),
                                        services.value(row, QStringLiteral("status_desc")).toString(),
                                        services.value(row, QStringLiteral("service_account")).toString());
        }
    }
    // Reading the service accounts needs VIEW SERVER STATE; without it the rest of the test still counts.
    if (!batch.succeeded()) {
        result.error = batch.firstError();
        result.remedy = ErrorAdvice::remedy(result.error);
    }
    end(result);
}

void ConnectionTest::end(const ConnectionTestResult& result)
{
    // The session is done; deleting it here would destroy the object whose signal is being delivered.
    if (m_session)
        m_session.release()->deleteLater();
    Q_EMIT finished(result);
}

} // namespace pchat
