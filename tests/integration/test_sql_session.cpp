// SqlSession through the real stack (QODBC -> unixODBC -> FreeTDS -> TCP) against the lab: connect, messages,
// errors, drained BACKUP results, cancel.
#include "backend/sql/odbcdrivers.h"
#include "backend/sql/progressprobe.h"
#include "backend/sql/sqlsession.h"
#include "eventually.h"
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace pchat;

namespace {

class SqlSessionTest : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_lab = new LabProcess({QStringLiteral("--speed"), QStringLiteral("40")});
    }
    static void TearDownTestSuite()
    {
        delete s_lab;
        s_lab = nullptr;
    }

    static InstanceSettings instance(const QString& name,
                                     const QString& password = QString::fromLatin1(LabProcess::password()))
    {
        InstanceSettings settings;
        settings.name = name;
        settings.address = QStringLiteral("127.0.0.1,%1").arg(s_lab->port(name));
        settings.authentication = Authentication::SqlLogin;
        settings.login = QStringLiteral("sa");
        settings.password = password;
        settings.odbcDriver = QStringLiteral("FreeTDS");
        settings.encryption = Encryption::Optional;
        settings.loginTimeoutSeconds = 5;
        return settings;
    }

    static std::unique_ptr<SqlSession> openSession(const QString& name)
    {
        auto session = std::make_unique<SqlSession>(instance(name));
        QSignalSpy opened(session.get(), &SqlSession::opened);
        QSignalSpy failed(session.get(), &SqlSession::openFailed);
        session->open();
        EXPECT_TRUE(opened.wait(10000) || !failed.isEmpty());
        EXPECT_TRUE(failed.isEmpty());
        return session;
    }

    // Runs a batch and waits for its end, as a page's worker would be waited on in a test.
    static BatchResult run(SqlSession& session, const QString& batch, SqlMessages* live = nullptr)
    {
        QSignalSpy finished(&session, &SqlSession::finished);
        QSignalSpy messages(&session, &SqlSession::message);
        session.execute(batch, 7);
        EXPECT_TRUE(finished.wait(60000));
        if (live) {
            for (const QList<QVariant>& signal : messages)
                *live << signal.at(1).value<SqlMessage>();
        }
        return finished.isEmpty() ? BatchResult{} : finished.constFirst().at(1).value<BatchResult>();
    }

    static LabProcess* s_lab;
};

LabProcess* SqlSessionTest::s_lab = nullptr;

} // namespace

TEST_F(SqlSessionTest, OpensAndReadsRows)
{
    ASSERT_TRUE(s_lab->started());
    auto session = openSession(QStringLiteral("PCSQL02\\PCHAT"));
    EXPECT_GT(session->serverProcessId(), 0);
    const BatchResult result =
        run(*session, QStringLiteral("SELECT name, state_desc FROM sys.databases "
                                     "WHERE name IN (N'mgc', N'mgccomp') ORDER BY name"));
    ASSERT_TRUE(result.succeeded());
    ASSERT_EQ(result.statements.size(), 1);
    ASSERT_EQ(result.statements.constFirst().rows.size(), 2);
    EXPECT_EQ(result.statements.constFirst().value(0, QStringLiteral("name")).toString(),
              QStringLiteral("mgc"));
    EXPECT_EQ(result.statements.constFirst().value(1, QStringLiteral("STATE_DESC")).toString(),
              QStringLiteral("ONLINE"));
}

TEST_F(SqlSessionTest, MessagesAndErrorsKeepNumberStateAndText)
{
    auto session = openSession(QStringLiteral("PCSQL01\\PCHAT"));
    const BatchResult result = run(
        *session, QStringLiteral("PRINT N'hello from the batch'; RAISERROR(N'step %s failed', 16, 3, N'x')"));
    EXPECT_EQ(result.outcome, BatchResult::Outcome::Failed);
    ASSERT_EQ(result.messages.size(), 2);
    // FreeTDS ranks a statement's diagnostics by severity, so find each message by its number.
    const auto byNumber = [&result](int number) {
        for (const SqlMessage& message : result.messages) {
            if (message.number == number)
                return message;
        }
        return SqlMessage{};
    };
    const SqlMessage print = byNumber(0);
    EXPECT_FALSE(print.isError);
    EXPECT_EQ(print.text, QStringLiteral("hello from the batch"));
    const SqlMessage error = result.firstError();
    EXPECT_EQ(error.number, 50000);
    EXPECT_EQ(error.text, QStringLiteral("step x failed"));
    EXPECT_TRUE(error.state == 3 || error.state == -1) << "a state is either the server's or unknown";
}

TEST_F(SqlSessionTest, UnknownObjectGivesSqlServersError)
{
    auto session = openSession(QStringLiteral("PCSQL01\\PCHAT"));
    const BatchResult result = run(*session, QStringLiteral("SELECT * FROM sys.no_such_view"));
    EXPECT_EQ(result.outcome, BatchResult::Outcome::Failed);
    EXPECT_TRUE(result.hasError(208));
}

TEST_F(SqlSessionTest, LiteralsWithQuotesBracketsAndUmlautsComeBackUnchanged)
{
    auto session = openSession(QStringLiteral("PCSQL01\\PCHAT"));
    const BatchResult result = run(*session, QStringLiteral("SELECT N'Grüße '']; DROP --' AS v"));
    ASSERT_TRUE(result.succeeded()) << result.firstError().text.toStdString();
    EXPECT_EQ(result.statements.constFirst().value(0, QStringLiteral("v")).toString(),
              QStringLiteral("Grüße ']; DROP --"));
}

TEST_F(SqlSessionTest, WrongPasswordFailsWith18456)
{
    SqlSession session(instance(QStringLiteral("PCSQL01\\PCHAT"), QStringLiteral("wrong")));
    QSignalSpy failed(&session, &SqlSession::openFailed);
    session.open();
    ASSERT_TRUE(failed.wait(10000));
    const SqlMessages messages = failed.constFirst().at(0).value<SqlMessages>();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_EQ(messages.constFirst().number, 18456) << messages.constFirst().text.toStdString();
    EXPECT_FALSE(messages.constFirst().text.contains(QStringLiteral("wrong")));
}

TEST_F(SqlSessionTest, UnreachableServerFailsWithinTheTimeout)
{
    InstanceSettings settings = instance(QStringLiteral("PCSQL01\\PCHAT"));
    settings.address = QStringLiteral("127.0.0.1,1");
    settings.loginTimeoutSeconds = 3;
    SqlSession session(settings);
    QSignalSpy failed(&session, &SqlSession::openFailed);
    QElapsedTimer timer;
    timer.start();
    session.open();
    ASSERT_TRUE(failed.wait(15000));
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_FALSE(session.isOpen());
}

TEST_F(SqlSessionTest, BackupStatsMessagesArriveAndTheBackupCompletes)
{
    auto session = openSession(QStringLiteral("PCSQL02\\PCHAT"));
    SqlMessages live;
    const BatchResult result =
        run(*session,
            QStringLiteral("BACKUP DATABASE [mgccomp] TO DISK = N'\\\\FS01\\PChatLogShip\\session-test.bak' "
                           "WITH INIT, NAME = N'session test', STATS = 10"),
            &live);
    ASSERT_TRUE(result.succeeded()) << result.firstError().text.toStdString();
    QList<int> numbers;
    for (const SqlMessage& message : result.messages)
        numbers << message.number;
    EXPECT_GE(numbers.count(3211), 9) << "a 3211 message for every 10 percent";
    EXPECT_TRUE(numbers.contains(3014));
    EXPECT_EQ(live.size(), result.messages.size()) << "every message also reached the live signal";
}

TEST_F(SqlSessionTest, CancelStopsARunningBackupAndSaysSo)
{
    auto session = openSession(QStringLiteral("PCSQL02\\PCHAT"));
    QSignalSpy finished(session.get(), &SqlSession::finished);
    const qint64 mark = s_lab->control().progressTimelineMark();
    // mgc is several GB: at the test's lab speed this backup runs long enough to be cancelled.
    session->execute(
        QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\cancel-test.bak' "
                       "WITH INIT, STATS = 1"));
    // The lab reports the backup's first progress: it runs, and the cancel meets it running.
    PCHAT_TRY_VERIFY(!s_lab->control().progressTimeline(mark).isEmpty() || !finished.isEmpty(), 20000);
    ASSERT_TRUE(finished.isEmpty()) << "the backup ended before it could be cancelled";
    session->cancel();
    ASSERT_TRUE(finished.wait(20000));
    const BatchResult result = finished.constFirst().at(1).value<BatchResult>();
    EXPECT_EQ(result.outcome, BatchResult::Outcome::Cancelled);

    // The session stays usable after the cancel.
    const BatchResult after = run(*session, QStringLiteral("SELECT 1 AS one"));
    EXPECT_TRUE(after.succeeded());
}

// FreeTDS's ODBC driver hands a statement's informational messages over when the statement ends, although the
// lab (like SQL Server) flushes them as the backup advances (tsql prints them live). Live progress therefore
// comes from polling sys.dm_exec_requests on a second session; the messages still reach the Messages pane, in
// order and before the batch is reported finished.
TEST_F(SqlSessionTest, StatsMessagesArriveInOrderBeforeTheBatchFinishes)
{
    auto session = openSession(QStringLiteral("PCSQL02\\PCHAT"));
    QStringList percents;
    bool finished = false;
    bool messageAfterFinish = false;
    QObject::connect(session.get(), &SqlSession::message, [&](quint64, const SqlMessage& message) {
        messageAfterFinish = messageAfterFinish || finished;
        if (message.number == 3211)
            percents << message.text.section(QLatin1Char(' '), 0, 0);
    });
    QObject::connect(session.get(), &SqlSession::finished,
                     [&](quint64, const BatchResult&) { finished = true; });
    session->execute(
        QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\order-test.bak' "
                       "WITH INIT, STATS = 25"));
    PCHAT_TRY_VERIFY(finished, 60000);
    EXPECT_EQ(percents, QStringList({QStringLiteral("25"), QStringLiteral("50"), QStringLiteral("75"),
                                     QStringLiteral("100")}));
    EXPECT_FALSE(messageAfterFinish);
}

TEST(OdbcDrivers, TheDriverManagerListsFreeTds)
{
    // scripts/setup.sh installs tdsodbc, which registers [FreeTDS] in odbcinst.ini.
    EXPECT_TRUE(pchat::OdbcDrivers::installed().contains(QStringLiteral("FreeTDS")))
        << pchat::OdbcDrivers::installed().join(QStringLiteral(", ")).toStdString();
}

TEST_F(SqlSessionTest, ProgressProbeSeesThePercentRiseWhileTheBackupRuns)
{
    auto worker = openSession(QStringLiteral("PCSQL02\\PCHAT"));
    ProgressProbe probe(instance(QStringLiteral("PCSQL02\\PCHAT")));
    QList<double> percents;
    bool finished = false;
    QObject::connect(&probe, &ProgressProbe::progress, [&](const ProgressSample& sample) {
        if (!finished && (percents.isEmpty() || percents.constLast() != sample.percent))
            percents << sample.percent;
    });
    QObject::connect(worker.get(), &SqlSession::finished,
                     [&](quint64, const BatchResult&) { finished = true; });
    worker->execute(
        QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\probe-test.bak' "
                       "WITH INIT, STATS = 10"));
    probe.start(worker->serverProcessId(), qint64(6) * 1024 * 1024 * 1024, 100);
    PCHAT_TRY_VERIFY(finished, 60000);
    probe.stop();
    EXPECT_GE(percents.size(), 3) << "distinct percent values seen before the backup ended";
    EXPECT_TRUE(std::is_sorted(percents.cbegin(), percents.cend()));
}
