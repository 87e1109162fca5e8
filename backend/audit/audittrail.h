// Records one failback run in its audit folder: events in order (written and synced on a thread of their
// own), the files they refer to, the steps' commands and results, and the gate that lets an action start
// only once the trail could record it.
#pragma once

#include "auditevent.h"
#include "backend/steps/commandgate.h"
#include "evidencefile.h"
#include "runinfo.h"

#include <functional>
#include <QObject>
#include <QPointer>

class QThread;

namespace pchat {

class AuditWriter;
class FailbackStep;
class PreflightRunner;
struct SqlMessage;

class AuditTrail : public QObject
{
    Q_OBJECT

public:
    explicit AuditTrail(QObject* parent = nullptr);
    // Writes what is still queued, then stops the writer.
    ~AuditTrail() override;

    // Creates <root>/<time>_<host>_<pool> and records run-started. Waits for the disk (once, before the run
    // begins); false with *error in the user's language when the folder or journal cannot be written.
    bool startRun(const QString& root, const RunInfo& info, QString* error);
    // The same without waiting: the folder is made and the journal opened on the writer's thread, and done
    // is called on context's thread with the outcome (error in the user's language when it failed). For the
    // wizard, whose window must not freeze while a slow or network disk answers. Until done, isActive() is
    // false.
    void startRunAsync(const QString& root, const RunInfo& info, QObject* context,
                       std::function<void(bool started, const QString& error)> done);
    // Continues the journal of an interrupted run in folder and records run-resumed.
    bool resumeRun(const QString& folder, const RunInfo& info, QString* error);
    bool isActive() const { return !m_folder.isEmpty(); }
    // A startRunAsync has not called back yet.
    bool isStarting() const { return m_starting; }
    QString folder() const { return m_folder; }
    Journal::Mode mode() const { return m_info.mode; }
    // Once a write failed nothing more is recorded, and whenWritten never proceeds.
    bool hasFailed() const { return !m_failure.isEmpty(); }
    QString failure() const { return m_failure; }

    // Queues an event; returns at once.
    void record(QLatin1String kind, const QJsonObject& details = {}, int step = -1);
    // Queues a file (its bytes made by produce on the writer's thread) and an event naming it with its
    // SHA-256; the writer names it <subfolder>/<sequence>-step<k>-<label>.<extension> (see AuditWriter).
    void recordFile(const EvidenceFile& file, std::function<QByteArray()> produce, QLatin1String kind,
                    const QJsonObject& details, int step, const QString& fileKey = AuditKey::File);
    // Calls then on context's thread once every event queued so far is on the disk. When the trail cannot
    // be written, failed() is emitted instead and then is dropped: no server is changed without a record.
    // otherwise (if given) is called on context's thread with the reason instead of then.
    void whenWritten(QObject* context, std::function<void()> then,
                     std::function<void(const QString& reason)> otherwise = {});
    // Waits until everything queued is written (the end of a run, a test).
    void flush();
    // After the closing event (run-finished or run-interrupted) nothing more belongs to the run: a late
    // screenshot or message is dropped rather than written after the end.
    void seal() { m_sealed = true; }
    bool isSealed() const { return m_sealed; }

    // Follows a step: state changes with their outcome, each command with a copy under scripts/, the
    // server's messages, and how each command ended. Write-ahead: each command goes out only once its
    // command-started event and script are on the disk, and never when they cannot be written.
    // number is the step's number in its procedure, as the journal records it.
    void attachStep(FailbackStep* step, int number);
    // Follows Preflight: each check's result and the queries it sent (written ahead like a step's).
    void attachPreflight(PreflightRunner* runner);

    static QString statusName(int status);
    static QJsonObject messageJson(const SqlMessage& message);

Q_SIGNALS:
    // Recording failed; message says why and what to do, in the user's language.
    void failed(const QString& message);

private:
    // Lets a command go once everything recorded so far (its command-started event included) is written.
    CommandGate commandGate();
    // What starting, resuming and the async start share: the run's facts, and no seal or failure of a run before.
    void beginRun(const RunInfo& info);
    bool openWriter(const QString& folder, QString* error);
    void recordRunStarted();
    void reportFailure(const QString& message);

    RunInfo m_info;
    QString m_folder;
    bool m_starting = false;
    QString m_failure;
    bool m_sealed = false;
    QThread* m_thread;
    AuditWriter* m_writer; // lives on m_thread
};

} // namespace pchat
