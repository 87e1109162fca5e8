// One QODBC connection to one SQL Server instance, owned by a worker thread of its own (Qt's rule for
// QSqlDatabase): open, run batches, cancel. Results come back through signals emitted on the session's own
// thread; the caller never waits.
#pragma once

#include "backend/plan/instancesettings.h"
#include "batchresult.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QObject>
#include <QThread>

namespace pchat {

class OdbcBatchRunner;

class SqlSession : public QObject
{
    Q_OBJECT

public:
    explicit SqlSession(const InstanceSettings& instance, QObject* parent = nullptr);
    // Cancels a running batch, closes the connection and ends the thread.
    ~SqlSession() override;

    // Connects (asynchronously); opened or openFailed follows.
    void open(const QString& database = QStringLiteral("master"));
    // Queues a batch; message signals follow while it runs, then finished with the same tag.
    void execute(const QString& batch, quint64 tag = 0);
    // Thread-safe: cancels the running batch, if any.
    void cancel();
    bool isOpen() const { return m_open; }
    // The session id (@@SPID) of the connection once it is open, 0 before.
    int serverProcessId() const { return m_spid; }
    const InstanceSettings& instance() const { return m_instance; }

Q_SIGNALS:
    void opened(int spid);
    void openFailed(const pchat::SqlMessages& messages);
    void message(quint64 tag, const pchat::SqlMessage& message);
    void finished(quint64 tag, const pchat::BatchResult& result);

private:
    // Runs on the worker thread only.
    void openInThread(const QString& database);
    void executeInThread(const QString& batch, quint64 tag);
    void closeInThread();
    // Runs a signal emission on the thread the session belongs to (the caller's).
    void postToOwner(std::function<void()> emission);
    static SqlMessages messagesFromOpenError(const QString& driverText, const QString& nativeCodes);

    const InstanceSettings m_instance;
    const QString m_connectionName;
    QThread m_thread;
    // Lives in m_thread: every queued call runs there.
    QObject* m_context;
    std::unique_ptr<OdbcBatchRunner> m_runner; // created and used in m_thread
    std::atomic_bool m_open = false;
    std::atomic_int m_spid = 0;
    std::atomic<OdbcBatchRunner*> m_runnerForCancel = nullptr;
};

} // namespace pchat
