#include "restorerun.h"

#include "backend/sql/batchresult.h"
#include "backend/sql/restoresql.h"
#include "stepsession.h"

namespace pchat {

void RestoreRun::start(StepSession* worker, const QString& database, const QStringList& batches, Hooks hooks)
{
    m_worker = worker;
    m_database = database;
    m_batches = batches;
    m_hooks = std::move(hooks);
    m_singleUserSet = false;
    m_restoreStarted = false;
    sendNext();
}

void RestoreRun::sendNext()
{
    if (m_hooks.cancelRequested && m_hooks.cancelRequested()) {
        m_hooks.stopped(nullptr, false);
        return;
    }
    if (m_batches.isEmpty()) {
        m_hooks.completed();
        return;
    }
    if (!m_worker)
        return;
    const QString batch = m_batches.takeFirst();
    const bool isRestore = RestoreSql::isRestoreBatch(batch);
    const bool isSingleUser = batch == RestoreSql::setSingleUser(m_database);
    if (isRestore) {
        m_restoreStarted = true;
        if (m_hooks.restoreStarting)
            m_hooks.restoreStarting();
    }
    m_worker->execute(batch, [this, isRestore, isSingleUser](const BatchResult& result) {
        if (isRestore && m_hooks.restoreEnded)
            m_hooks.restoreEnded(result);
        if (!result.succeeded()) {
            m_hooks.stopped(&result, isRestore);
            return;
        }
        if (isSingleUser)
            m_singleUserSet = true;
        if (isRestore)
            m_singleUserSet = false;
        sendNext();
    });
}

void RestoreRun::giveBack(StepSession* session, std::function<void()> then)
{
    if (!m_singleUserSet || !session) {
        then();
        return;
    }
    m_singleUserSet = false;
    session->execute(RestoreSql::setMultiUser(m_database), [then](const BatchResult&) { then(); });
}

ProgressSample RestoreRun::finishedSample(const BatchResult& result)
{
    ProgressSample done;
    done.command = QStringLiteral("RESTORE DATABASE");
    done.percent = 100;
    done.elapsedMs = result.elapsedMs;
    done.remainingMs = 0;
    return done;
}

} // namespace pchat
