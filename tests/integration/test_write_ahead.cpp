// Write-ahead through the real stack: a batch goes to the server only once its command-started event (and its
// script) is on the disk. The journal is made unwritable at the moment step 3 announces its BACKUP (a file
// size limit: the disk refuses the write as a full one would), and the lab's executed log shows that the
// BACKUP never reached the server while the reads before it did.
#include "backend/audit/audittrail.h"
#include "backend/steps/backupstep.h"
#include "steptestlab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/resource.h>
#endif

using namespace pchat;

namespace {

class WriteAheadTest : public StepTestLab
{
protected:
    QJsonArray executedSince(qint64 since, qint64* last = nullptr) const
    {
        const QJsonObject reply = control().send(LabControl::executedRequest(since, 100000));
        EXPECT_TRUE(reply.value(QLatin1String("ok")).toBool()) << "the lab has no executed log";
        if (last)
            *last = qint64(reply.value(QLatin1String("last")).toDouble());
        return reply.value(QLatin1String("entries")).toArray();
    }

    static bool ranBackup(const QJsonArray& entries)
    {
        return std::any_of(entries.begin(), entries.end(), [](const QJsonValue& v) {
            return v.toObject()
                .value(QLatin1String("text"))
                .toString()
                .contains(QLatin1String("BACKUP DATABASE"));
        });
    }

    static RunInfo run()
    {
        RunInfo info;
        info.operatorName = QStringLiteral("CONTOSO\\dba");
        info.host = QStringLiteral("ADMIN01");
        info.pool = QStringLiteral("pchat.contoso.com");
        return info;
    }
};

} // namespace

#ifndef Q_OS_WIN
TEST_F(WriteAheadTest, ABatchWhoseRecordCannotBeWrittenNeverReachesTheServer)
{
    startLab();
    qint64 mark = 0;
    executedSince(std::numeric_limits<qint64>::max() / 2, &mark);

    QTemporaryDir root;
    AuditTrail trail;
    QString error;
    ASSERT_TRUE(trail.startRun(root.path(), run(), &error)) << error.toStdString();
    const QString journal = QDir(trail.folder()).filePath(Journal::fileName());
    BackupStep step;
    // Connected before the trail attaches, so this runs first when the BACKUP is announced: from then on the
    // journal cannot grow (EFBIG instead of SIGXFSZ).
    rlimit previous = {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    bool limited = false;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QObject::connect(&step, &FailbackStep::commandStarted, [&](const QString&, const QString& text) {
        if (limited || !text.startsWith(QLatin1String("BACKUP DATABASE")))
            return;
        trail.flush();
        rlimit limit = previous;
        limit.rlim_cur = rlim_t(QFileInfo(journal).size());
        limited = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    });
    trail.attachStep(&step, 3);
    QSignalSpy failed(&trail, &AuditTrail::failed);

    step.run(plan());
    const StepOutcome outcome = waitFinished(step);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);

    ASSERT_TRUE(limited) << "the step never announced its BACKUP";
    EXPECT_EQ(outcome.status, StepStatus::Failed) << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.error.text.contains(QLatin1String("Not sent to")))
        << outcome.error.text.toStdString();
    EXPECT_GE(failed.count(), 1);
    EXPECT_TRUE(trail.hasFailed());

    const QJsonArray entries = executedSince(mark);
    // The reads before the BACKUP reached the lab (the log works), the BACKUP did not.
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [](const QJsonValue& v) {
        return v.toObject().value(QLatin1String("kind")).toString() == u"batch";
    }));
    EXPECT_FALSE(ranBackup(entries));
    EXPECT_TRUE(
        scalar(QString::fromLatin1(kBackupInstance),
               QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.backupset WHERE database_name = N'mgc' AND "
                              "backup_finish_date > DATEADD(MINUTE, -10, GETDATE())")) == u"0");
}

TEST_F(WriteAheadTest, ABatchGoesOutOnlyAfterItsRecordIsOnTheDisk)
{
    startLab({}, 400);
    QTemporaryDir root;
    AuditTrail trail;
    ASSERT_TRUE(trail.startRun(root.path(), run(), nullptr));
    const QString journal = QDir(trail.folder()).filePath(Journal::fileName());
    BackupStep step;
    trail.attachStep(&step, 3);
    // Each batch the lab receives was in the journal when it arrived: the log's batches in order match the
    // journal's command-started texts.
    qint64 mark = 0;
    executedSince(std::numeric_limits<qint64>::max() / 2, &mark);
    step.run(plan());
    const StepOutcome outcome = waitFinished(step);
    ASSERT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    trail.flush();
    QFile file(journal);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList recorded;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value("kind").toString() == u"command-started")
            recorded << event.value("details").toObject().value("text").toString();
    }
    // What the lab ran is what the journal holds, word for word.
    int backups = 0;
    for (const QJsonValue& v : executedSince(mark)) {
        const QString text = v.toObject().value("text").toString();
        if (v.toObject().value("kind").toString() != u"batch" ||
            !text.contains(QLatin1String("BACKUP DATABASE")))
            continue;
        ++backups;
        EXPECT_TRUE(std::any_of(recorded.begin(), recorded.end(), [&](const QString& r) {
            return r.trimmed() == text.trimmed();
        })) << text.toStdString();
    }
    EXPECT_EQ(backups, 1);
    EXPECT_TRUE(std::any_of(recorded.begin(), recorded.end(),
                            [](const QString& r) { return r.startsWith(QLatin1String("BACKUP DATABASE")); }));
}
#endif
