// libFuzzer target: a journal.jsonl as it may be found in an audit folder (copied, edited, cut short, or
// written by someone else). The verifier checks it (--verify-audit, the report cover), the resume reads it
// (RecordedRun) and the journal opens it to continue it; each line is also read on its own as an event.
#include "audit/auditevent.h"
#include "audit/auditverifier.h"
#include "audit/journal.h"
#include "audit/recordedrun.h"
#include "fuzzqt.h"

#include <cstdint>
#include <cstdlib>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pchat;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The verifier reads a folder: the journal lives in one for the whole run (scripts/fuzz.sh points TMPDIR
    // at memory). It holds one script and one screenshot, which the seeds' events name with their hashes, so
    // that inputs get past the evidence checks; any other file an event names is missing.
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
    const QString path = QDir(folder.path()).filePath(Journal::fileName());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            std::abort();
    }

    for (const QByteArray& line : bytes.split('\n')) {
        AuditEvent event;
        const QJsonObject json = QJsonDocument::fromJson(line.trimmed()).object();
        if (Journal::fromJson(json, &event))
            (void)(Journal::hashOf(json) == event.hash);
        (void)Journal::canonicalForm(json);
    }

    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder.path());
    if (result.ok != (result.problem == AuditVerifier::VerifyResult::None) || result.message.isEmpty())
        std::abort();
    if (result.ok && (result.eventCount < 1 || result.finalHash.size() != 64))
        std::abort();

    QString error;
    if (const std::optional<RecordedRun> run = RecordedRun::read(folder.path(), &error)) {
        (void)run->describe();
        (void)run->firstStepNotDone();
    }

    {
        // Continuing the journal only reads it: nothing is appended here.
        const Journal journal(folder.path(), QStringLiteral("fuzz"), QStringLiteral("fuzz-host"),
                              Journal::Mode::Training);
        if (journal.isOpen() && result.ok && journal.lastHash() != result.finalHash)
            std::abort(); // an intact chain is continued from its final hash
    }
    return 0;
}
