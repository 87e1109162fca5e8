// Appends the events of a failback run to the tamper-evident journal <run folder>/journal.jsonl and creates
// run folders.
//
// File format: UTF-8, one JSON object per line, '\n' after each line, keys:
//   sequence (1, 2, ...), utc ("yyyy-MM-ddTHH:mm:ss.zzzZ"), operator, host, mode ("production"/"training"),
//   step (-1: none), kind, details (object, secrets redacted), previousHash, hash.
// previousHash is the hash of the previous line (64 zeros for the first), so that removing, inserting,
// reordering or changing a line breaks the chain; AuditVerifier checks it.
//
// Canonical form (what hash covers): the line's object without the "hash" key, written with
// QJsonDocument::Compact (a QJsonObject keeps its keys sorted, so the output does not depend on insertion
// order), parsed again and written again. The round trip makes the writer hash exactly what a reader will
// recompute from the line (numbers and strings normalised the way the parser reads them).
// hash = lower-case hex SHA-256 of those UTF-8 bytes.
#pragma once

#include "auditevent.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QString>

namespace pchat {

class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    enum class Mode
    {
        Production,
        Training
    };

    // Opens <folder>/journal.jsonl, creating the folder and the file if needed. An existing journal is
    // continued: the next event follows its last one in sequence and chain. Check isOpen()/lastError().
    Journal(const QString& folder, const QString& operatorName, const QString& host, Mode mode);
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    bool isOpen() const { return m_file.isOpen(); }
    QString filePath() const { return m_file.fileName(); }
    QString folder() const { return m_folder; }

    // Redacts details, writes the event as one line, flushes it and syncs it to the disk before returning.
    // false: nothing could be recorded (unwritable folder, disk full, damaged journal); lastError() says why
    // in the user's language, and the caller must not start the next action. On success *written (if given)
    // receives the event as it was written.
    bool append(const QString& kind, const QJsonObject& details = {}, int step = -1,
                AuditEvent* written = nullptr);
    QString lastError() const { return m_lastError; }

    // The last event written (or found when the journal was reopened); 0 and 64 zeros for none.
    qint64 lastSequence() const { return m_lastSequence; }
    QString lastHash() const { return m_lastHash; }

    // Replaces the value of every key named password or pwd, or ending in "password" (any case, at any
    // depth, also inside arrays) with "***", and in every string the value of PWD=<value> / Password=<value>
    // (as in ODBC connection strings, braced values included) with ***.
    static QJsonObject redact(const QJsonObject& details);
    static QString redactString(const QString& text);

    static QJsonObject toJson(const AuditEvent& event); // with "hash" when event.hash is set
    // false if a key is missing or has the wrong type.
    static bool fromJson(const QJsonObject& json, AuditEvent* event);
    // The line exactly as append() writes it (without '\n'): the round trip of canonicalForm, hash included.
    // The verifier requires every line to equal it, so that duplicate keys, extra whitespace or other
    // escapes, which the parser would forgive, show as an edited line.
    static QByteArray canonicalLine(const QJsonObject& json);
    // See the top of this file; json may contain "hash", which is left out.
    static QByteArray canonicalForm(const QJsonObject& json);
    static QString hashOf(const QJsonObject& json);
    static QString genesisHash(); // 64 zeros: the previousHash of the first event

    static QString modeName(Mode mode);
    // fsync (Unix) or _commit (Windows) of an open file's descriptor; false when the disk did not take it.
    static bool syncToDisk(int fd);
    static QString fileName() { return QStringLiteral("journal.jsonl"); }

    // Creates <root>/<yyyyMMdd-HHmmss>_<host>_<pool> (start time in UTC, host and pool reduced to
    // [A-Za-z0-9.-], others replaced by '-') with screens/ and scripts/ inside; if that folder exists
    // (two runs in one second), appends -2, -3, ... Returns the path, or an empty string and *error.
    static QString createRunFolder(const QString& root, const QDateTime& startUtc, const QString& host,
                                   const QString& pool, QString* error = nullptr);
    // The part is always between the time stamp and '_', so dots cannot make it hidden or a parent folder.
    static QString sanitizeNamePart(const QString& text);

private:
    bool open();
    bool fail(const QString& message);

    QString m_folder;
    QString m_operator;
    QString m_host;
    Mode m_mode;
    QFile m_file;
    qint64 m_lastSequence = 0;
    QString m_lastHash;
    bool m_needsNewline = false; // the existing file's last line lacks its '\n'
    QString m_lastError;
};

} // namespace pchat
