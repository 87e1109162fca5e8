// Protocol tests with a raw TDS client: typed RPC parameters, OUTPUT values, attention, concurrency, bad
// input.
#include "labprocess.h"
#include "tdsclient.h"

#include <gtest/gtest.h>
#include <memory>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <QUuid>
#include <random>

namespace {

class RawProtocolTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_lab = new LabProcess({QStringLiteral("--speed"), QStringLiteral("4")}); }
    static void TearDownTestSuite()
    {
        delete s_lab;
        s_lab = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_lab->started()); }
    static int port(const char* instance = "PCSQL02\\PCHAT")
    {
        return s_lab->port(QString::fromLatin1(instance));
    }
    static std::unique_ptr<TdsClient> login(const char* instance = "PCSQL02\\PCHAT")
    {
        auto c = std::make_unique<TdsClient>();
        QString error;
        EXPECT_TRUE(c->connectAndLogin(port(instance), QStringLiteral("sa"),
                                       QString::fromLatin1(LabProcess::password()), &error))
            << error.toStdString();
        return c;
    }
    static LabProcess* s_lab;
};

LabProcess* RawProtocolTest::s_lab = nullptr;

} // namespace

TEST_F(RawProtocolTest, WrongPasswordGivesLoginFailed18456)
{
    TdsClient c;
    QString error;
    EXPECT_FALSE(c.connectAndLogin(port(), QStringLiteral("sa"), QStringLiteral("wrong"), &error));
    EXPECT_EQ(error, QStringLiteral("Login failed for user 'sa'."));
}

TEST_F(RawProtocolTest, SpExecuteSqlWithTypedParametersAndOutput)
{
    auto c = login();
    const QUuid guid = QUuid::createUuid();
    const QDateTime when(QDate(2026, 11, 26), QTime(10, 30, 15, 250), Qt::UTC);
    c->sendRpc(QString(), 10,
               {{QString(),
                 QByteArray("SELECT @i + 1 AS i, @s AS s, @b AS b, @f * 2 AS f, @g AS g, @d AS d, @t AS t; "
                            "SET @out = @s + N'!'")},
                {QString(), QByteArray("@i int, @s nvarchar(50), @b bit, @f float, @g uniqueidentifier, "
                                       "@d datetime2, @t ntext, @out nvarchar(60) OUTPUT")},
                {QStringLiteral("@i"), 41},
                {QStringLiteral("@s"), QStringLiteral("Grüße [mgc]; '")},
                {QStringLiteral("@b"), true},
                {QStringLiteral("@f"), 1.25},
                {QStringLiteral("@g"), guid},
                {QStringLiteral("@d"), when},
                {QStringLiteral("@t"), QByteArray("long text")},
                {QStringLiteral("@out"), QVariant(QMetaType(QMetaType::QString))}},
               {QStringLiteral("@out")});
    const TdsResponse r = c->read();
    ASSERT_TRUE(r.complete);
    ASSERT_TRUE(r.errorNumbers.isEmpty()) << r.messages.value(0).second.toStdString();
    ASSERT_EQ(r.rowSets.size(), 1);
    const QVariantList row = r.rowSets[0].value(0);
    EXPECT_EQ(row.value(0).toInt(), 42);
    EXPECT_EQ(row.value(1).toString(), QStringLiteral("Grüße [mgc]; '"));
    EXPECT_EQ(row.value(2).toInt(), 1);
    EXPECT_DOUBLE_EQ(row.value(3).toDouble(), 2.5);
    EXPECT_EQ(row.value(4).toString(), guid.toString());
    EXPECT_EQ(row.value(6).toString(), QStringLiteral("long text"));
    ASSERT_EQ(r.returnStatuses, QVector<int>{0});
    ASSERT_EQ(r.returnValues.size(), 1);
    EXPECT_EQ(r.returnValues[0].first, QStringLiteral("@out"));
    EXPECT_EQ(r.returnValues[0].second.toString(), QStringLiteral("Grüße [mgc]; '!"));
    EXPECT_EQ(r.doneStatuses.last() & 0x01, 0) << "the final DONEPROC has no MORE bit";
}

TEST_F(RawProtocolTest, ProcedureByNameWithOutputAndReturnStatus)
{
    auto c = login();
    c->sendRpc(QStringLiteral("master.dbo.xp_fileexist"), 0,
               {{QStringLiteral("@filename"), QStringLiteral("\\\\FS01\\PChatLogShip")},
                {QStringLiteral("@file_exists"), 7}},
               {QStringLiteral("@file_exists")});
    TdsResponse r = c->read();
    ASSERT_TRUE(r.errorNumbers.isEmpty()) << r.messages.value(0).second.toStdString();
    ASSERT_EQ(r.returnValues.size(), 1);
    EXPECT_EQ(r.returnValues[0].second.toInt(), 0) << "a folder is not a file";
    EXPECT_EQ(r.returnStatuses, QVector<int>{0});

    c->sendRpc(QStringLiteral("sp_nosuchproc"), 0, {});
    r = c->read();
    EXPECT_EQ(r.errorNumbers, QVector<int>{2812});
    EXPECT_EQ(r.messages.value(0).second, QStringLiteral("Could not find stored procedure 'sp_nosuchproc'."));
}

TEST_F(RawProtocolTest, PrepareExecuteUnprepare)
{
    auto c = login();
    c->sendRpc(
        QString(), 13,
        {{QStringLiteral("@handle"), QVariant(QMetaType(QMetaType::Int))},
         {QStringLiteral("@params"), QStringLiteral("@P1 nvarchar(128)")},
         {QStringLiteral("@stmt"), QStringLiteral("SELECT database_id FROM sys.databases WHERE name = @P1")},
         {QStringLiteral("@P1"), QStringLiteral("mgc")}},
        {QStringLiteral("@handle")});
    TdsResponse r = c->read();
    ASSERT_TRUE(r.errorNumbers.isEmpty()) << r.messages.value(0).second.toStdString();
    ASSERT_EQ(r.returnValues.size(), 1);
    const int handle = r.returnValues[0].second.toInt();
    EXPECT_GT(handle, 0);
    EXPECT_EQ(r.rowSets.value(0).value(0).value(0).toInt(), 5);
    c->sendRpc(QStringLiteral("sp_execute"), 0,
               {{QString(), handle}, {QString(), QStringLiteral("mgccomp")}});
    r = c->read();
    EXPECT_EQ(r.rowSets.value(0).value(0).value(0).toInt(), 6);
    c->sendRpc(QString(), 15, {{QString(), handle}});
    r = c->read();
    EXPECT_TRUE(r.errorNumbers.isEmpty());
    c->sendRpc(QStringLiteral("sp_execute"), 0, {{QString(), handle}, {QString(), QStringLiteral("mgc")}});
    r = c->read();
    EXPECT_EQ(r.errorNumbers, QVector<int>{8179});
}

TEST_F(RawProtocolTest, AttentionStopsAWaitForAndIsAcknowledgedSeparately)
{
    auto c = login();
    QElapsedTimer t;
    t.start();
    c->sendBatch(QStringLiteral("WAITFOR DELAY '00:00:30'; SELECT 1"));
    // The attention must meet a running WAITFOR: wait until another session sees the request.
    auto poller = login();
    bool running = false;
    while (!running && t.elapsed() < 3000) {
        poller->sendBatch(QStringLiteral("SELECT COUNT(*) FROM sys.dm_exec_requests AS r "
                                         "WHERE r.session_id <> @@SPID AND r.status <> 'background'"));
        const auto rows = poller->read().rowSets.value(0);
        running = !rows.isEmpty() && rows[0].value(0).toInt() > 0;
    }
    ASSERT_TRUE(running) << "the WAITFOR never ran";
    c->sendAttention();
    const TdsResponse first = c->read();
    EXPECT_TRUE(first.complete);
    TdsResponse ack = first;
    if (!first.attentionAck)
        ack = c->read();
    EXPECT_TRUE(ack.attentionAck);
    EXPECT_LT(t.elapsed(), 5000);
    c->sendBatch(QStringLiteral("SELECT 7"));
    const TdsResponse after = c->read();
    EXPECT_EQ(after.rowSets.value(0).value(0).value(0).toInt(), 7) << "the connection stays usable";
}

TEST_F(RawProtocolTest, AttentionAbortsARunningBackupAndLeavesADamagedFile)
{
    auto c = login();
    // 6 GB at 150 MB/s is 41 s at speed 1, about 10 s here: plenty of time to cancel.
    c->sendBatch(QStringLiteral(
        "BACKUP DATABASE mgc TO DISK = N'D:\\MSSQL\\Backup\\cancelled.bak' WITH INIT, STATS = 1"));
    const TdsResponse progress = c->readSome(1200);
    EXPECT_FALSE(progress.complete);
    ASSERT_FALSE(progress.messages.isEmpty()) << "STATS messages arrive while the backup runs";
    EXPECT_EQ(progress.messages.first().first, 3211);
    c->sendAttention();
    TdsResponse end = c->read();
    if (!end.attentionAck)
        end = c->read();
    EXPECT_TRUE(end.attentionAck);
    c->sendBatch(QStringLiteral("RESTORE HEADERONLY FROM DISK = N'D:\\MSSQL\\Backup\\cancelled.bak'"));
    const TdsResponse r = c->read();
    EXPECT_EQ(r.errorNumbers, (QVector<int>{3241, 3013}));
}

TEST_F(RawProtocolTest, PollingSessionSeesPercentCompleteRise)
{
    auto worker = login();
    auto poller = login();
    worker->sendBatch(
        QStringLiteral("BACKUP DATABASE mgccomp TO DISK = N'D:\\MSSQL\\Backup\\poll.bak' WITH INIT"));
    QVector<double> seen;
    QElapsedTimer sampling;
    sampling.start();
    // Until the percent has risen (two different values), not a fixed number of samples.
    while (sampling.elapsed() < 20000 && (seen.size() < 2 || seen.first() >= seen.last())) {
        poller->sendBatch(QStringLiteral("SELECT r.percent_complete, r.estimated_completion_time, r.command "
                                         "FROM sys.dm_exec_requests AS r WHERE r.session_id <> @@SPID "
                                         "AND r.status <> 'background'")); // not SQL Server's own tasks
        const TdsResponse r = poller->read();
        const auto rows = r.rowSets.value(0);
        if (!rows.isEmpty() && rows[0].value(2).toString() == u"BACKUP DATABASE")
            seen.append(rows[0].value(0).toDouble());
        QThread::msleep(50);
    }
    ASSERT_GE(seen.size(), 2);
    EXPECT_LT(seen.first(), seen.last());
    const TdsResponse done = worker->read(30000);
    EXPECT_TRUE(done.complete);
    EXPECT_EQ(done.messages.last().first, 3014);
}

TEST_F(RawProtocolTest, FiftySessionsAtOnce)
{
    std::vector<std::unique_ptr<TdsClient>> clients;
    for (int i = 0; i < 50; ++i)
        clients.push_back(login("PCSQL01\\PCHAT"));
    for (auto& c : clients)
        c->sendBatch(QStringLiteral("SELECT @@SPID, COUNT(*) FROM sys.dm_exec_sessions"));
    QSet<int> spids;
    for (auto& c : clients) {
        const TdsResponse r = c->read();
        ASSERT_TRUE(r.complete);
        spids.insert(r.rowSets.value(0).value(0).value(0).toInt());
        EXPECT_GE(r.rowSets.value(0).value(0).value(1).toInt(), 50);
    }
    EXPECT_EQ(spids.size(), 50);
}

TEST_F(RawProtocolTest, GarbageClosesOnlyThatConnection)
{
    auto good = login("PCSQL01\\PCHAT");
    const QByteArray attacks[] = {
        QByteArray::fromHex("0101000400000100"),                  // length below the header size
        QByteArray::fromHex("ff01000800000100"),                  // unknown packet type
        TdsClient::packet(0x03, QByteArray::fromHex("16000000")), // RPC with ALL_HEADERS only half there
        TdsClient::packet(0x01, TdsClient::allHeaders() + QByteArray("\x41", 1)), // odd UTF-16 length
        TdsClient::packet(0x03, TdsClient::allHeaders() + QByteArray::fromHex("ffff0a000000"
                                                                              "00"
                                                                              "00"
                                                                              "e7ffff")),
    };
    int index = 0;
    for (const QByteArray& a : attacks) {
        SCOPED_TRACE(index++);
        TdsClient bad;
        ASSERT_TRUE(bad.connectAndLogin(port("PCSQL01\\PCHAT"), QStringLiteral("sa"),
                                        QString::fromLatin1(LabProcess::password())));
        bad.sendRaw(a);
        bad.socket().waitForDisconnected(3000);
        EXPECT_FALSE(bad.isConnected());
    }
    // A huge declared message before login.
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port("PCSQL01\\PCHAT")));
    ASSERT_TRUE(s.waitForConnected(3000));
    for (int i = 0; i < 4200; ++i)
        s.write(TdsClient::packet(0x12, QByteArray(4000, 'x'), 0x00));
    s.waitForDisconnected(5000);
    EXPECT_NE(s.state(), QAbstractSocket::ConnectedState);

    good->sendBatch(QStringLiteral("SELECT 1"));
    EXPECT_EQ(good->read().rowSets.value(0).value(0).value(0).toInt(), 1);
}

TEST_F(RawProtocolTest, MutatedRequestsOverTheWireNeverTakeTheLabDown)
{
    std::mt19937 rng(314159);
    const QByteArray batch =
        // "SELECT 1" in UTF-16LE: 16 bytes (18 read past the literal, which ASan reports).
        TdsClient::packet(0x01, TdsClient::allHeaders() + QByteArray("S\0E\0L\0E\0C\0T\0 \0"
                                                                     "1\0",
                                                                     16));
    for (int i = 0; i < 60; ++i) {
        TdsClient c;
        ASSERT_TRUE(c.connectAndLogin(port("PCSQL01\\PCHAT"), QStringLiteral("sa"),
                                      QString::fromLatin1(LabProcess::password())));
        QByteArray b = batch;
        for (int m = 0; m < 1 + int(rng() % 6); ++m)
            b[qsizetype(rng() % quint32(b.size()))] = char(rng());
        c.sendRaw(b);
        c.readSome(50); // whatever comes back (a result, an error, or a closed socket)
    }
    auto good = login("PCSQL01\\PCHAT");
    good->sendBatch(QStringLiteral("SELECT COUNT(*) FROM sys.databases"));
    EXPECT_EQ(good->read().rowSets.value(0).value(0).value(0).toInt(), 6);
}

TEST_F(RawProtocolTest, SessionOptionsThatClientsSendAfterLogin)
{
    auto c = login();
    c->sendBatch(QStringLiteral(
        "set ansi_nulls on\nset ansi_null_dflt_on on\nset ansi_padding on\nset ansi_warnings on\n"
        "set arithabort on\nset concat_null_yields_null on\nset datefirst 7\nset dateformat mdy\n"
        "set implicit_transactions off\nset language us_english\nset numeric_roundabort off\n"
        "set quoted_identifier on\nset textsize 2147483647\nset transaction isolation level read committed\n"
        "set xact_abort off\nSET NOCOUNT ON; SET LOCK_TIMEOUT -1; SELECT 1"));
    const TdsResponse r = c->read();
    EXPECT_TRUE(r.errorNumbers.isEmpty()) << r.messages.value(0).second.toStdString();
    EXPECT_EQ(r.rowSets.value(0).value(0).value(0).toInt(), 1);
    c->sendBatch(QStringLiteral("SET NO_SUCH_OPTION ON"));
    EXPECT_EQ(c->read().errorNumbers, QVector<int>{195});
}

TEST_F(RawProtocolTest, KillEndsAnotherSessionAndRefusesItsOwn)
{
    auto victim = login("PCSQL01\\PCHAT");
    victim->sendBatch(QStringLiteral("SELECT @@SPID"));
    const int spid = victim->read().rowSets.value(0).value(0).value(0).toInt();
    auto killer = login("PCSQL01\\PCHAT");
    killer->sendBatch(QStringLiteral("KILL %1").arg(spid));
    EXPECT_TRUE(killer->read().errorNumbers.isEmpty());
    victim->socket().waitForDisconnected(3000);
    EXPECT_FALSE(victim->isConnected());
    killer->sendBatch(QStringLiteral("KILL @@SPID"));
    EXPECT_EQ(killer->read().errorNumbers, QVector<int>{6104});
    killer->sendBatch(QStringLiteral("KILL 999"));
    EXPECT_EQ(killer->read().errorNumbers, QVector<int>{6106});
}
