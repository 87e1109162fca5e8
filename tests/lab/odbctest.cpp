// QODBC through the FreeTDS driver against the lab: login, catalog queries, prepared statements, errors.
#include "labprocess.h"

#include <atomic>
#include <gtest/gtest.h>
#include <iostream>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QUuid>
#include <sql.h>
#include <thread>

namespace {

class OdbcTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_lab = new LabProcess({QStringLiteral("--speed"), QStringLiteral("200")});
    }
    static void TearDownTestSuite()
    {
        delete s_lab;
        s_lab = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_lab->started());
        m_name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_name);
        // Credentials inside the connection string, which ends with ';': Qt 6.4 hands the string to the
        // driver with its terminating NUL counted, and FreeTDS then keeps that NUL in the last value (see
        // README).
        db.setDatabaseName(
            LabProcess::odbcConnectionString(s_lab->port(QStringLiteral("PCSQL01\\PCHAT"))) +
            QStringLiteral(";UID=sa;PWD=%1;").arg(QString::fromLatin1(LabProcess::password())));
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    void TearDown() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() { return QSqlDatabase::database(m_name, false); }

    static LabProcess* s_lab;
    QString m_name;
};

LabProcess* OdbcTest::s_lab = nullptr;

} // namespace

TEST_F(OdbcTest, CatalogQueryThroughExecDirect)
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // a scrollable QSqlQuery makes FreeTDS use server cursors (sp_cursoropen)
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, state_desc, recovery_model_desc FROM sys.databases "
                                      "WHERE name LIKE N'mgc%' ORDER BY name")))
        << q.lastError().text().toStdString();
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("ONLINE"));
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("FULL"));
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("mgc"), QStringLiteral("mgccomp")}));
}

TEST_F(OdbcTest, PreparedStatementWithParametersUsesPrepExecThenExecute)
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // a scrollable QSqlQuery makes FreeTDS use server cursors (sp_cursoropen)
    ASSERT_TRUE(q.prepare(QStringLiteral("SELECT database_id FROM sys.databases WHERE name = ?")));
    for (const char* name : {"mgc", "mgccomp", "master"}) {
        q.addBindValue(QString::fromLatin1(name));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toInt(), 0);
    }
}

TEST_F(OdbcTest, ServerFunctionsAndVariables)
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // a scrollable QSqlQuery makes FreeTDS use server cursors (sp_cursoropen)
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT @@SERVERNAME, SERVERPROPERTY('ProductVersion'), "
                              "IS_SRVROLEMEMBER('sysadmin'), SUSER_SNAME(), DB_ID('mgc'), GETDATE()")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("PCSQL01\\PCHAT"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("11.0.5058.0"));
    EXPECT_EQ(q.value(2).toInt(), 1);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("sa"));
    EXPECT_EQ(q.value(4).toInt(), 5);
    EXPECT_TRUE(q.value(5).toDateTime().isValid());
}

TEST_F(OdbcTest, ErrorsCarrySqlServerNumbersAndTexts)
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // a scrollable QSqlQuery makes FreeTDS use server cursors (sp_cursoropen)
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT * FROM sys.nothere")));
    EXPECT_TRUE(q.lastError().databaseText().contains(QStringLiteral("Invalid object name 'sys.nothere'.")))
        << q.lastError().databaseText().toStdString();
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("208"));
    EXPECT_FALSE(q.exec(QStringLiteral("EXEC dbo.sp_nothere")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("2812"));
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT FROM WHERE")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("156"));
}

namespace {

// Opens a QODBC connection to a lab instance; the name is removed when the object goes away.
class OdbcConnection
{
public:
    explicit OdbcConnection(int port)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_name);
        db.setDatabaseName(
            LabProcess::odbcConnectionString(port) +
            QStringLiteral(";UID=sa;PWD=%1;").arg(QString::fromLatin1(LabProcess::password())));
        m_open = db.open();
    }
    ~OdbcConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

TEST(OdbcProgressTest, ExecWaitsForTheWholeBackupWhileTheLabStreamsMessages)
{
    // Speed 1: the 64 MB primary mgc takes about 0.43 s at the scenario's 150 MB/s.
    LabProcess lab;
    ASSERT_TRUE(lab.started());
    OdbcConnection c(lab.port(QStringLiteral("PCSQL01\\PCHAT")));
    ASSERT_TRUE(c.isOpen());
    QElapsedTimer t;
    t.start();
    qint64 execMs = 0;
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        ASSERT_TRUE(q.exec(QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'D:\\MSSQL\\Backup\\odbc.bak' "
                                          "WITH INIT, STATS = 10")))
            << q.lastError().text().toStdString();
        execMs = t.elapsed();
        while (q.nextResult()) {
        }
    }
    const qint64 totalMs = t.elapsed();
    std::cout << "QODBC exec returned after " << execMs << " ms, results drained after " << totalMs << " ms"
              << std::endl;
    // Observed: the lab flushes each STATS message at once, yet FreeTDS's SQLExecDirect only returns at the
    // statement's DONE; the messages are then available through SQLGetDiagRec. Progress must be polled from
    // another connection (sys.dm_exec_requests), not read from the running statement.
    EXPECT_GT(execMs, 350);
    QSqlQuery check(c.db());
    check.setForwardOnly(true);
    ASSERT_TRUE(check.exec(QStringLiteral("RESTORE HEADERONLY FROM DISK = N'D:\\MSSQL\\Backup\\odbc.bak'")));
    ASSERT_TRUE(check.next()) << "the drained backup completed";
}

TEST(OdbcProgressTest, SqlCancelFromAnotherThreadAbortsTheBackup)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("0.2")});
    ASSERT_TRUE(lab.started());
    OdbcConnection c(lab.port(QStringLiteral("PCSQL01\\PCHAT")));
    ASSERT_TRUE(c.isOpen());
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    std::atomic<bool> cancelled{false};
    const pchat::LabControl control = lab.control();
    const qint64 mark = control.progressTimelineMark();
    std::thread canceller([&q, &cancelled, control, mark] {
        // The backup runs once the lab reports its first progress; only then is there something to cancel.
        QElapsedTimer waited;
        waited.start();
        while (control.progressTimeline(mark).isEmpty() && waited.elapsed() < 1000)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        // The statement handle exists while exec() blocks; SQLCancel is the ODBC way to stop it.
        const QVariant h = q.result()->handle();
        if (h.isValid())
            cancelled = SQL_SUCCEEDED(SQLCancel(*static_cast<SQLHANDLE const*>(h.constData())));
    });
    QElapsedTimer t;
    t.start();
    const bool ok = q.exec(QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'D:\\MSSQL\\Backup\\early.bak' "
                                          "WITH INIT, STATS = 10"));
    canceller.join();
    EXPECT_TRUE(cancelled.load());
    EXPECT_FALSE(ok);
    EXPECT_LT(t.elapsed(), 1500) << "the 2 s backup stopped early";
    q.finish();
    QSqlQuery check(c.db());
    check.setForwardOnly(true);
    EXPECT_FALSE(
        check.exec(QStringLiteral("RESTORE HEADERONLY FROM DISK = N'D:\\MSSQL\\Backup\\early.bak'")));
    // QODBC reports the last message's number (3013); the cause (3241) is in the text before it.
    EXPECT_TRUE(check.lastError().databaseText().contains(QStringLiteral("is incorrectly formed")))
        << check.lastError().text().toStdString();
}

TEST_F(OdbcTest, TransactionManagerRequestsAndBackupInsideATransaction)
{
    // QSqlDatabase::transaction() switches autocommit off: FreeTDS then sends TM BEGIN requests (packet
    // 0x0E).
    ASSERT_TRUE(db().transaction());
    QSqlQuery q(db());
    q.setForwardOnly(true);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT @@TRANCOUNT")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    q.finish();
    EXPECT_FALSE(q.exec(QStringLiteral("BACKUP DATABASE mgc TO DISK = N'D:\\MSSQL\\Backup\\tx.bak'")));
    EXPECT_TRUE(q.lastError().databaseText().contains(
        QStringLiteral("Cannot perform a backup or restore operation within a transaction.")))
        << q.lastError().text().toStdString();
    EXPECT_TRUE(db().rollback());
    QSqlQuery after(db());
    after.setForwardOnly(true);
    ASSERT_TRUE(after.exec(QStringLiteral("SELECT @@TRANCOUNT")));
    ASSERT_TRUE(after.next());
    EXPECT_EQ(after.value(0).toInt(), 0);
}

TEST_F(OdbcTest, MsdbHistoryAfterABackup)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    ASSERT_TRUE(
        q.exec(QStringLiteral("BACKUP DATABASE mgccomp TO DISK = N'D:\\MSSQL\\Backup\\h.bak' WITH INIT, "
                              "NAME = N'history'")));
    while (q.nextResult()) {
    }
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT TOP 1 b.name, b.type, f.physical_device_name FROM msdb.dbo.backupset b "
                              "JOIN msdb.dbo.backupmediafamily f ON f.media_set_id = b.media_set_id "
                              "WHERE b.database_name = N'mgccomp' ORDER BY b.backup_finish_date DESC")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("history"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("D"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("D:\\MSSQL\\Backup\\h.bak"));
}

TEST_F(OdbcTest, ScrollableQueryUsesAServerCursor)
{
    // Without setForwardOnly(true) FreeTDS opens an API server cursor (sp_cursoropen / sp_cursorfetch).
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sys.databases ORDER BY database_id")))
        << q.lastError().text().toStdString();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    EXPECT_EQ(names.size(), 6);
    EXPECT_EQ(names.value(0), QStringLiteral("master"));
    EXPECT_EQ(names.value(5), QStringLiteral("mgccomp"));
}

TEST_F(OdbcTest, ScrollablePreparedQueryWithParameters)
{
    QSqlQuery q(db());
    ASSERT_TRUE(q.prepare(
        QStringLiteral("SELECT name, state_desc FROM sys.databases WHERE name LIKE ? ORDER BY name")));
    q.addBindValue(QStringLiteral("mgc%"));
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("mgc"), QStringLiteral("mgccomp")}));
}
