// The audit trail's writer thread: order of events, files named by events, the gate before actions, the stop
// when the folder cannot be written; and reading a run back for resuming it.
#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/recordedrun.h"
#include "backend/run/procedure.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace pchat;

namespace {

RunInfo testRun()
{
    RunInfo info;
    info.operatorName = QStringLiteral("CONTOSO\\dba");
    info.host = QStringLiteral("ADMIN01");
    info.mode = Journal::Mode::Training;
    info.language = QStringLiteral("en");
    info.version = QStringLiteral("0.1.0");
    info.pool = QStringLiteral("pchat.contoso.com");
    info.plan = {
        {QStringLiteral("lync"), QJsonObject{{QStringLiteral("poolIdentity"),
                                              QStringLiteral("PersistentChatServer:pchat.contoso.com")}}},
        {QStringLiteral("primaryInstance"),
         QJsonObject{{QStringLiteral("password"), QStringLiteral("Geheim-123")}}}};
    return info;
}

QList<QJsonObject> events(const QString& folder)
{
    QFile file(QDir(folder).filePath(Journal::fileName()));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> result;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            result << QJsonDocument::fromJson(line).object();
    }
    return result;
}

bool waitFor(const std::function<bool()>& condition)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

TEST(AuditTrailTest, RecordsInOrderWithFilesAndVerifies)
{
    QTemporaryDir root;
    AuditTrail trail;
    QString error;
    ASSERT_TRUE(trail.startRun(root.path(), testRun(), &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(trail.folder()).fileName().endsWith(QLatin1String("_ADMIN01_pchat.contoso.com")));
    trail.record(AuditKind::PageEntered, {{QStringLiteral("page"), QStringLiteral("step4")}}, 4);
    trail.recordFile(
        EvidenceFile{QStringLiteral("scripts"), QStringLiteral("SQL\\A"), QStringLiteral("sql")},
        [] { return QByteArray("RESTORE DATABASE [mgc]"); }, AuditKind::CommandStarted,
        {{QStringLiteral("text"), QStringLiteral("RESTORE DATABASE [mgc]")}}, 4, QStringLiteral("script"));
    trail.recordFile(
        EvidenceFile{QStringLiteral("screens"), QStringLiteral("before-run"), QStringLiteral("png")},
        [] { return QByteArray("\x89PNG fake"); }, AuditKind::Screenshot,
        {{QStringLiteral("reason"), QStringLiteral("before-run")}}, 4);
    trail.flush();

    const QList<QJsonObject> written = events(trail.folder());
    ASSERT_EQ(written.size(), 4);
    EXPECT_EQ(written[0].value("kind").toString(), QStringLiteral("run-started"));
    EXPECT_EQ(written[0].value("mode").toString(), QStringLiteral("training"));
    // The plan's password never reaches the journal.
    EXPECT_FALSE(QJsonDocument(written[0]).toJson().contains("Geheim-123"));
    EXPECT_EQ(written[2].value("details").toObject().value("script").toString(),
              QStringLiteral("scripts/0001-step4-SQL-A.sql"));
    EXPECT_EQ(written[3].value("details").toObject().value("file").toString(),
              QStringLiteral("screens/0002-step4-before-run.png"));
    for (int i = 0; i < written.size(); ++i)
        EXPECT_EQ(written[i].value("sequence").toInt(), i + 1);

    // The run is still open, so the journal is not closed; every event and file up to here verifies.
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(trail.folder());
    EXPECT_EQ(verified.problem, AuditVerifier::VerifyResult::NotClosed) << verified.message.toStdString();
    EXPECT_EQ(verified.scriptCount, 1);
    EXPECT_EQ(verified.screenshotCount, 1);

    // A changed script is found like a changed screenshot.
    QFile script(QDir(trail.folder()).filePath(QStringLiteral("scripts/0001-step4-SQL-A.sql")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    script.write("DROP DATABASE [mgc]");
    script.close();
    const AuditVerifier::VerifyResult tampered = AuditVerifier::verify(trail.folder());
    EXPECT_FALSE(tampered.ok);
    EXPECT_EQ(tampered.problem, AuditVerifier::VerifyResult::FileChanged);
    EXPECT_EQ(tampered.sequence, 3);
}

TEST(AuditTrailTest, StartsWithoutWaitingAndCallsBackOnTheCallersThread)
{
    QTemporaryDir root;
    AuditTrail trail;
    QObject context;
    bool called = false;
    bool started = false;
    QString error;
    RunInfo info = testRun();
    info.procedure = QStringLiteral("failover");
    trail.startRunAsync(root.path(), info, &context, [&](bool ok, const QString& why) {
        EXPECT_EQ(QThread::currentThread(), context.thread());
        called = true;
        started = ok;
        error = why;
    });
    // The caller goes on at once; the trail is not active before it called back.
    EXPECT_TRUE(trail.isStarting());
    EXPECT_FALSE(trail.isActive());
    QElapsedTimer timer;
    timer.start();
    while (!called && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_TRUE(called);
    ASSERT_TRUE(started) << error.toStdString();
    EXPECT_FALSE(trail.isStarting());
    ASSERT_TRUE(trail.isActive());
    trail.flush();
    const QList<QJsonObject> written = events(trail.folder());
    ASSERT_FALSE(written.isEmpty());
    const QJsonObject details = written.first().value(QStringLiteral("details")).toObject();
    EXPECT_EQ(written.first().value(QStringLiteral("kind")).toString(), QStringLiteral("run-started"));
    EXPECT_EQ(details.value(QStringLiteral("procedure")).toString(), QStringLiteral("failover"));
}

TEST(AuditTrailTest, AnAsyncStartThatCannotCreateTheFolderSaysWhy)
{
    QTemporaryDir root;
    // A file where the root folder should be: nothing can be created under it.
    const QString blocked = QDir(root.path()).filePath(QStringLiteral("not-a-folder"));
    QFile file(blocked);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    AuditTrail trail;
    QObject context;
    bool called = false;
    bool started = true;
    QString error;
    trail.startRunAsync(blocked, testRun(), &context, [&](bool ok, const QString& why) {
        called = true;
        started = ok;
        error = why;
    });
    QElapsedTimer timer;
    timer.start();
    while (!called && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_TRUE(called);
    EXPECT_FALSE(started);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(trail.isActive());
    EXPECT_FALSE(trail.isStarting());
}

TEST(AuditTrailTest, GateProceedsOnlyOnceWritten)
{
    QTemporaryDir root;
    AuditTrail trail;
    ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
    QObject context;
    bool proceeded = false;
    qint64 eventsWhenProceeding = 0;
    trail.record(AuditKind::Confirmation, {{QStringLiteral("what"), QStringLiteral("run")}}, 4);
    trail.whenWritten(&context, [&] {
        proceeded = true;
        eventsWhenProceeding = events(trail.folder()).size();
    });
    EXPECT_FALSE(proceeded); // never synchronous: the UI thread does not wait for the disk
    ASSERT_TRUE(waitFor([&] { return proceeded; }));
    EXPECT_EQ(eventsWhenProceeding, 2);
}

TEST(AuditTrailTest, UnwritableFolderStopsBeforeTheAction)
{
    QTemporaryDir root;
    AuditTrail trail;
    ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
    trail.flush();
    // The journal becomes unwritable under the running trail (a full disk looks the same to the writer).
    QFile journal(QDir(trail.folder()).filePath(Journal::fileName()));
    ASSERT_TRUE(journal.setPermissions(QFileDevice::ReadOwner));
    QDir(trail.folder()).rename(QStringLiteral("screens"), QStringLiteral("screens-gone"));
    QFile blocker(QDir(trail.folder()).filePath(QStringLiteral("screens")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();

    QSignalSpy failed(&trail, &AuditTrail::failed);
    trail.recordFile(
        EvidenceFile{QStringLiteral("screens"), QStringLiteral("x"), QStringLiteral("png")},
        [] { return QByteArray("png"); }, AuditKind::Screenshot, {}, 4);
    QObject context;
    bool proceeded = false;
    trail.whenWritten(&context, [&] { proceeded = true; });
    ASSERT_TRUE(waitFor([&] { return failed.count() > 0; }));
    QCoreApplication::processEvents();
    EXPECT_FALSE(proceeded);
    EXPECT_TRUE(trail.hasFailed());
    EXPECT_TRUE(trail.failure().contains(QLatin1String("could not be")));
    // A later action is refused at once.
    trail.whenWritten(&context, [&] { proceeded = true; });
    QCoreApplication::processEvents();
    EXPECT_FALSE(proceeded);
    EXPECT_GE(failed.count(), 2);
}

TEST(RecordedRunTest, ReadsWhereTheRunStoodAndFindsItForResuming)
{
    QTemporaryDir root;
    QString folder;
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
        folder = trail.folder();
        for (int step = 1; step <= 3; ++step)
            trail.record(AuditKind::StepState, {{QStringLiteral("status"), QStringLiteral("done")}}, step);
        trail.record(AuditKind::PageEntered, {{QStringLiteral("page"), QStringLiteral("step4")}}, 4);
        trail.record(AuditKind::StepState, {{QStringLiteral("status"), QStringLiteral("running")}}, 4);
    } // the process "dies" here: no closing event

    const std::optional<RecordedRun> run = RecordedRun::read(folder);
    ASSERT_TRUE(run.has_value());
    EXPECT_FALSE(run->isFinished());
    EXPECT_EQ(run->pool, QStringLiteral("pchat.contoso.com"));
    EXPECT_EQ(run->lastPage, QStringLiteral("step4"));
    EXPECT_TRUE(run->isStepDone(3));
    EXPECT_FALSE(run->isStepDone(4));
    EXPECT_EQ(run->procedure, QStringLiteral("failback"));
    EXPECT_EQ(Procedure::failback().nextStep(*run), 4);
    EXPECT_EQ(RecordedRun::findResumable(root.path(), QStringLiteral("training"), run->procedure), folder);
    EXPECT_TRUE(
        RecordedRun::findResumable(root.path(), QStringLiteral("production"), run->procedure).isEmpty());
    // A run of another procedure is not continued as this one.
    EXPECT_TRUE(
        RecordedRun::findResumable(root.path(), QStringLiteral("training"), QStringLiteral("failover"))
            .isEmpty());
    const QString progress = Procedure::failback().describeProgress(*run);
    EXPECT_TRUE(progress.contains(QLatin1String("step 4"))) << progress.toStdString();
    EXPECT_TRUE(run->describe(progress).contains(progress));

    // Resuming continues the same chain; a finished run is not offered again.
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.resumeRun(folder, testRun(), nullptr));
        trail.record(AuditKind::StepState, {{QStringLiteral("status"), QStringLiteral("done")}}, 4);
        trail.record(AuditKind::RunFinished, {{QStringLiteral("result"), QStringLiteral("success")}});
    }
    EXPECT_TRUE(AuditVerifier::verify(folder).ok);
    EXPECT_TRUE(RecordedRun::read(folder)->isFinished());
    EXPECT_TRUE(
        RecordedRun::findResumable(root.path(), QStringLiteral("training"), QStringLiteral("failback"))
            .isEmpty());
}

TEST(RecordedRunTest, AResumeReadsNothingFromAJournalThatDoesNotVerify)
{
    QTemporaryDir root;
    QString folder;
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
        folder = trail.folder();
        for (int step = 1; step <= 2; ++step)
            trail.record(AuditKind::StepState, {{QStringLiteral("status"), QStringLiteral("done")}}, step);
    } // killed: open, but intact
    QString error;
    ASSERT_TRUE(RecordedRun::readVerified(folder, &error).has_value()) << error.toStdString();

    // A forger marks step 3 done so that a resumed run would skip it.
    QFile file(QDir(folder).filePath(Journal::fileName()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray journal = file.readAll();
    file.close();
    const qsizetype at = journal.lastIndexOf("\"step\":2");
    ASSERT_GT(at, 0);
    journal.replace(at, 8, "\"step\":3");
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(journal);
    file.close();

    EXPECT_TRUE(RecordedRun::read(folder)->isStepDone(3)); // the bare facts believe it
    error.clear();
    EXPECT_FALSE(RecordedRun::readVerified(folder, &error).has_value());
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(folder))) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("changed"))) << error.toStdString();
}

TEST(RecordedRunTest, IgnoresRunsThatChangedNothing)
{
    QTemporaryDir root;
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
        trail.record(AuditKind::PageEntered, {{QStringLiteral("page"), QStringLiteral("environment")}});
    }
    EXPECT_TRUE(
        RecordedRun::findResumable(root.path(), QStringLiteral("training"), QStringLiteral("failback"))
            .isEmpty());
}
