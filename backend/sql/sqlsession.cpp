#include "sqlsession.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "connectionstring.h"
#include "odbcbatchrunner.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace pchat {

SqlSession::SqlSession(const InstanceSettings& instance, QObject* parent)
    : QObject(parent)
    , m_instance(instance)
    , m_connectionName(QStringLiteral("pchat-session-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_context(new QObject)
{
    qRegisterMetaType<SqlMessage>();
    qRegisterMetaType<SqlMessages>();
    qRegisterMetaType<BatchResult>();
    m_thread.setObjectName(QStringLiteral("sql:") + instance.name);
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

SqlSession::~SqlSession()
{
    cancel();
    QMetaObject::invokeMethod(
        m_context, [this] { closeInThread(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SqlSession::open(const QString& database)
{
    QMetaObject::invokeMethod(
        m_context, [this, database] { openInThread(database); }, Qt::QueuedConnection);
}

void SqlSession::execute(const QString& batch, quint64 tag)
{
    QMetaObject::invokeMethod(
        m_context, [this, batch, tag] { executeInThread(batch, tag); }, Qt::QueuedConnection);
}

void SqlSession::cancel()
{
    if (OdbcBatchRunner* runner = m_runnerForCancel.load())
        runner->cancel();
}

SqlMessages SqlSession::messagesFromOpenError(const QString& driverText, const QString& nativeCodes)
{
    // QODBC frees the connection handle after a failed connect, so its diagnostics survive only as the text
    // and the native codes of the QSqlError.
    SqlMessage message;
    message.isError = true;
    message.number = nativeCodes.section(QLatin1Char(';'), 0, 0).trimmed().toInt();
    message.text = OdbcBatchRunner::withoutDriverPrefix(driverText.trimmed());
    return {message};
}

void SqlSession::openInThread(const QString& database)
{
    if (m_open)
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_connectionName);
        db.setDatabaseName(ConnectionString::build(m_instance, database));
        db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1;SQL_ATTR_CONNECTION_TIMEOUT=0")
                                 .arg(m_instance.loginTimeoutSeconds));
        Logging::logger()->info("connecting to {} ({})", m_instance.name,
                                ConnectionString::redacted(m_instance, database));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const SqlMessages messages = messagesFromOpenError(
                error.databaseText().isEmpty() ? error.driverText() : error.databaseText(),
                error.nativeErrorCode());
            OperatorLog::warn(QT_TRANSLATE_NOOP("OperatorLog", "Connection to %1 failed: %2"),
                              {m_instance.name, messages.constFirst().text});
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            postToOwner([this, messages] { Q_EMIT openFailed(messages); });
            return;
        }
        const QVariant handle = db.driver()->handle();
        void* connection = handle.isValid() ? *static_cast<void* const*>(handle.constData()) : nullptr;
        m_runner = std::make_unique<OdbcBatchRunner>(connection);
    }
    const BatchResult spid = m_runner->run(QStringLiteral("SELECT @@SPID AS spid"));
    m_spid =
        spid.statements.isEmpty() ? 0 : spid.statements.constFirst().value(0, QStringLiteral("spid")).toInt();
    m_open = true;
    m_runnerForCancel = m_runner.get();
    // A step opens several sessions: the pane would fill with them, so they go to the file only.
    Logging::logger()->info("connected to {} as session {}", m_instance.name, int(m_spid));
    const int spidValue = m_spid;
    postToOwner([this, spidValue] { Q_EMIT opened(spidValue); });
}

void SqlSession::executeInThread(const QString& batch, quint64 tag)
{
    if (!m_open) {
        BatchResult result;
        result.outcome = BatchResult::Outcome::ConnectionLost;
        SqlMessage notOpen;
        notOpen.isError = true;
        notOpen.sqlState = QStringLiteral("08003");
        notOpen.text = tr("The connection to %1 is not open.").arg(m_instance.name);
        result.messages << notOpen;
        postToOwner([this, tag, result] { Q_EMIT finished(tag, result); });
        return;
    }
    const BatchResult result = m_runner->run(batch, [this, tag](const SqlMessage& message) {
        postToOwner([this, tag, message] { Q_EMIT this->message(tag, message); });
    });
    if (result.outcome == BatchResult::Outcome::ConnectionLost)
        OperatorLog::warn(QT_TRANSLATE_NOOP("OperatorLog", "Connection to %1 lost."), {m_instance.name});
    postToOwner([this, tag, result] { Q_EMIT finished(tag, result); });
}

void SqlSession::postToOwner(std::function<void()> emission)
{
    // Emitted from the session's own thread, the signals reach every receiver there in order; emitted from
    // the worker, a direct receiver (a test's QSignalSpy, say) could see a result before it even started to
    // wait. A session deleted in the meantime drops the posted call with it.
    QMetaObject::invokeMethod(this, std::move(emission), Qt::QueuedConnection);
}

void SqlSession::closeInThread()
{
    m_runnerForCancel = nullptr;
    m_runner.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

} // namespace pchat
