// The audit journal: the hash chain, reopening, redaction of secrets, and AuditVerifier finding each kind of
// tampering at the right event.
#include "backend/audit/auditevent.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journal.h"

#include <functional>
#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace pchat;
using Problem = AuditVerifier::VerifyResult::Problem;

namespace {

QString journalPath(const QString& folder)
{
    return QDir(folder).filePath(Journal::fileName());
}

// A run folder in dir whose journal holds RunStarted and was then changed by damage (the file opened in
// mode), as a writer that died mid-line leaves it.
QString damagedJournal(const QTemporaryDir& dir, QIODevice::OpenMode mode,
                       const std::function<void(QFile&)>& damage)
{
    const QString folder = dir.filePath(QStringLiteral("run"));
    {
        Journal journal(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
        EXPECT_TRUE(journal.append(AuditKind::RunStarted));
    }
    QFile file(journalPath(folder));
    EXPECT_TRUE(file.open(mode));
    damage(file);
    return folder;
}

QList<QByteArray> readLines(const QString& folder)
{
    QFile file(journalPath(folder));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString& folder, const QList<QByteArray>& lines)
{
    QFile file(journalPath(folder));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray& line : lines)
        file.write(line + '\n');
}

// Writes the tampered lines back: the verifier must find problem at the event with that sequence.
void expectFound(const QString& folder, const QList<QByteArray>& lines, Problem problem, int sequence)
{
    writeLines(folder, lines);
    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
    EXPECT_EQ(result.problem, problem) << result.message.toStdString();
    EXPECT_EQ(result.sequence, sequence);
}

QJsonObject parse(const QByteArray& line)
{
    return QJsonDocument::fromJson(line).object();
}

QByteArray serialize(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A closed run folder with five events: run started, page entered, a screenshot (screens/001.png), a
// confirmation, run finished.
QString makeRun(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("run"));
    Journal journal(folder, QStringLiteral("CONTOSO\\ops1"), QStringLiteral("ADMIN01"),
                    Journal::Mode::Training);
    EXPECT_TRUE(journal.isOpen()) << journal.lastError().toStdString();
    EXPECT_TRUE(journal.append(AuditKind::RunStarted, {{QStringLiteral("version"), QStringLiteral("1.0")}}));
    EXPECT_TRUE(
        journal.append(AuditKind::PageEntered, {{QStringLiteral("page"), QStringLiteral("preflight")}}, 0));
    EXPECT_TRUE(QDir(folder).mkpath(QStringLiteral("screens")));
    const QByteArray png("\x89PNG fake screenshot bytes", 26);
    QFile shot(QDir(folder).filePath(QStringLiteral("screens/001.png")));
    EXPECT_TRUE(shot.open(QIODevice::WriteOnly));
    shot.write(png);
    shot.close();
    EXPECT_TRUE(journal.append(AuditKind::Screenshot,
                               {{QStringLiteral("file"), QStringLiteral("screens/001.png")},
                                {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(png))}},
                               0));
    EXPECT_TRUE(
        journal.append(AuditKind::Confirmation, {{QStringLiteral("typed"), QStringLiteral("FAILBACK")}}, 2));
    EXPECT_TRUE(journal.append(AuditKind::RunFinished, {{QStringLiteral("result"), QStringLiteral("success")}}));
    return folder;
}

} // namespace

TEST(AuditJournal, ThreeEventsLinkIntoAChain)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    Journal journal(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
    ASSERT_TRUE(journal.isOpen()) << journal.lastError().toStdString();
    EXPECT_EQ(journal.lastSequence(), 0);
    EXPECT_EQ(journal.lastHash(), Journal::genesisHash());
    AuditEvent first;
    ASSERT_TRUE(journal.append(AuditKind::RunStarted, {{QStringLiteral("version"), QStringLiteral("1.0")}},
                               -1, &first));
    ASSERT_TRUE(
        journal.append(AuditKind::PageEntered, {{QStringLiteral("page"), QStringLiteral("step1")}}, 1));
    ASSERT_TRUE(journal.append(AuditKind::StepState, {{QStringLiteral("state"), QStringLiteral("done")}}, 1));

    const QList<QByteArray> lines = readLines(folder);
    ASSERT_EQ(lines.size(), 3);
    QString previous = Journal::genesisHash();
    static const QRegularExpression utcFormat(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject json = parse(lines.at(i));
        EXPECT_EQ(json.value(QLatin1String("sequence")).toInteger(), i + 1);
        EXPECT_EQ(json.value(QLatin1String("previousHash")).toString(), previous);
        const QString hash = json.value(QLatin1String("hash")).toString();
        EXPECT_EQ(hash.size(), 64);
        EXPECT_EQ(hash, Journal::hashOf(json));
        EXPECT_TRUE(utcFormat.match(json.value(QLatin1String("utc")).toString()).hasMatch())
            << json.value(QLatin1String("utc")).toString().toStdString();
        EXPECT_EQ(json.value(QLatin1String("operator")).toString(), QStringLiteral("ops1"));
        EXPECT_EQ(json.value(QLatin1String("host")).toString(), QStringLiteral("ADMIN01"));
        EXPECT_EQ(json.value(QLatin1String("mode")).toString(), QStringLiteral("production"));
        previous = hash;
    }
    EXPECT_EQ(parse(lines.at(0)).value(QLatin1String("step")).toInt(), -1);
    EXPECT_EQ(parse(lines.at(1)).value(QLatin1String("kind")).toString(), QStringLiteral("page-entered"));
    EXPECT_EQ(first.sequence, 1);
    EXPECT_EQ(first.hash, parse(lines.at(0)).value(QLatin1String("hash")).toString());
    EXPECT_EQ(journal.lastSequence(), 3);
    EXPECT_EQ(journal.lastHash(), previous);
}

TEST(AuditJournal, ReopeningContinuesTheChain)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    QString hashOfSecond;
    {
        Journal journal(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
        ASSERT_TRUE(journal.append(AuditKind::RunStarted));
        ASSERT_TRUE(journal.append(AuditKind::RunInterrupted));
        hashOfSecond = journal.lastHash();
    }
    Journal reopened(folder, QStringLiteral("ops2"), QStringLiteral("ADMIN02"), Journal::Mode::Production);
    ASSERT_TRUE(reopened.isOpen()) << reopened.lastError().toStdString();
    EXPECT_EQ(reopened.lastSequence(), 2);
    EXPECT_EQ(reopened.lastHash(), hashOfSecond);
    AuditEvent third;
    ASSERT_TRUE(reopened.append(AuditKind::RunStarted, {}, -1, &third));
    EXPECT_EQ(third.sequence, 3);
    EXPECT_EQ(third.previousHash, hashOfSecond);
    EXPECT_EQ(third.operatorName, QStringLiteral("ops2"));
    EXPECT_EQ(readLines(folder).size(), 3);
    // The resumed run is still going on: intact, but not closed until it ends.
    EXPECT_EQ(AuditVerifier::verify(folder).problem, AuditVerifier::VerifyResult::NotClosed);
    ASSERT_TRUE(reopened.append(AuditKind::RunFinished));
    EXPECT_TRUE(AuditVerifier::verify(folder).ok);
}

TEST(AuditJournal, ALastLineWithoutItsNewlineIsContinuedOnANewLine)
{
    QTemporaryDir dir;
    const QString folder =
        damagedJournal(dir, QIODevice::ReadWrite, [](QFile& file) { file.resize(file.size() - 1); });
    Journal reopened(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
    ASSERT_TRUE(reopened.append(AuditKind::RunFinished));
    EXPECT_EQ(readLines(folder).size(), 2);
    EXPECT_TRUE(AuditVerifier::verify(folder).ok);
}

TEST(AuditJournal, ATornLastLineIsNotContinued)
{
    QTemporaryDir dir;
    const QString folder = damagedJournal(dir, QIODevice::Append,
                                          [](QFile& file) { file.write("{\"sequence\":2,\"kind\":\"comm"); });
    Journal reopened(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
    EXPECT_FALSE(reopened.isOpen());
    EXPECT_FALSE(reopened.append(AuditKind::RunStarted));
    EXPECT_TRUE(reopened.lastError().contains(QStringLiteral("damaged")))
        << reopened.lastError().toStdString();
}

TEST(AuditJournal, CanonicalFormIgnoresKeyOrderAndTheHash)
{
    QJsonObject a;
    a.insert(QStringLiteral("sequence"), 1);
    a.insert(QStringLiteral("kind"), QStringLiteral("run-started"));
    a.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2.5}});
    QJsonObject b;
    b.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("a"), 2.5}, {QStringLiteral("b"), 1}});
    b.insert(QStringLiteral("kind"), QStringLiteral("run-started"));
    b.insert(QStringLiteral("sequence"), 1);
    b.insert(QStringLiteral("hash"), QStringLiteral("abc"));
    EXPECT_EQ(Journal::canonicalForm(a), Journal::canonicalForm(b));
    EXPECT_EQ(Journal::canonicalForm(a),
              QByteArray(R"({"details":{"a":2.5,"b":1},"kind":"run-started","sequence":1})"));
    EXPECT_EQ(Journal::hashOf(a), QString::fromLatin1(sha256Hex(Journal::canonicalForm(a))));
}

TEST(AuditJournal, SecretsAppearNowhereInTheFile)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("run"));
    {
        Journal journal(folder, QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
        const QJsonObject details{
            {QStringLiteral("connection"),
             QStringLiteral("Driver={ODBC Driver 17 for SQL Server};Server=PCSQL01\\PCHAT;UID=sa;"
                            "PWD=Conn3ctionS3cret;Database=mgc")},
            {QStringLiteral("braced"), QStringLiteral("UID=sa;Pwd={Br;ace}}dS3cret};Encrypt=yes")},
            {QStringLiteral("login"),
             QJsonObject{{QStringLiteral("user"), QStringLiteral("sa")},
                         {QStringLiteral("PassWord"), QStringLiteral("N3stedS3cret")}}},
            {QStringLiteral("list"),
             QJsonArray{QJsonObject{{QStringLiteral("pwd"), QStringLiteral("Arr4yS3cret")}}}},
            {QStringLiteral("sqlPassword"), QStringLiteral("Suff1xS3cret")},
        };
        ASSERT_TRUE(journal.append(AuditKind::CommandStarted, details, 2));
    }
    QFile file(journalPath(folder));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const char* secret : {"Conn3ctionS3cret", "Br;ace", "ace}}dS3cret", "dS3cret", "N3stedS3cret",
                               "Arr4yS3cret", "Suff1xS3cret"})
        EXPECT_FALSE(bytes.contains(secret)) << secret;
    const QJsonObject details = parse(bytes.trimmed()).value(QLatin1String("details")).toObject();
    EXPECT_EQ(details.value(QLatin1String("connection")).toString(),
              QStringLiteral("Driver={ODBC Driver 17 for SQL Server};Server=PCSQL01\\PCHAT;UID=sa;PWD=***;"
                             "Database=mgc"));
    EXPECT_EQ(details.value(QLatin1String("braced")).toString(),
              QStringLiteral("UID=sa;Pwd=***;Encrypt=yes"));
    EXPECT_EQ(details.value(QLatin1String("login")).toObject().value(QLatin1String("PassWord")).toString(),
              QStringLiteral("***"));
    EXPECT_EQ(details.value(QLatin1String("login")).toObject().value(QLatin1String("user")).toString(),
              QStringLiteral("sa"));
    EXPECT_EQ(AuditVerifier::verify(folder).problem, AuditVerifier::VerifyResult::NotClosed); // intact, run still open
}

TEST(AuditJournal, RedactLeavesOtherTextAlone)
{
    EXPECT_EQ(Journal::redactString(QStringLiteral("RESTORE DATABASE [mgc] WITH NORECOVERY")),
              QStringLiteral("RESTORE DATABASE [mgc] WITH NORECOVERY"));
    EXPECT_EQ(Journal::redactString(QStringLiteral("Password = geheim")), QStringLiteral("Password = ***"));
    const QJsonObject redacted = Journal::redact({{QStringLiteral("rows"), 3}, {QStringLiteral("PWD"), 42}});
    EXPECT_EQ(redacted.value(QLatin1String("rows")).toInt(), 3);
    EXPECT_EQ(redacted.value(QLatin1String("PWD")).toString(), QStringLiteral("***"));
}

TEST(AuditJournal, AnUnwritableFolderMakesAppendFail)
{
    QTemporaryDir dir;
    // A file where the folder should be: fails for every user, root included.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    Journal journal(QDir(blocker).filePath(QStringLiteral("run")), QStringLiteral("ops1"),
                    QStringLiteral("ADMIN01"), Journal::Mode::Production);
    EXPECT_FALSE(journal.isOpen());
    EXPECT_FALSE(journal.append(AuditKind::RunStarted));
    EXPECT_FALSE(journal.lastError().isEmpty());
    EXPECT_EQ(journal.lastSequence(), 0);
}

#ifdef Q_OS_LINUX
TEST(AuditJournal, AFullDiskMakesAppendFail)
{
    // A file size limit of 0 makes the write fail as a full disk does (EFBIG instead of ENOSPC); the journal
    // is never opened through a symbolic link, so /dev/full cannot stand in for it.
    QTemporaryDir dir;
    Journal journal(dir.path(), QStringLiteral("ops1"), QStringLiteral("ADMIN01"), Journal::Mode::Production);
    ASSERT_TRUE(journal.isOpen()) << journal.lastError().toStdString();
    rlimit previous = {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit none = previous;
    none.rlim_cur = 0;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &none), 0);
    const bool appended = journal.append(AuditKind::RunStarted);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_FALSE(appended);
    EXPECT_FALSE(journal.lastError().isEmpty());
    EXPECT_EQ(journal.lastSequence(), 0);
    EXPECT_EQ(QFileInfo(journalPath(dir.path())).size(), 0);
}
#endif

TEST(AuditJournal, RunFolderCarriesStartTimeHostAndPool)
{
    QTemporaryDir dir;
    const QDateTime start(QDate(2024, 3, 9), QTime(7, 5, 2, 345), Qt::UTC);
    QString error;
    const QString first = Journal::createRunFolder(dir.filePath(QStringLiteral("audit")), start,
                                                   QStringLiteral("ADMIN01 (lab)"),
                                                   QStringLiteral("pchat.contoso.com/pool_1"), &error);
    ASSERT_FALSE(first.isEmpty()) << error.toStdString();
    EXPECT_EQ(QDir(first).dirName(),
              QStringLiteral("20240309-070502_ADMIN01--lab-_pchat.contoso.com-pool-1"));
    EXPECT_TRUE(QDir(first).exists(QStringLiteral("screens")));
    EXPECT_TRUE(QDir(first).exists(QStringLiteral("scripts")));
    const QString second = Journal::createRunFolder(dir.filePath(QStringLiteral("audit")), start,
                                                    QStringLiteral("ADMIN01 (lab)"),
                                                    QStringLiteral("pchat.contoso.com/pool_1"), &error);
    EXPECT_EQ(second, first + QStringLiteral("-2"));
    EXPECT_EQ(Journal::sanitizeNamePart(QStringLiteral("a\\b:c*d")), QStringLiteral("a-b-c-d"));
    EXPECT_EQ(Journal::sanitizeNamePart(QString()), QStringLiteral("unknown"));
}

TEST(AuditVerifier, AnUntouchedRunIsOk)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
    EXPECT_TRUE(result.ok) << result.message.toStdString();
    EXPECT_EQ(result.problem, Problem::None);
    EXPECT_EQ(result.eventCount, 5);
    EXPECT_EQ(result.screenshotCount, 1);
    EXPECT_EQ(result.finalHash, parse(readLines(folder).at(4)).value(QLatin1String("hash")).toString());
}

TEST(AuditVerifier, AJournalCutShortByOneOrManyEventsIsNotClosed)
{
    for (const int cut : {1, 3}) {
        QTemporaryDir dir;
        const QString folder = makeRun(dir);
        QList<QByteArray> lines = readLines(folder);
        lines.resize(lines.size() - cut);
        writeLines(folder, lines);
        const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
        EXPECT_FALSE(result.ok) << "cut by " << cut;
        EXPECT_EQ(result.problem, Problem::NotClosed) << result.message.toStdString();
        EXPECT_EQ(result.eventCount, 5 - cut);
        EXPECT_TRUE(result.message.contains(QString::number(5 - cut))) << result.message.toStdString();
    }
}

// Each edit keeps the parsed event and therefore its hash: only the raw line shows it.
TEST(AuditVerifier, ALineNotWrittenAsTheWriterWritesItIsFound)
{
    const auto withDuplicateKey = [](const QByteArray& line) {
        // The parser keeps one of the two "kind" values; the hash covers that one.
        QByteArray edited = line;
        edited.insert(1, "\"kind\":\"confirmation\",");
        return edited;
    };
    const auto withSpace = [](const QByteArray& line) { return QByteArray(line).replace("\":", "\": "); };
    const auto withOtherEscape = [](const QByteArray& line) {
        // "step" spelled with an escaped letter reads as the same key.
        return QByteArray(line).replace("\"step\"", "\"st\\u0065p\"");
    };
    const auto withCarriageReturn = [](const QByteArray& line) { return line + '\r'; };
    int variant = 0;
    for (const auto& edit : {std::function<QByteArray(const QByteArray&)>(withDuplicateKey),
                             std::function<QByteArray(const QByteArray&)>(withSpace),
                             std::function<QByteArray(const QByteArray&)>(withOtherEscape),
                             std::function<QByteArray(const QByteArray&)>(withCarriageReturn)}) {
        ++variant;
        QTemporaryDir dir;
        const QString folder = makeRun(dir);
        QList<QByteArray> lines = readLines(folder);
        const QByteArray edited = edit(lines.at(2));
        ASSERT_NE(edited, lines.at(2)) << "variant " << variant;
        lines[2] = edited;
        writeLines(folder, lines);
        const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
        EXPECT_FALSE(result.ok) << "variant " << variant;
        EXPECT_EQ(result.problem, Problem::LineNotCanonical)
            << "variant " << variant << ": " << result.message.toStdString();
        EXPECT_EQ(result.sequence, 3) << "variant " << variant;
        EXPECT_TRUE(result.message.contains(QStringLiteral("3"))) << result.message.toStdString();
    }
}

TEST(AuditVerifier, ABlankLineInOrAfterTheJournalIsFound)
{
    for (const int at : {2, 5}) {
        QTemporaryDir dir;
        const QString folder = makeRun(dir);
        QList<QByteArray> lines = readLines(folder);
        lines.insert(at, QByteArray());
        writeLines(folder, lines);
        const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
        EXPECT_EQ(result.problem, Problem::LineNotCanonical) << "blank at " << at << ": "
                                                             << result.message.toStdString();
        EXPECT_EQ(result.sequence, at + 1);
        EXPECT_TRUE(result.message.contains(QString::number(at + 1))) << result.message.toStdString();
    }
}

TEST(AuditVerifier, AChangedDetailIsFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    QJsonObject second = parse(lines.at(1));
    second.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("page"), QStringLiteral("step7")}});
    lines[1] = serialize(second);
    writeLines(folder, lines);
    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.problem, Problem::EventChanged) << result.message.toStdString();
    EXPECT_EQ(result.sequence, 2);
    EXPECT_EQ(result.file, QStringLiteral("journal.jsonl"));
    EXPECT_TRUE(result.message.contains(QStringLiteral("2")));
}

TEST(AuditVerifier, ARemovedEventIsFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    lines.removeAt(1);
    expectFound(folder, lines, Problem::EventRemoved, 2);
}

TEST(AuditVerifier, AnInsertedForgedEventIsFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    // A forger who knows the format: the next number, linked to event 1, hashed correctly.
    AuditEvent first;
    ASSERT_TRUE(Journal::fromJson(parse(lines.at(0)), &first));
    AuditEvent forged = first;
    forged.sequence = 2;
    forged.kind = AuditKind::Confirmation;
    forged.details = {{QStringLiteral("typed"), QStringLiteral("FAILBACK")}};
    forged.previousHash = first.hash;
    forged.hash.clear();
    QJsonObject json = Journal::toJson(forged);
    json.insert(QStringLiteral("hash"), Journal::hashOf(json));
    lines.insert(1, serialize(json));
    expectFound(folder, lines, Problem::EventInserted, 2);
}

TEST(AuditVerifier, AnInsertedLineThatIsNotHashedIsFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    QJsonObject copy = parse(lines.at(1));
    copy.insert(QStringLiteral("kind"), QStringLiteral("confirmation"));
    lines.insert(1, serialize(copy));
    expectFound(folder, lines, Problem::EventInserted, 2);
}

TEST(AuditVerifier, AReplacedEventIsFoundAsChanged)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    // Event 2 rewritten and rehashed: only event 3's link shows it.
    QJsonObject second = parse(lines.at(1));
    second.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("page"), QStringLiteral("step7")}});
    second.insert(QStringLiteral("hash"), Journal::hashOf(second));
    lines[1] = serialize(second);
    expectFound(folder, lines, Problem::EventChanged, 2);
}

TEST(AuditVerifier, SwappedEventsAreFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    lines.swapItemsAt(1, 2);
    expectFound(folder, lines, Problem::EventsReordered, 2);
}

TEST(AuditVerifier, AChangedScreenshotIsFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QFile shot(QDir(folder).filePath(QStringLiteral("screens/001.png")));
    ASSERT_TRUE(shot.open(QIODevice::WriteOnly | QIODevice::Truncate));
    shot.write("\x89PNG another picture");
    shot.close();
    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
    EXPECT_EQ(result.problem, Problem::FileChanged) << result.message.toStdString();
    EXPECT_EQ(result.sequence, 3);
    EXPECT_EQ(result.file, QStringLiteral("screens/001.png"));
    EXPECT_EQ(result.eventCount, 3); // the chain itself is fine up to the screenshot's event
}

TEST(AuditVerifier, AMissingScreenshotIsFound)
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    ASSERT_TRUE(QFile::remove(QDir(folder).filePath(QStringLiteral("screens/001.png"))));
    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
    EXPECT_EQ(result.problem, Problem::FileMissing) << result.message.toStdString();
    EXPECT_EQ(result.sequence, 3);
    EXPECT_EQ(result.file, QStringLiteral("screens/001.png"));
}

TEST(AuditVerifier, AMissingOrUnreadableJournalIsReported)
{
    QTemporaryDir dir;
    EXPECT_EQ(AuditVerifier::verify(dir.filePath(QStringLiteral("nothing"))).problem, Problem::Unreadable);

    const QString folder = makeRun(dir);
    QList<QByteArray> lines = readLines(folder);
    lines[2] = "not json";
    writeLines(folder, lines);
    const AuditVerifier::VerifyResult result = AuditVerifier::verify(folder);
    EXPECT_EQ(result.problem, Problem::Unreadable) << result.message.toStdString();
    EXPECT_EQ(result.sequence, 3);

    writeLines(folder, {});
    EXPECT_EQ(AuditVerifier::verify(folder).problem, Problem::Unreadable);
}
