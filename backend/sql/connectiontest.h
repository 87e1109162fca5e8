// The Environment page's "Test connection": connects to an instance and reads who and what it is (name,
// version, edition, sysadmin, service accounts), or says why it could not, with a remedy.
#pragma once

#include "backend/plan/instancesettings.h"
#include "sqlmessage.h"

#include <memory>
#include <QObject>
#include <QStringList>

namespace pchat {

class SqlSession;
struct BatchResult;

struct ConnectionTestResult
{
    bool connected = false;
    QString serverName;
    QString version; // ProductVersion and level, e.g. "15.0.4312.2 (RTM)"
    QString edition;
    QString loginName;
    bool sysadmin = false;
    // "SQL Server (PCHAT): Running, CONTOSO\svc-pchat-sql" per service.
    QStringList services;
    // When not connected, or when the checks failed: the server's or driver's message and what to do.
    SqlMessage error;
    QString remedy;
};

class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    // Starts a test on a connection of its own; a test still running is abandoned.
    void start(const InstanceSettings& instance);
    bool isRunning() const { return m_session != nullptr; }

Q_SIGNALS:
    void finished(const pchat::ConnectionTestResult& result);

private:
    void report(const BatchResult& result);
    void end(const ConnectionTestResult& result);

    std::unique_ptr<SqlSession> m_session;
    InstanceSettings m_instance;
};

} // namespace pchat
