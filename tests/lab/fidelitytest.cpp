// Issue 18, lab fidelity: the messages SQL Server raises where it raises them (nesting limits, restore
// failures, logins, KILL), and every session visible in every view, tried over real TDS with FreeTDS's tsql
// and the tests' own TDS client.
#include "labprocess.h"
#include "tdsclient.h"

#include <functional>
#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

const char* kPrimary = "PCSQL01\\PCHAT";
const char* kBackup = "PCSQL02\\PCHAT";
const char* kBackupMirror = "PCSQL02M\\PCHAT";

class FidelityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lab = std::make_unique<LabProcess>(m_args);
        ASSERT_TRUE(m_lab->started());
    }
    QString run(const char* instance, const QString& sql)
    {
        return LabProcess::runTsql(m_lab->port(QString::fromLatin1(instance)),
                                   sql + QStringLiteral("\ngo\nexit\n"));
    }
    std::unique_ptr<TdsClient> login(const char* instance)
    {
        auto c = std::make_unique<TdsClient>();
        QString error;
        if (!c->connectAndLogin(m_lab->port(QString::fromLatin1(instance)), QStringLiteral("sa"),
                                QString::fromLatin1(LabProcess::password()), &error))
            ADD_FAILURE() << error.toStdString();
        return c;
    }
    // Restarts the lab on the default scenario with one instance changed by `change`.
    void restartWith(const char* instance, const std::function<void(QJsonObject&)>& change)
    {
        m_lab.reset();
        QFile file(QStringLiteral(PCHAT_LAB_DEFAULT_SCENARIO));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray instances = root.value(QLatin1String("instances")).toArray();
        for (int i = 0; i < instances.size(); ++i) {
            QJsonObject inst = instances[i].toObject();
            if (inst.value(QLatin1String("name")).toString() != QLatin1String(instance))
                continue;
            change(inst);
            instances[i] = inst;
        }
        root.insert(QStringLiteral("instances"), instances);
        const QString scenario = m_dir.filePath(QStringLiteral("scenario.json"));
        QFile out(scenario);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        m_lab = std::make_unique<LabProcess>(m_args + QStringList{QStringLiteral("--scenario"), scenario});
        ASSERT_TRUE(m_lab->started());
    }
    QTemporaryDir m_dir;
    QStringList m_args{QStringLiteral("--speed"), QStringLiteral("400")};
    std::unique_ptr<LabProcess> m_lab;
};

} // namespace

TEST_F(FidelityTest, DynamicSqlNestedDeeperThan32LevelsGives217AndEndsTheBatch)
{
    // Each level runs itself again through sp_executesql and records how deep it got.
    const QString out =
        run(kPrimary,
            QStringLiteral(
                "DECLARE @s nvarchar(max) = N'SET @deepest = @@NESTLEVEL; "
                "EXEC sp_executesql @s, N''@s nvarchar(max), @deepest int OUTPUT'', @s, @deepest OUTPUT'\n"
                "DECLARE @deepest int = 0\n"
                "EXEC sp_executesql @s, N'@s nvarchar(max), @deepest int OUTPUT', @s, @deepest OUTPUT\n"
                "PRINT 'after the call'\ngo\n"
                "SELECT 'next batch' AS b"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 217 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(
        "Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).")));
    EXPECT_EQ(out.count(QStringLiteral("Msg 217")), 1) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("after the call"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("next batch"))) << out.toStdString();

    // Within the limit the levels count as SQL Server counts them.
    const QString ok = run(kPrimary, QStringLiteral("EXEC('EXEC(''SELECT @@NESTLEVEL AS lvl'')')"));
    EXPECT_TRUE(ok.contains(QStringLiteral("lvl\n2"))) << ok.toStdString();
}

TEST_F(FidelityTest, AStatementNestedTooDeeplyGives191AndTheSessionLivesOn)
{
    auto c = login(kPrimary);
    c->sendBatch(QStringLiteral("SELECT ") + QString(100000, u'(') + u'1' + QString(100000, u')'));
    const TdsResponse r = c->read(30000);
    ASSERT_TRUE(r.complete);
    ASSERT_EQ(r.errorNumbers, QVector<int>{191});
    EXPECT_EQ(
        r.messages.value(0).second,
        QStringLiteral("Some part of your SQL statement is nested too deeply. Rewrite the query or break it "
                       "up into smaller queries."));
    c->sendBatch(QStringLiteral("SELECT 42"));
    const TdsResponse after = c->read();
    ASSERT_TRUE(after.complete);
    EXPECT_EQ(after.rowSets.value(0).value(0).value(0).toInt(), 42);

    const QString out = run(kPrimary, QStringLiteral("SELECT 1") + QStringLiteral("+1").repeated(5000));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 191 (severity 15, state 1)")))
        << out.left(2000).toStdString();
}

TEST_F(FidelityTest, TheDbInUseSessionIsInEveryViewAndKillEndsIt)
{
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")));
    // What the restore page asks, and what a DBA would look at.
    const QString out =
        run(kBackup,
            QStringLiteral("SELECT 'dmv', s.session_id, s.login_name, s.host_name, s.program_name FROM "
                           "sys.dm_exec_sessions s "
                           "WHERE s.database_id = DB_ID(N'mgc') AND s.session_id <> @@SPID\ngo\n"
                           "SELECT 'req', r.session_id, r.status, r.command FROM sys.dm_exec_requests r "
                           "WHERE r.database_id = DB_ID(N'mgc')\ngo\n"
                           "SELECT 'sysp', p.spid, p.loginame, p.hostname FROM master.dbo.sysprocesses p "
                           "WHERE p.dbid = DB_ID(N'mgc')\ngo\n"
                           "EXEC sp_who\ngo\nEXEC sp_who2"));
    static const QRegularExpression dmv(
        QStringLiteral("dmv\\t(\\d+)\\tCONTOSO\\\\svc-pchat\\tPCHAT03\\t\\.Net SqlClient Data Provider"));
    const QRegularExpressionMatch m = dmv.match(out);
    ASSERT_TRUE(m.hasMatch()) << out.toStdString();
    const QString spid = m.captured(1);
    EXPECT_TRUE(out.contains(QStringLiteral("req\t%1\tsuspended\tWAITFOR").arg(spid))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("sysp\t%1\tCONTOSO\\svc-pchat\tPCHAT03").arg(spid)))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QRegularExpression(
        QStringLiteral("\\n%1\\t0\\tsuspended\\tCONTOSO\\\\svc-pchat\\tPCHAT03\\t0\\tmgc\\tWAITFOR")
            .arg(spid))))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QRegularExpression(
        QStringLiteral("\\s%1\\tSUSPENDED\\tCONTOSO\\\\svc-pchat\\tPCHAT03\\t  \\.\\tmgc").arg(spid))))
        << out.toStdString();

    // KILL ends it: the restore finds the database free, and the views no longer list the session.
    const QString killed =
        run(kBackup, QStringLiteral("KILL %1\ngo\nSELECT COUNT(*) AS left_in_mgc FROM sys.dm_exec_sessions "
                                    "WHERE database_id = DB_ID(N'mgc') AND session_id <> @@SPID\ngo\n"
                                    "KILL %1")
                         .arg(spid));
    EXPECT_TRUE(killed.contains(QStringLiteral("left_in_mgc\n0"))) << killed.toStdString();
    EXPECT_TRUE(killed.contains(QStringLiteral("Msg 6106 (severity 16, state 2)"))) << killed.toStdString();
    EXPECT_TRUE(killed.contains(QStringLiteral("Process ID %1 is not an active process ID.").arg(spid)));
}

TEST_F(FidelityTest, SetSingleUserRollsBackTheSessionItCanSee)
{
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")));
    const QString out =
        run(kBackup,
            QStringLiteral(
                "SELECT COUNT(*) AS before_ FROM sys.dm_exec_sessions WHERE database_id = DB_ID(N'mgc')\ngo\n"
                "ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE\ngo\n"
                "SELECT COUNT(*) AS after_ FROM sys.dm_exec_sessions WHERE database_id = DB_ID(N'mgc')\ngo\n"
                "ALTER DATABASE [mgc] SET MULTI_USER"));
    EXPECT_TRUE(out.contains(QStringLiteral("before_\n1"))) << out.toStdString();
    EXPECT_TRUE(
        out.contains(QStringLiteral("Nonqualified transactions are being rolled back. Estimated rollback "
                                    "completion: 100%.")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("after_\n0"))) << out.toStdString();
}

TEST_F(FidelityTest, KillKnowsOwnUnknownSystemAndAgentSessions)
{
    const QString out =
        run(kPrimary,
            QStringLiteral("KILL @@SPID\ngo\nKILL 4242\ngo\nKILL 3\ngo\n"
                           "SELECT 'sys', COUNT(*) FROM sys.dm_exec_sessions WHERE is_user_process = 0 AND "
                           "session_id < 51\ngo\n"
                           "DECLARE @agent int = (SELECT MIN(session_id) FROM sys.dm_exec_sessions "
                           "WHERE program_name LIKE 'SQLAgent%')\nKILL @agent\n"
                           "SELECT 'agents', COUNT(*), SUM(CASE WHEN session_id = @agent THEN 1 ELSE 0 END) "
                           "FROM sys.dm_exec_sessions WHERE program_name LIKE 'SQLAgent%'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 6104 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Cannot use KILL to kill your own process.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 6106 (severity 16, state 2)")));
    EXPECT_TRUE(out.contains(QStringLiteral("Process ID 4242 is not an active process ID.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 6107 (severity 14, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Only user processes can be killed.")));
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("sys\\t[1-9]")))) << out.toStdString();
    // SQL Server Agent reconnects at once, with a new session.
    EXPECT_TRUE(out.contains(QStringLiteral("agents\t2\t0"))) << out.toStdString();
}

TEST_F(FidelityTest, EverySessionIsInEveryView)
{
    auto other = login(kPrimary);
    other->sendBatch(QStringLiteral("USE mgccomp"));
    ASSERT_TRUE(other->read().complete);
    const QString out = run(
        kPrimary,
        QStringLiteral("SELECT 'count', (SELECT COUNT(*) FROM sys.dm_exec_sessions), "
                       "(SELECT COUNT(*) FROM master.dbo.sysprocesses)\ngo\nEXEC sp_who\ngo\nEXEC sp_who2"));
    static const QRegularExpression counts(QStringLiteral("count\\t(\\d+)\\t(\\d+)"));
    const QRegularExpressionMatch m = counts.match(out);
    ASSERT_TRUE(m.hasMatch()) << out.toStdString();
    EXPECT_EQ(m.captured(1), m.captured(2));
    // sp_who and sp_who2 list the same sessions: one row each, the header line aside.
    const int sessions = m.captured(1).toInt();
    EXPECT_GE(sessions, 7 + 2 + 2); // background tasks, the Agent's two, this session and the other
    EXPECT_EQ(out.count(QStringLiteral("\tmgccomp\t")), 2) << out.toStdString();
    EXPECT_EQ(
        out.count(QRegularExpression(QStringLiteral(
            "\\n\\s*\\d+\\t0\\t(background|sleeping|runnable|suspended|RUNNABLE|BACKGROUND|SUSPENDED)"))),
        sessions)
        << out.toStdString();
}

TEST_F(FidelityTest, ALoginWhoseDefaultDatabaseCannotOpenGets4064)
{
    // The trainer's login on the backup's mirror defaults to mgc, which is RESTORING there.
    restartWith(kBackupMirror, [](QJsonObject& inst) {
        QJsonArray logins = inst.value(QLatin1String("logins")).toArray();
        logins.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("trainer")},
                                  {QStringLiteral("password"), QString::fromLatin1(LabProcess::password())},
                                  {QStringLiteral("defaultDatabase"), QStringLiteral("mgc")}});
        inst.insert(QStringLiteral("logins"), logins);
    });
    TdsClient c;
    EXPECT_FALSE(c.connectAndLogin(m_lab->port(QString::fromLatin1(kBackupMirror)), QStringLiteral("trainer"),
                                   QString::fromLatin1(LabProcess::password()), nullptr, QString()));
    EXPECT_EQ(c.loginResponse().errorNumbers, (QVector<int>{4064, 18456}));
    EXPECT_EQ(c.loginResponse().messages.value(0).second,
              QStringLiteral("Cannot open user default database. Login failed."));
    const QString sa =
        run(kBackupMirror, QStringLiteral("SELECT name, default_database_name FROM sys.server_principals "
                                          "WHERE name = 'trainer'"));
    EXPECT_TRUE(sa.contains(QStringLiteral("trainer\tmgc"))) << sa.toStdString();
}

TEST_F(FidelityTest, ABackupFromANewerVersionGives3169)
{
    restartWith(kBackup, [](QJsonObject& inst) {
        inst.insert(QStringLiteral("version"), QStringLiteral("12.0.2000.8"));
    });
    run(kBackup,
        QStringLiteral("ALTER DATABASE [mgc] SET PARTNER OFF\ngo\n"
                       "BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\v12.bak' WITH INIT"));
    const QString out = run(
        kPrimary,
        QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'\\\\FS01\\PChatLogShip\\v12.bak' WITH REPLACE"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 3169 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("The database was backed up on a server running version "
                                            "12.00.2000. That version is incompatible with this "
                                            "server, which is running version 11.00.5058.")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORE DATABASE is terminating abnormally.")));
}

TEST_F(FidelityTest, RestoreRefusesOtherDatabasesWrongFilesAndMissingFolders)
{
    const QString out =
        run(kPrimary,
            QStringLiteral(
                "BACKUP DATABASE [mgc] TO DISK = N'D:\\MSSQL\\Backup\\a.bak' WITH INIT\ngo\n"
                "RESTORE DATABASE [mgc_copy] FROM DISK = N'D:\\MSSQL\\Backup\\a.bak' WITH "
                "MOVE N'mgc' TO N'D:\\MSSQL\\Data\\mgc_copy.mdf', MOVE N'mgc_log' TO "
                "N'L:\\MSSQL\\Log\\mgc_copy_log.ldf'\ngo\n"
                "PRINT '--- same database, other name'\ngo\n"
                "RESTORE DATABASE [mgc_copy] FROM DISK = N'D:\\MSSQL\\Backup\\a.bak'\ngo\n"
                "PRINT '--- another database'\ngo\n"
                "RESTORE DATABASE [mgccomp] FROM DISK = N'D:\\MSSQL\\Backup\\a.bak'\ngo\n"
                "PRINT '--- a data file'\ngo\n"
                "RESTORE DATABASE [mgc2] FROM DISK = N'D:\\MSSQL\\Data\\mgc.mdf'\ngo\n"
                "PRINT '--- a folder this server lacks'\ngo\n"
                "RESTORE DATABASE [mgc3] FROM DISK = N'D:\\MSSQL\\Backup\\a.bak' WITH "
                "MOVE N'mgc' TO N'E:\\Data\\mgc3.mdf', MOVE N'mgc_log' TO N'L:\\MSSQL\\Log\\mgc3_log.ldf'"));
    const QStringList parts = out.split(QStringLiteral("--- "));
    ASSERT_EQ(parts.size(), 5) << out.toStdString();
    EXPECT_TRUE(parts[0].contains(QStringLiteral("RESTORE DATABASE successfully processed")))
        << out.toStdString();
    EXPECT_TRUE(parts[1].contains(QStringLiteral("Msg 3141 (severity 16, state 1)")))
        << parts[1].toStdString();
    EXPECT_TRUE(parts[1].contains(QStringLiteral(
        "The database to be restored was named 'mgc'. Reissue the statement using the WITH REPLACE option to "
        "overwrite the 'mgc_copy' database.")));
    EXPECT_TRUE(parts[2].contains(QStringLiteral("Msg 3154 (severity 16, state 1)")))
        << parts[2].toStdString();
    EXPECT_TRUE(parts[3].contains(QStringLiteral("Msg 3143 (severity 16, state 1)")))
        << parts[3].toStdString();
    EXPECT_TRUE(parts[3].contains(
        QStringLiteral("The data set on device 'D:\\MSSQL\\Data\\mgc.mdf' is not a SQL Server backup set.")));
    EXPECT_TRUE(parts[4].contains(QStringLiteral("Msg 5133 (severity 16, state 1)")))
        << parts[4].toStdString();
    EXPECT_TRUE(parts[4].contains(QStringLiteral("Msg 3156 (severity 16, state 3)")));
    EXPECT_TRUE(parts[4].contains(QStringLiteral("File 'mgc' cannot be restored to 'E:\\Data\\mgc3.mdf'. Use "
                                                 "WITH MOVE to identify a valid location for the "
                                                 "file.")));
    EXPECT_TRUE(parts[4].contains(QStringLiteral("Msg 3119 (severity 16, state 1)")));
    EXPECT_FALSE(parts[4].contains(QStringLiteral("mgc3_log.ldf'. Use WITH MOVE")));
    for (int i = 1; i < parts.size(); ++i)
        EXPECT_TRUE(parts[i].contains(QStringLiteral("RESTORE DATABASE is terminating abnormally."))) << i;
}

TEST_F(FidelityTest, DrillFaultsDamageTheRestoreAndTheDatabaseStaysRestoring)
{
    run(kPrimary,
        QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\d.bak' WITH INIT"));
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("restore-page-error:PCSQL01\\PCHAT")));
    QString out =
        run(kPrimary,
            QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'\\\\FS01\\PChatLogShip\\d.bak' "
                           "WITH REPLACE\ngo\nSELECT state_desc FROM sys.databases WHERE name = 'mgc'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 3183 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(
        out.contains(QRegularExpression(QStringLiteral("RESTORE detected an error on page \\(1:\\d+\\) in "
                                                       "database \"mgc\" as read from the backup set\\."))));
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORING"))) << out.toStdString();

    ASSERT_TRUE(m_lab->control().clearFaults());
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("restore-read-fails")));
    out = run(
        kPrimary,
        QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'\\\\FS01\\PChatLogShip\\d.bak' WITH REPLACE"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 3203 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(
        "Read on \"\\\\FS01\\PChatLogShip\\d.bak\" failed: 59(An unexpected network error occurred.)")));

    ASSERT_TRUE(m_lab->control().clearFaults());
    out = run(
        kPrimary,
        QStringLiteral("RESTORE DATABASE [mgc] FROM DISK = N'\\\\FS01\\PChatLogShip\\d.bak' WITH REPLACE"));
    EXPECT_TRUE(out.contains(QStringLiteral("RESTORE DATABASE successfully processed"))) << out.toStdString();
}

TEST_F(FidelityTest, ARecoveringDatabaseGives921)
{
    ASSERT_TRUE(m_lab->control().addFault(QStringLiteral("db-recovering:PCSQL01\\PCHAT:mgc")));
    const QString out =
        run(kPrimary, QStringLiteral("USE mgc\ngo\nSELECT state_desc FROM sys.databases WHERE name = 'mgc'"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 921 (severity 14, state 1)"))) << out.toStdString();
    EXPECT_TRUE(
        out.contains(QStringLiteral("Database 'mgc' has not been recovered yet. Wait and try again.")));
    EXPECT_TRUE(out.contains(QStringLiteral("RECOVERING")));
}

TEST_F(FidelityTest, ASingleUserDatabaseHeldByAnotherSessionGives5064)
{
    auto holder = login(kPrimary);
    holder->sendBatch(QStringLiteral("ALTER DATABASE [mgc] SET SINGLE_USER\nUSE mgc"));
    const TdsResponse held = holder->read();
    ASSERT_TRUE(held.complete);
    ASSERT_TRUE(held.errorNumbers.isEmpty()) << held.messages.value(0).second.toStdString();
    const QString out =
        run(kPrimary, QStringLiteral("ALTER DATABASE [mgc] SET MULTI_USER WITH ROLLBACK IMMEDIATE"));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 5064 (severity 16, state 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(
        "Changes to the state or options of database 'mgc' cannot be made at this time. The database is in "
        "single-user mode, and a user is currently connected to it.")));
    EXPECT_TRUE(out.contains(QStringLiteral("Msg 5069 (severity 16, state 1)")));
    EXPECT_TRUE(out.contains(QStringLiteral("ALTER DATABASE statement failed.")));
}
