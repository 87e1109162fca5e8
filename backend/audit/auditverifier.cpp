#include "auditverifier.h"

#include "auditevent.h"
#include "journal.h"

#include <optional>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QList>

namespace pchat {

namespace {

using Result = AuditVerifier::VerifyResult;

struct Line
{
    int number = 0; // 1-based line number in the file, for messages
    bool valid = false;
    bool canonical = false; // byte for byte as the writer writes the parsed event
    QJsonObject json;
    AuditEvent event;
};

Result problem(Result result, Result::Problem kind, qint64 sequence, const QString& file,
               const QString& message)
{
    result.ok = false;
    result.problem = kind;
    result.sequence = sequence;
    result.file = file;
    result.message = message;
    return result;
}

// Empty when the file the event names under fileKey (a screenshot, a script) matches its sha256, else the
// problem (FileChanged or FileMissing) filled in.
std::optional<Result> checkFile(const Result& sofar, const QDir& folder, const AuditEvent& event,
                                QLatin1String fileKey)
{
    const QString file = event.details.value(fileKey).toString();
    const QString expected = event.details.value(AuditKey::Sha256).toString();
    const QString clean = QDir::cleanPath(file);
    // The journal names files inside the audit folder only; anything else is not evidence of this run.
    if (file.isEmpty() || QDir::isAbsolutePath(clean) || clean == QLatin1String("..") ||
        clean.startsWith(QLatin1String("../")))
        return problem(sofar, Result::FileMissing, event.sequence, file,
                       AuditVerifier::tr("Event %1 refers to \"%2\", which is not a file in the "
                                         "audit folder.")
                           .arg(QString::number(event.sequence), file));
    QFile screenshot(folder.filePath(clean));
    if (!screenshot.exists())
        return problem(sofar, Result::FileMissing, event.sequence, clean,
                       AuditVerifier::tr("The file %1 of event %2 is missing.")
                           .arg(clean, QString::number(event.sequence)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!screenshot.open(QIODevice::ReadOnly) || !hash.addData(&screenshot))
        return problem(sofar, Result::FileMissing, event.sequence, clean,
                       AuditVerifier::tr("The file %1 of event %2 cannot be read: %3")
                           .arg(clean, QString::number(event.sequence), screenshot.errorString()));
    if (QString::fromLatin1(hash.result().toHex()).compare(expected, Qt::CaseInsensitive) != 0)
        return problem(sofar, Result::FileChanged, event.sequence, clean,
                       AuditVerifier::tr("The file %1 of event %2 was changed: its content does not match "
                                         "the hash recorded in the journal.")
                           .arg(clean, QString::number(event.sequence)));
    return std::nullopt;
}

} // namespace

AuditVerifier::VerifyResult AuditVerifier::verify(const QString& folder)
{
    const QDir dir(folder);
    const QString journalName = Journal::fileName();
    Result result;

    QFile file(dir.filePath(journalName));
    if (!file.open(QIODevice::ReadOnly))
        return problem(result, Result::Unreadable, 0, journalName,
                       tr("Cannot read the audit journal %1: %2")
                           .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));

    QList<Line> lines;
    QHash<qint64, int> sequenceCount; // how often each sequence number occurs among the readable lines
    QList<QByteArray> rawLines = file.readAll().split('\n');
    // The writer ends every line with '\n', so the text after the last one is empty in an intact journal.
    if (!rawLines.isEmpty() && rawLines.constLast().isEmpty())
        rawLines.removeLast();
    int firstBlankLine = 0;
    for (int i = 0; i < rawLines.size(); ++i) {
        const QByteArray& raw = rawLines.at(i);
        // A blank line carries no event; it is reported as an edit once the events before it are verified.
        if (raw.trimmed().isEmpty()) {
            if (firstBlankLine == 0)
                firstBlankLine = i + 1;
            continue;
        }
        Line line;
        line.number = i + 1;
        const QJsonDocument document = QJsonDocument::fromJson(raw);
        line.json = document.object();
        line.valid = document.isObject() && Journal::fromJson(line.json, &line.event);
        line.canonical = line.valid && raw == Journal::canonicalLine(line.json);
        if (line.valid)
            ++sequenceCount[line.event.sequence];
        lines.append(line);
    }
    if (lines.isEmpty())
        return problem(
            result, Result::Unreadable, 0, journalName,
            tr("The audit journal %1 holds no events.").arg(QDir::toNativeSeparators(file.fileName())));
    qint64 lastSequence = 0;
    for (const Line& line : std::as_const(lines))
        lastSequence = std::max(lastSequence, line.valid ? line.event.sequence : 0);

    QString previousHash = Journal::genesisHash();
    QString lastKind;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        // Every earlier position held its own number, so this one must hold i + 1.
        const qint64 expected = i + 1;
        const AuditEvent& event = line.event;
        if (!line.valid)
            return problem(
                result, Result::Unreadable, expected, journalName,
                tr("Line %1 of the audit journal is not a readable event (event %2 belongs there).")
                    .arg(QString::number(line.number), QString::number(expected)));
        if (Journal::hashOf(line.json) != event.hash) {
            // The number is right but occurs twice: a line was added without knowing how to hash it.
            if (event.sequence == expected && sequenceCount.value(expected) > 1)
                return problem(result, Result::EventInserted, expected, journalName,
                               tr("An event was inserted: the journal holds event %1 more than once, and one "
                                  "of them does not match its hash.")
                                   .arg(expected));
            return problem(result, Result::EventChanged, expected, journalName,
                           tr("Event %1 was changed: its content does not match its hash (line %2).")
                               .arg(QString::number(expected), QString::number(line.number)));
        }
        // The parser forgives duplicate keys, whitespace and other escapes, and the hash covers what it
        // reads; the writer never produces them, so such a line was edited by hand.
        if (!line.canonical)
            return problem(result, Result::LineNotCanonical, expected, journalName,
                           tr("Line %1 of the audit journal was edited: it is not written as the program "
                              "writes event %2 (duplicate keys, extra spaces or different escapes).")
                               .arg(QString::number(line.number), QString::number(expected)));
        if (line.number > firstBlankLine && firstBlankLine > 0)
            return problem(
                result, Result::LineNotCanonical, expected, journalName,
                tr("Line %1 of the audit journal is blank: the program never writes an empty line, "
                   "so the journal was edited before event %2.")
                    .arg(QString::number(firstBlankLine), QString::number(expected)));
        if (event.sequence < expected)
            return problem(result, Result::EventInserted, event.sequence, journalName,
                           tr("An event was inserted: the journal holds event %1 more than once (again on "
                              "line %2).")
                               .arg(QString::number(event.sequence), QString::number(line.number)));
        if (event.sequence > expected) {
            if (sequenceCount.contains(expected))
                return problem(result, Result::EventsReordered, expected, journalName,
                               tr("The events were reordered: event %1 comes after event %2.")
                                   .arg(QString::number(expected), QString::number(event.sequence)));
            return problem(result, Result::EventRemoved, expected, journalName,
                           tr("Event %1 was removed: the journal continues with event %2.")
                               .arg(QString::number(expected), QString::number(event.sequence)));
        }
        if (event.previousHash != previousHash) {
            // More lines than numbers: one of them does not belong. Otherwise the event before was replaced
            // by a forged one that hashes correctly but cannot carry the original's hash forward.
            if (lines.size() > lastSequence || expected == 1)
                return problem(result, Result::EventInserted, expected, journalName,
                               tr("An event was inserted before event %1: it does not link to the event "
                                  "before it.")
                                   .arg(expected));
            return problem(result, Result::EventChanged, expected - 1, journalName,
                           tr("Event %1 was changed: event %2 does not link to it.")
                               .arg(QString::number(expected - 1), QString::number(expected)));
        }
        previousHash = event.hash;
        result.eventCount = expected;
        result.finalHash = event.hash;
        lastKind = event.kind;

        if (event.kind == AuditKind::Screenshot) {
            if (const std::optional<Result> broken = checkFile(result, dir, event, AuditKey::File))
                return *broken;
            ++result.screenshotCount;
        } else if (event.kind == AuditKind::CommandStarted && event.details.contains(AuditKey::Script)) {
            if (const std::optional<Result> broken = checkFile(result, dir, event, AuditKey::Script))
                return *broken;
            ++result.scriptCount;
        }
    }
    if (firstBlankLine > 0)
        return problem(result, Result::LineNotCanonical, result.eventCount + 1, journalName,
                       tr("Line %1 of the audit journal is blank: the program never writes an empty line, so "
                          "the journal was edited after event %2.")
                           .arg(QString::number(firstBlankLine), QString::number(result.eventCount)));
    // A cut-off journal is an intact chain too: only a closing event proves that nothing followed.
    if (lastKind != AuditKind::RunFinished && lastKind != AuditKind::RunInterrupted) {
        return problem(
            result, Result::NotClosed, result.eventCount, journalName,
            tr("The chain is intact up to event %1, but the run was never closed: the journal ends "
               "without run-finished or run-interrupted. The program was killed or crashed, the run "
               "is still going on, or the end of the journal was cut off.")
                .arg(result.eventCount));
    }
    result.ok = true;
    result.problem = Result::None;
    result.message = tr("%n events verified", nullptr, int(result.eventCount));
    return result;
}

} // namespace pchat
