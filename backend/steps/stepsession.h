// One connection a step uses for one of its verbs: opens it, runs batches one after another, reports each
// batch (for the Messages pane and the audit trail) and forwards the server's messages live; each result goes
// to the callback given with its batch. Nothing here waits: callbacks run on the thread that owns the object.
#pragma once

#include "backend/plan/instancesettings.h"
#include "backend/sql/batchresult.h"
#include "backend/steps/commandreport.h"
#include "commandgate.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QHash>
#include <QObject>

namespace pchat {

class SqlSession;

class StepSession : public QObject
{
    Q_OBJECT

public:
    using OpenedHandler = std::function<void()>;
    using OpenFailedHandler = std::function<void(const SqlMessages& messages)>;
    using ResultHandler = std::function<void(const BatchResult& result)>;

    explicit StepSession(const InstanceSettings& instance, QObject* parent = nullptr);
    ~StepSession() override;

    void open(OpenedHandler onOpened, OpenFailedHandler onFailed,
              const QString& database = QStringLiteral("master"));
    // Emits commandStarted, waits for the gate (if any), runs the batch, then calls onResult with what it
    // produced. A batch the gate refuses is never sent: onResult gets a failed result naming the reason.
    void execute(const QString& batch, ResultHandler onResult);
    void setCommandGate(CommandGate gate) { m_gate = std::move(gate); }
    // Thread-safe: cancels the running batch, if any.
    void cancel();
    // Stops every callback and signal of this session for good and deletes it later: safe to call from one of
    // its own callbacks. A running batch is cancelled.
    void retire();

    bool isOpen() const;
    int serverProcessId() const;
    QString instanceName() const { return m_instanceName; }

Q_SIGNALS:
    void commandStarted(const QString& target, const QString& text);
    void commandFinished(const pchat::CommandReport& report);
    void message(const pchat::SqlMessage& message);

private:
    CommandReport reportOf(const BatchResult& result) const;
    // Delivers a result the server did not produce (refused or cancelled before sending).
    void complete(quint64 tag, const BatchResult& result);

    std::unique_ptr<SqlSession> m_session;
    QString m_instanceName;
    QHash<quint64, ResultHandler> m_handlers;
    quint64 m_nextTag = 1;
    OpenedHandler m_onOpened;
    OpenFailedHandler m_onOpenFailed;
    bool m_retired = false;
    CommandGate m_gate;
    // A cancel that came while a batch waited for its gate: the batch is then not sent at all.
    std::atomic_bool m_cancelRequested = false;
};

} // namespace pchat
