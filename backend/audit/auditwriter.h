// The side of the audit trail that touches the disk: owns the journal on a thread of its own, so that syncing
// every event to the disk never stalls the UI, and writes the files the events refer to.
#pragma once

#include "journal.h"

#include <functional>
#include <memory>
#include <QObject>

namespace pchat {

class AuditWriter : public QObject
{
    Q_OBJECT

public:
    AuditWriter();
    ~AuditWriter() override;

    // All of these run on the writer's thread (AuditTrail queues them there).
    bool open(const QString& folder, const QString& operatorName, const QString& host, Journal::Mode mode,
              QString* error);
    // false once anything failed: nothing is written after a failure, so the journal never has gaps.
    bool append(const QString& kind, const QJsonObject& details, int step);
    // Makes the file's bytes (on this thread: encoding a screenshot must not stall the UI), writes them under
    // the folder with "%1" in relativePattern replaced by a running number, syncs them, and appends an event
    // whose details name the file under fileKey and its SHA-256 under "sha256".
    bool appendWithFile(const QString& relativePattern, const std::function<QByteArray()>& produce,
                        const QString& kind, QJsonObject details, int step, const QString& fileKey);

    QString lastError() const { return m_lastError; }
    qint64 lastSequence() const { return m_journal ? m_journal->lastSequence() : 0; }
    QString lastHash() const { return m_journal ? m_journal->lastHash() : Journal::genesisHash(); }

private:
    bool fail(const QString& message);
    int nextFileNumber() const;

    std::unique_ptr<Journal> m_journal;
    mutable int m_fileNumber = 0;
    bool m_failed = false;
    QString m_lastError;
};

} // namespace pchat
