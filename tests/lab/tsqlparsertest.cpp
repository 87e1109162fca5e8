// Parser tests: the T-SQL subset parses into statements, and bad syntax gives SQL Server's 102/156 errors.
#include "lab/tsql/sqlerror.h"
#include "lab/tsql/statementparser.h"

#include <gtest/gtest.h>

using namespace pchatlab;

namespace {

int errorOf(const QString& sql, QString* text = nullptr)
{
    try {
        StatementParser::parseBatch(sql);
    } catch (const SqlError& e) {
        if (text)
            *text = e.text();
        return e.number();
    }
    return 0;
}

} // namespace

TEST(TsqlParser, ParsesTheFailbackStatements)
{
    const auto stmts = StatementParser::parseBatch(QStringLiteral(
        "DECLARE @rc int, @name sysname = N'mgc'\n"
        "SELECT name, state_desc FROM sys.databases WHERE name IN (N'mgc', N'mgccomp') ORDER BY name\n"
        "IF (@@ERROR = 0 AND @rc = 0) BEGIN PRINT 'ok' END ELSE PRINT 'no'\n"
        "ALTER DATABASE [mgc] SET PARTNER OFF\n"
        "BACKUP DATABASE [mgc] TO DISK = N'\\\\FS01\\PChatLogShip\\mgc.bak' WITH NOFORMAT, INIT, NAME = "
        "N'x', "
        "SKIP, NOREWIND, NOUNLOAD, STATS = 10\n"
        "RESTORE DATABASE [mgc] FROM DISK = N'a.bak' WITH FILE = 1, MOVE N'mgc' TO N'D:\\mgc.mdf', REPLACE, "
        "STATS = 5\n"
        "EXEC @rc = master.dbo.xp_fileexist N'\\\\FS01\\PChatLogShip', @rc OUTPUT\n"
        "RESTORE HEADERONLY FROM DISK = N'a.bak'\n"
        "SET NOCOUNT ON; USE master; KILL 53"));
    ASSERT_EQ(stmts.size(), 11);
    EXPECT_EQ(stmts[1]->kind, StmtKind::Select);
    EXPECT_EQ(stmts[3]->kind, StmtKind::AlterDatabase);
    EXPECT_EQ(stmts[4]->options.size(), 7);
    EXPECT_EQ(stmts[6]->returnVariable, QStringLiteral("@rc"));
    EXPECT_TRUE(stmts[6]->execArgs[1].output);
}

TEST(TsqlParser, BareProcedureNameAtBatchStartIsExec)
{
    const auto stmts = StatementParser::parseBatch(QStringLiteral("sp_datatype_info_100 93, @ODBCVer = 3"));
    ASSERT_EQ(stmts.size(), 1);
    EXPECT_EQ(stmts[0]->kind, StmtKind::Exec);
    EXPECT_EQ(stmts[0]->execArgs.size(), 2);
}

TEST(TsqlParser, SyntaxErrorsNameTheOffendingToken)
{
    QString text;
    EXPECT_EQ(errorOf(QStringLiteral("PRINT 1 SELEC 2"), &text), 102);
    EXPECT_EQ(text, QStringLiteral("Incorrect syntax near 'SELEC'."));
    EXPECT_EQ(errorOf(QStringLiteral("SELECT * FROM WHERE x = 1"), &text), 156);
    EXPECT_EQ(text, QStringLiteral("Incorrect syntax near the keyword 'WHERE'."));
    EXPECT_EQ(errorOf(QStringLiteral("SELECT 'abc"), &text), 105);
    EXPECT_EQ(errorOf(QStringLiteral("SELECT 1 +"), &text), 102);
    EXPECT_EQ(text, QStringLiteral("Incorrect syntax near '+'."));
    EXPECT_EQ(errorOf(QStringLiteral("DECLARE @x nosuchtype"), &text), 243);
    EXPECT_EQ(errorOf(QStringLiteral("SET FOO ON"), &text), 195);
}

TEST(TsqlParser, DeepNestingIsRefusedWith191InsteadOfOverflowingTheStack)
{
    // A hostile statement: 100000 parentheses would need a stack frame per level without the guard.
    const QString parens = QStringLiteral("SELECT ") + QString(100000, u'(') + u'1' + QString(100000, u')');
    QString text;
    EXPECT_EQ(errorOf(parens, &text), 191);
    EXPECT_EQ(text,
              QStringLiteral("Some part of your SQL statement is nested too deeply. Rewrite the query or "
                             "break it up into smaller queries."));
    // Unclosed, the parser still stops at the limit rather than at the end of the text.
    EXPECT_EQ(errorOf(QStringLiteral("SELECT ") + QString(100000, u'(')), 191);
    // Operators that recurse without parentheses, and statements inside statements.
    EXPECT_EQ(errorOf(QStringLiteral("SELECT ") + QStringLiteral("- ").repeated(100000) + u'1'), 191);
    EXPECT_EQ(errorOf(QStringLiteral("IF NOT ") + QStringLiteral("NOT ").repeated(100000) +
                      QStringLiteral("1=1 PRINT 1")),
              191);
    EXPECT_EQ(errorOf(QStringLiteral("BEGIN ").repeated(100000) + QStringLiteral("PRINT 1") +
                      QStringLiteral(" END").repeated(100000)),
              191);
    EXPECT_EQ(errorOf(QStringLiteral("IF 1=1 ").repeated(100000) + QStringLiteral("PRINT 1")), 191);
    // A chain of operators needs no recursion to parse, but is evaluated and freed recursively.
    EXPECT_EQ(errorOf(QStringLiteral("SELECT 1") + QStringLiteral("+1").repeated(100000)), 191);
    // Chains inside parentheses add up: 120 levels (within the nesting limit) of ten operators each.
    QString chains = QStringLiteral("1");
    for (int level = 0; level < 120; ++level)
        chains = u'(' + chains + QStringLiteral("+1").repeated(10) + u')';
    EXPECT_EQ(errorOf(QStringLiteral("SELECT ") + chains), 191);
}

TEST(TsqlParser, NestingWithinTheLimitsParses)
{
    EXPECT_EQ(errorOf(QStringLiteral("SELECT ") + QString(100, u'(') + u'1' + QString(100, u')')), 0);
    EXPECT_EQ(errorOf(QStringLiteral("SELECT 'a'") + QStringLiteral(" + 'b'").repeated(1000)), 0);
    EXPECT_EQ(errorOf(QStringLiteral("BEGIN ").repeated(50) + QStringLiteral("PRINT 1") +
                      QStringLiteral(" END").repeated(50)),
              0);
}

// Found with the fuzz target tests/fuzz/fuzz_tsql (crash-stack-overflow-* in its corpus): nested parentheses,
// NOT, IF and BEGIN recursed without a limit and long operator chains built trees the evaluator and the
// destructor recursed through, so one batch ended the lab with a stack overflow. SQL Server answers such
// batches with error 191.
TEST(TsqlParser, NestingTooDeepIsError191NotACrash)
{
    QList<QString> deep{
        QStringLiteral("SELECT ") + QStringLiteral("(").repeated(20000) + u'1' +
            QStringLiteral(")").repeated(20000),
        QStringLiteral("SELECT 1") + QStringLiteral("+1").repeated(30000),
        QStringLiteral("SELECT 1 WHERE ") + QStringLiteral("NOT ").repeated(15000) + QStringLiteral("1 = 1"),
        QStringLiteral("SELECT ") + QStringLiteral("- ").repeated(15000) + u'1',
        QStringLiteral("SELECT ") + QStringLiteral("ABS(").repeated(5000) + u'1' +
            QStringLiteral(")").repeated(5000),
        QStringLiteral("SELECT ") + QStringLiteral("(SELECT ").repeated(5000) + u'1' +
            QStringLiteral(")").repeated(5000),
        QStringLiteral("IF 1 = 1 ").repeated(10000) + QStringLiteral("PRINT 1"),
        QStringLiteral("BEGIN ").repeated(10000) + QStringLiteral("PRINT 1 ") +
            QStringLiteral("END ").repeated(10000),
    };
    // Shallow parentheses whose operator chains add up: ((1+1+...)+1+...) grows ten levels per pair.
    QString chains = QStringLiteral("1");
    for (int i = 0; i < 120; ++i)
        chains = u'(' + chains + QStringLiteral("+1").repeated(10) + u')';
    deep.append(QStringLiteral("SELECT ") + chains);
    for (const QString& sql : deep) {
        QString text;
        EXPECT_EQ(errorOf(sql, &text), 191) << sql.left(40).toStdString();
        EXPECT_EQ(text,
                  QStringLiteral("Some part of your SQL statement is nested too deeply. Rewrite the query "
                                 "or break it up into smaller queries."));
    }

    // What clients send nests far less and still parses.
    EXPECT_EQ(errorOf(QStringLiteral("SELECT ") + QStringLiteral("(").repeated(40) + u'1' +
                      QStringLiteral(")").repeated(40)),
              0);
    EXPECT_EQ(errorOf(QStringLiteral("SELECT 1") + QStringLiteral("+1").repeated(200)), 0);
    EXPECT_EQ(errorOf(QStringLiteral("IF 1 = 1 BEGIN ").repeated(30) + QStringLiteral("PRINT 1 ") +
                      QStringLiteral("END ").repeated(30)),
              0);
}
