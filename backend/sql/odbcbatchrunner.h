// Runs one batch on an open ODBC connection and drains every result and message, so that the client never
// cuts a BACKUP or RESTORE short; the operator's cancel is the only way to stop it.
#pragma once

#include "batchresult.h"

#include <atomic>
#include <functional>
#include <mutex>

namespace pchat {

class OdbcBatchRunner
{
public:
    using MessageSink = std::function<void(const SqlMessage&)>;

    // connectionHandle: the SQLHDBC of an open connection, owned by the caller.
    explicit OdbcBatchRunner(void* connectionHandle);

    // Blocks until the server has sent everything for the batch; messages reach the sink as the driver
    // delivers them.
    BatchResult run(const QString& batch, const MessageSink& onMessage = {});
    // From any thread: asks the driver to cancel the running batch (SQLCancel sends an attention).
    void cancel();

    // Reads every diagnostic record of a handle (SQLGetDiagRec), without the driver's bracket prefixes.
    static SqlMessages diagnostics(short handleType, void* handle);
    // "[FreeTDS][SQL Server]Text" -> "Text"
    static QString withoutDriverPrefix(const QString& text);

private:
    void collect(void* statement, BatchResult& result, const MessageSink& onMessage);
    void readRows(void* statement, short columns, StatementResult& statement_, BatchResult& result,
                  const MessageSink& onMessage);

    void* m_connection;
    std::mutex m_mutex;
    // The statement of the running batch, for cancel(); guarded by m_mutex.
    void* m_statement = nullptr;
    std::atomic_bool m_cancelRequested = false;
};

} // namespace pchat
