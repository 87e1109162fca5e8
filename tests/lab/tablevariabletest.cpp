// Table variables, INSERT (VALUES, SELECT, EXEC), DELETE and TRY...CATCH through FreeTDS's tsql, as the
// exported failover's step 3 uses them, with SQL Server's errors for what is wrong.
#include "labprocess.h"

#include <gtest/gtest.h>

namespace {

class TableVariableTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lab = std::make_unique<LabProcess>(QStringList{QStringLiteral("--speed"), QStringLiteral("400")});
        ASSERT_TRUE(m_lab->started());
    }
    QString run(const QString& sql)
    {
        return LabProcess::runTsql(m_lab->port(QStringLiteral("PCSQL02\\PCHAT")),
                                   sql + QStringLiteral("\ngo\nexit\n"));
    }
    QStringList errors(const QString& sql) { return LabProcess::errorsIn(run(sql)); }
    std::unique_ptr<LabProcess> m_lab;
};

} // namespace

TEST_F(TableVariableTest, InsertsSelectsAndDeletesRows)
{
    const QString out =
        run(QStringLiteral("SET NOCOUNT ON;\n"
                           "DECLARE @t TABLE (name nvarchar(128) NOT NULL, n int NULL);\n"
                           "INSERT INTO @t (name, n) VALUES (N'a', 1), (N'b', 2);\n"
                           "INSERT @t (name) SELECT name FROM sys.databases WHERE name = N'master';\n"
                           "DELETE FROM @t WHERE n = 1;\n"
                           "SELECT t.name + N':' + ISNULL(CONVERT(nvarchar(10), t.n), N'null') AS v FROM @t "
                           "AS t ORDER BY t.name;\n"
                           "SELECT @@ROWCOUNT AS counted;"));
    EXPECT_TRUE(out.contains(QStringLiteral("v\nb:2\nmaster:null\n"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("counted\n2"))) << out.toStdString();
}

TEST_F(TableVariableTest, WrongInsertsGetSqlServersErrors)
{
    const QString declare = QStringLiteral("DECLARE @t TABLE (name nvarchar(128) NOT NULL, n int);\n");
    EXPECT_EQ(errors(declare + QStringLiteral("INSERT INTO @t (n) VALUES (1);")).value(0).section(u':', 0, 0),
              QStringLiteral("515"));
    EXPECT_EQ(errors(declare + QStringLiteral("INSERT INTO @t VALUES (N'a');")).value(0).section(u':', 0, 0),
              QStringLiteral("213"));
    EXPECT_EQ(
        errors(declare + QStringLiteral("INSERT INTO @t (nope) VALUES (1);")).value(0).section(u':', 0, 0),
        QStringLiteral("207"));
    EXPECT_EQ(errors(QStringLiteral("INSERT INTO @missing VALUES (1);")).value(0).section(u':', 0, 0),
              QStringLiteral("1087"));
    EXPECT_EQ(errors(QStringLiteral("INSERT INTO sys.databases (name) VALUES (N'x');"))
                  .value(0)
                  .section(u':', 0, 0),
              QStringLiteral("259"));
    EXPECT_EQ(errors(QStringLiteral("DELETE FROM dbo.nothing_here;")).value(0).section(u':', 0, 0),
              QStringLiteral("208"));
    EXPECT_EQ(errors(declare + declare).value(0).section(u':', 0, 0), QStringLiteral("134"));
    // A table variable lives in its batch: after GO, and in dynamic SQL, it is not declared.
    EXPECT_EQ(errors(declare + QStringLiteral("go\nSELECT * FROM @t;")).value(0).section(u':', 0, 0),
              QStringLiteral("1087"));
    EXPECT_EQ(errors(declare + QStringLiteral("EXEC (N'SELECT * FROM @t');")).value(0).section(u':', 0, 0),
              QStringLiteral("1087"));
    // A table variable is declared on its own.
    EXPECT_EQ(errors(QStringLiteral("DECLARE @a int, @t TABLE (n int);")).value(0).section(u':', 0, 0),
              QStringLiteral("156"));
}

TEST_F(TableVariableTest, InsertExecKeepsTheRowsOfAProcedureOrBatch)
{
    const QString out = run(QStringLiteral(
        "SET NOCOUNT ON;\n"
        "DECLARE @listing TABLE (subdirectory nvarchar(260), depth int, is_file int);\n"
        "INSERT INTO @listing EXEC master.sys.xp_dirtree N'\\\\FS01\\PChatLogShip', 1, 1;\n"
        "INSERT INTO @listing (subdirectory, depth, is_file) EXEC (N'SELECT N''extra'', 1, 0');\n"
        "SELECT COUNT(*) AS folders FROM @listing WHERE is_file = 0;"));
    EXPECT_TRUE(out.contains(QStringLiteral("folders\n1"))) << out.toStdString();
    // The rows went into the table, not to the client.
    EXPECT_FALSE(out.contains(QStringLiteral("subdirectory"))) << out.toStdString();

    EXPECT_EQ(errors(QStringLiteral("DECLARE @t TABLE (a int);\nINSERT INTO @t EXEC (N'SELECT 1, 2');"))
                  .value(0)
                  .section(u':', 0, 0),
              QStringLiteral("213"));
    EXPECT_EQ(
        errors(QStringLiteral("DECLARE @t TABLE (a int);\nINSERT INTO @t EXEC (N'DECLARE @i TABLE (a int); "
                              "INSERT INTO @i EXEC (N''SELECT 1''); SELECT a FROM @i');"))
            .value(0)
            .section(u':', 0, 0),
        QStringLiteral("8164"));
}

TEST_F(TableVariableTest, HeaderOnlyHasTheColumnsOfTheServersVersion)
{
    // The lab's instances are SQL Server 2012 (11.x): 53 columns, Containment last.
    const QString backup =
        run(QStringLiteral("BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\tv.bak' "
                           "WITH INIT"));
    ASSERT_TRUE(LabProcess::errorsIn(backup).isEmpty()) << backup.toStdString();
    const QString header = QStringLiteral(
        "DECLARE @h TABLE (c1 nvarchar(128), c2 nvarchar(255), c3 smallint, c4 datetime, c5 bit, c6 "
        "smallint, "
        "c7 tinyint, c8 nvarchar(128), c9 nvarchar(128), c10 nvarchar(128), c11 int, c12 datetime, "
        "c13 numeric(20,0), c14 numeric(25,0), c15 numeric(25,0), c16 numeric(25,0), c17 numeric(25,0), "
        "c18 datetime, c19 datetime, c20 smallint, c21 smallint, c22 int, c23 int, c24 tinyint, c25 int, "
        "c26 int, c27 int, c28 int, c29 nvarchar(128), c30 int, c31 uniqueidentifier, c32 uniqueidentifier, "
        "c33 nvarchar(128), c34 uniqueidentifier, c35 bit, c36 bit, c37 bit, c38 bit, c39 bit, c40 bit, "
        "c41 bit, c42 bit, c43 bit, c44 bit, c45 uniqueidentifier, c46 numeric(25,0), c47 nvarchar(60), "
        "c48 numeric(25,0), c49 uniqueidentifier, c50 nvarchar(60), c51 uniqueidentifier, c52 bigint%1);\n"
        "DECLARE @file nvarchar(260) = N'\\\\FS01\\PChatLogShip\\tv.bak';\n"
        "INSERT INTO @h EXEC (N'RESTORE HEADERONLY FROM DISK = N''' + @file + N'''');\n"
        "SELECT COUNT(*) AS sets FROM @h WHERE c3 = 1 AND c10 = N'mgc'%2;");
    const QString out = run(header.arg(QStringLiteral(", c53 tinyint"), QStringLiteral(" AND c53 = 0")));
    EXPECT_TRUE(out.contains(QStringLiteral("sets\n1"))) << out.toStdString();
    const QString tooFew = run(header.arg(QString(), QString()));
    EXPECT_EQ(LabProcess::errorsIn(tooFew).value(0).section(u':', 0, 0), QStringLiteral("213"))
        << tooFew.toStdString();
}

TEST_F(TableVariableTest, CatchGetsTheLastErrorAndTheClientNone)
{
    const QString out = run(QStringLiteral(
        "BEGIN TRY\n"
        "    RESTORE LOG [mgc] FROM DISK = N'C:\\nothing.trn' WITH NORECOVERY;\n"
        "    PRINT N'not reached';\n"
        "END TRY\n"
        "BEGIN CATCH\n"
        "    SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;\n"
        "END CATCH\n"
        "SELECT ISNULL(ERROR_NUMBER(), -1) AS outside;"));
    // SQL Server hands the CATCH block only the last of RESTORE's errors, and sends neither to the client.
    EXPECT_TRUE(out.contains(QStringLiteral("3013\t16\tRESTORE LOG is terminating abnormally.")))
        << out.toStdString();
    EXPECT_TRUE(LabProcess::errorsIn(out).isEmpty()) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("not reached"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("outside\n-1"))) << out.toStdString();
}

TEST_F(TableVariableTest, TryCatchesRaiserrorAndDynamicSqlButNotInformation)
{
    const QString out = run(
        QStringLiteral("BEGIN TRY\n"
                       "    RAISERROR(N'just saying %d', 10, 1, 7);\n"
                       "    EXEC (N'SELECT 1/0 AS x');\n"
                       "END TRY\n"
                       "BEGIN CATCH\n"
                       "    SELECT ERROR_NUMBER() AS inner_number;\n"
                       "    BEGIN TRY\n"
                       "        RAISERROR(N'mine %s', 16, 3, N'here');\n"
                       "    END TRY\n"
                       "    BEGIN CATCH\n"
                       "        SELECT ERROR_NUMBER() AS n2, ERROR_STATE() AS s2, ERROR_MESSAGE() AS m2;\n"
                       "    END CATCH\n"
                       "    SELECT ERROR_NUMBER() AS back_to_outer;\n"
                       "END CATCH"));
    EXPECT_TRUE(out.contains(QStringLiteral("just saying 7"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("inner_number\n8134"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("50000\t3\tmine here"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("back_to_outer\n8134"))) << out.toStdString();
    EXPECT_TRUE(LabProcess::errorsIn(out).isEmpty()) << out.toStdString();

    // An error in the CATCH block itself reaches the client; an empty TRY block is a syntax error.
    EXPECT_EQ(errors(QStringLiteral("BEGIN TRY SELECT 1/0 END TRY BEGIN CATCH SELECT 1/0 END CATCH"))
                  .value(0)
                  .section(u':', 0, 0),
              QStringLiteral("8134"));
    EXPECT_EQ(errors(QStringLiteral("BEGIN TRY END TRY BEGIN CATCH END CATCH")).value(0).section(u':', 0, 0),
              QStringLiteral("156"));
}

TEST_F(TableVariableTest, IfReadsTheErrorOfTheStatementBefore)
{
    const QString out =
        run(QStringLiteral("RESTORE LOG [mgc] FROM DISK = N'C:\\nothing.trn' WITH NORECOVERY;\n"
                           "IF @@ERROR <> 0 SELECT @@ERROR AS reset_inside;\n"
                           "SELECT 1 AS fine;\n"
                           "IF @@ERROR = 0 SELECT 2 AS none_before;"));
    // Without TRY the client gets RESTORE's own messages, and the script can still stop on @@ERROR.
    EXPECT_TRUE(LabProcess::errorsIn(out).join(u' ').contains(QStringLiteral("3013: "))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("reset_inside\n0"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("none_before\n2"))) << out.toStdString();
}
