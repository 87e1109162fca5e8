// The syntax tree of a parsed T-SQL batch: expressions, SELECT queries and statements (plain data, no
// behaviour).
#pragma once

#include "lab/tsql/sqlvalue.h"

#include <memory>
#include <QStringList>
#include <QVector>

namespace pchatlab {

struct Expr;
struct SelectQuery;
struct Stmt;
using ExprPtr = std::shared_ptr<Expr>;
using StmtPtr = std::shared_ptr<Stmt>;

enum class ExprKind
{
    Literal,
    Variable,       // @x
    GlobalVariable, // @@x
    Column,         // [a.]b
    Unary,          // - + NOT ~
    Binary,         // arithmetic, comparison, AND, OR
    Function,
    Cast,    // CAST / CONVERT / TRY_CAST
    Like,    // args[0] LIKE args[1]
    In,      // args[0] IN (args[1..])
    IsNull,  // args[0] IS [NOT] NULL
    Between, // args[0] BETWEEN args[1] AND args[2]
    Case,
    Star, // COUNT(*)
    Subquery,
    Exists,
};

struct Expr
{
    ExprKind kind = ExprKind::Literal;
    SqlValue literal;
    QString name; // variable, function or operator
    QStringList parts;
    QVector<ExprPtr> args;
    SqlType castType;
    ExprPtr style;
    bool negated = false;
    bool distinct = false;
    std::shared_ptr<SelectQuery> subquery;
    ExprPtr caseOperand;
    QVector<std::pair<ExprPtr, ExprPtr>> whens;
    ExprPtr elseExpr;
    // Levels of the tree from here down (1 for a leaf); the parser keeps it below ParseDepthGuard's limit.
    int height = 1;
};

struct SelectItem
{
    ExprPtr expr;
    QString alias;
    QString assignVariable; // SELECT @v = expr
    bool star = false;
    QString starQualifier; // t.*
};

struct TableRef
{
    QStringList nameParts;
    QString alias;
    enum class Join
    {
        None,
        Inner,
        Left,
        Cross,
        CrossApply, // a table-valued function evaluated for each row on its left
        OuterApply
    } join = Join::None;
    ExprPtr on;
    QVector<ExprPtr> functionArgs; // fn_... table functions
    bool isFunction = false;
};

struct OrderItem
{
    ExprPtr expr;
    bool descending = false;
};

struct SelectQuery
{
    ExprPtr top;
    bool distinct = false;
    QVector<SelectItem> items;
    QVector<TableRef> from;
    ExprPtr where;
    QVector<OrderItem> orderBy;
};

struct VarDecl
{
    QString name;
    SqlType type;
    ExprPtr init;
    bool notNull = false; // a table variable's column declared NOT NULL
};

struct ExecArg
{
    QString name; // @param when named
    ExprPtr value;
    bool output = false;
    bool isDefault = false;
};

struct WithOption
{
    QString name; // upper case: STATS, FILE, MOVE, NAME, ...
    ExprPtr value;
    ExprPtr value2; // MOVE 'logical' TO 'physical'
};

enum class StmtKind
{
    Select,
    Declare,
    SetVariable,
    SetOption,
    If,
    Block,
    While,
    Break,
    Continue,
    Use,
    Print,
    Raiserror,
    Exec,
    ExecString,
    Kill,
    Backup,
    Restore,
    AlterDatabase,
    BeginTran,
    CommitTran,
    RollbackTran,
    WaitFor,
    Return,
    DeclareTable, // DECLARE @t TABLE (columns in decls)
    Insert,       // INSERT [INTO] target [(words)] VALUES rows | SELECT select | EXEC thenStmt
    Delete,       // DELETE [FROM] target [WHERE condition]
    TryCatch,     // BEGIN TRY body END TRY BEGIN CATCH catchBody END CATCH
};

struct Stmt
{
    StmtKind kind = StmtKind::Select;
    int line = 1;
    std::shared_ptr<SelectQuery> select;
    QVector<VarDecl> decls;
    QString name; // variable, option, database, procedure text
    QString op;   // = += -=
    ExprPtr value;
    QStringList words; // SET option words, ALTER DATABASE option words
    ExprPtr condition;
    StmtPtr thenStmt;
    StmtPtr elseStmt;
    QVector<StmtPtr> body;
    QVector<ExprPtr> args;
    QStringList withWords; // RAISERROR WITH NOWAIT/LOG, ALTER ... WITH ROLLBACK IMMEDIATE
    // EXEC
    QString returnVariable;
    QStringList procParts;
    QVector<ExecArg> execArgs;
    // BACKUP / RESTORE: target is DATABASE, LOG, HEADERONLY, FILELISTONLY, VERIFYONLY, LABELONLY
    QString target;
    ExprPtr databaseName;
    QVector<ExprPtr> devices;
    QVector<WithOption> options;
    // INSERT / DELETE: the target's name parts (["@t"] for a table variable); INSERT ... VALUES rows.
    QStringList targetParts;
    QVector<QVector<ExprPtr>> valueRows;
    // BEGIN CATCH ... END CATCH
    QVector<StmtPtr> catchBody;
};

inline StmtPtr makeStmt(StmtKind kind, int line)
{
    auto s = std::make_shared<Stmt>();
    s->kind = kind;
    s->line = line;
    return s;
}

} // namespace pchatlab
