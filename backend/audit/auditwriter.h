// The side of the audit trail that touches the disk: owns the journal on a thread of its own, so that syncing
// every event to the disk never stalls the UI, and writes the files the events refer to.
#pragma once

#include "evidencefile.h"
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
    // Makes the file's bytes (on this thread: encoding a screenshot must not stall the UI), writes them to a
    // new file <subfolder>/<sequence>-step<k>-<label>.<extension> ("-step<k>" only for a step >= 0; the label
    // reduced to a safe file name), syncs it, and appends an event whose details name the file under fileKey
    // and its SHA-256 under "sha256". An existing file is never replaced: its sequence is skipped.
    bool appendWithFile(const EvidenceFile& file, const std::function<QByteArray()>& produce,
                        const QString& kind, QJsonObject details, int step, const QString& fileKey);

    // The name the file gets with this sequence number.
    static QString evidenceName(const EvidenceFile& file, int step, int sequence);
    // The sequence number at the start of an evidence file's name, 0 for another name.
    static int sequenceOf(const QString& fileName);

    QString lastError() const { return m_lastError; }
    qint64 lastSequence() const { return m_journal ? m_journal->lastSequence() : 0; }
    QString lastHash() const { return m_journal ? m_journal->lastHash() : Journal::genesisHash(); }

private:
    bool fail(const QString& message);
    // Creates the file exclusively with the next free sequence number and writes and syncs bytes; returns
    // its path relative to the folder, or an empty string after fail().
    QString writeNewFile(const EvidenceFile& file, int step, const QByteArray& bytes);

    std::unique_ptr<Journal> m_journal;
    int m_fileNumber = 0;
    bool m_failed = false;
    QString m_lastError;
};

} // namespace pchat
