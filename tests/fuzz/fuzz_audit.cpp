// libFuzzer target: a journal.jsonl as it may be found in an audit folder (copied, edited, cut short, or
// written by someone else). The verifier checks it (--verify-audit, the report cover), the resume reads it
// (RecordedRun) and the journal opens it to continue it; each line is also read on its own as an event.
// Mutated lines almost never carry a matching SHA-256, so the journal is checked a second time as a forger
// would leave it: every line that is a JSON object re-hashed and re-linked. That version gets past the hashes
// to the checks behind them (sequence, order, closing event, evidence files).
#include "backend/audit/auditevent.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journal.h"
#include "backend/audit/recordedrun.h"
#include "backend/run/procedure.h"
#include "fuzzqt.h"

#include <cstdint>
#include <cstdlib>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pchat;

namespace {

using Result = AuditVerifier::VerifyResult;

// The folder the verifier reads, for the whole run (scripts/fuzz.sh points TMPDIR at memory). It holds one
// script and one screenshot, which the seeds' events name with their hashes, so that inputs get past the
// evidence checks; any other file an event names is missing.
const QTemporaryDir& auditFolder()
{
    static QTemporaryDir folder;
    static const bool evidence = [] {
        QDir dir(folder.path());
        dir.mkpath(QStringLiteral("scripts"));
        dir.mkpath(QStringLiteral("screens"));
        QFile script(dir.filePath(QStringLiteral("scripts/0001-step0-PCSQL01-PCHAT.sql")));
        QFile screen(dir.filePath(QStringLiteral("screens/0002-step0-page.png")));
        return script.open(QIODevice::WriteOnly) && script.write("SELECT 1\n") == 9 &&
               screen.open(QIODevice::WriteOnly) && screen.write("\x89PNG\r\n\x1a\nfuzz", 12) == 12;
    }();
    if (!evidence)
        std::abort();
    return folder;
}

// Every line that is a JSON object gets the previous line's hash and its own, as Journal writes them.
QByteArray rechained(const QByteArray& bytes)
{
    QByteArray out;
    QString previous = Journal::genesisHash();
    for (const QByteArray& line : bytes.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
        if (!document.isObject()) {
            out += line + '\n';
            continue;
        }
        QJsonObject json = document.object();
        json.insert(QStringLiteral("previousHash"), previous);
        json.insert(QStringLiteral("hash"), Journal::hashOf(json));
        previous = json.value(QLatin1String("hash")).toString();
        out += QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

Result verifyFolder(const QByteArray& journal)
{
    const QString folder = auditFolder().path();
    QFile file(QDir(folder).filePath(Journal::fileName()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(journal) != journal.size())
        std::abort();
    file.close();

    const Result result = AuditVerifier::verify(folder);
    if (result.ok != (result.problem == Result::None) || result.message.isEmpty())
        std::abort();
    if (result.ok && (result.eventCount < 1 || result.finalHash.size() != 64))
        std::abort();

    QString error;
    if (const std::optional<RecordedRun> run = RecordedRun::read(folder, &error)) {
        for (const Procedure* procedure : Procedure::all())
            (void)run->describe(procedure->describeProgress(*run));
    }
    {
        // Continuing the journal only reads it: nothing is appended here.
        const Journal continued(folder, QStringLiteral("fuzz"), QStringLiteral("fuzz-host"),
                                Journal::Mode::Training);
        if (continued.isOpen() && result.ok && continued.lastHash() != result.finalHash)
            std::abort(); // an intact chain is continued from its final hash
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& line : bytes.split('\n')) {
        AuditEvent event;
        const QJsonObject json = QJsonDocument::fromJson(line.trimmed()).object();
        if (Journal::fromJson(json, &event))
            (void)(Journal::hashOf(json) == event.hash);
        (void)Journal::canonicalForm(json);
    }
    verifyFolder(bytes);
    // Every event of the forged chain matches its hash and links to the one before, so the verifier may name
    // any problem but a changed event.
    if (verifyFolder(rechained(bytes)).problem == Result::EventChanged)
        std::abort();
    return 0;
}
