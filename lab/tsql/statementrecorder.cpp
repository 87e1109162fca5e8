#include "lab/tsql/statementrecorder.h"

#include "lab/tsql/expressionevaluator.h"
#include "lab/world/world.h"

namespace pchatlab {

namespace {

QString verbOf(const Stmt& s)
{
    switch (s.kind) {
    case StmtKind::Select:
        return QStringLiteral("SELECT");
    case StmtKind::Declare:
        return QStringLiteral("DECLARE");
    case StmtKind::SetVariable:
        return QStringLiteral("SET");
    case StmtKind::SetOption:
        return QStringLiteral("SET OPTION");
    case StmtKind::Use:
        return QStringLiteral("USE");
    case StmtKind::Print:
        return QStringLiteral("PRINT");
    case StmtKind::Raiserror:
        return QStringLiteral("RAISERROR");
    case StmtKind::ExecString:
        return QStringLiteral("EXEC STRING");
    case StmtKind::Kill:
        return QStringLiteral("KILL");
    case StmtKind::Backup:
        return QStringLiteral("BACKUP ") + s.target;
    case StmtKind::Restore:
        return QStringLiteral("RESTORE ") + s.target;
    case StmtKind::AlterDatabase:
        return QStringLiteral("ALTER DATABASE");
    case StmtKind::BeginTran:
        return QStringLiteral("BEGIN TRANSACTION");
    case StmtKind::CommitTran:
        return QStringLiteral("COMMIT TRANSACTION");
    case StmtKind::RollbackTran:
        return QStringLiteral("ROLLBACK TRANSACTION");
    case StmtKind::WaitFor:
        return QStringLiteral("WAITFOR");
    case StmtKind::Return:
        return QStringLiteral("RETURN");
    default:
        // Control flow (IF, WHILE, blocks) is recorded through the statements it runs; EXEC after its
        // arguments are evaluated.
        return {};
    }
}

} // namespace

QString StatementRecorder::evaluatedText(const ExprPtr& expr)
{
    if (!expr)
        return {};
    try {
        const SqlValue v = ExpressionEvaluator(m_ctx).evaluate(*expr);
        return v.isNull() ? QStringLiteral("NULL") : v.toString();
    } catch (const SqlError&) {
        // The statement itself reports the error when it evaluates the same expression.
        return {};
    }
}

void StatementRecorder::record(const QString& kind, const QString& text, const QString& object,
                               const QStringList& args)
{
    m_ctx.world().executedLog().append(
        {0, m_ctx.instance().serverName(), m_ctx.session().spid, kind, text, object, args});
}

void StatementRecorder::statement(const Stmt& s)
{
    const QString verb = verbOf(s);
    if (verb.isEmpty())
        return;
    QString object;
    QStringList args;
    switch (s.kind) {
    case StmtKind::Select:
        if (s.select) {
            for (const TableRef& table : s.select->from)
                args << table.nameParts.join(u'.');
            object = args.value(0);
        }
        break;
    case StmtKind::Declare:
        for (const VarDecl& d : s.decls)
            args << d.name;
        break;
    case StmtKind::SetVariable:
    case StmtKind::Use:
    case StmtKind::AlterDatabase:
        object = s.name;
        args = s.words;
        break;
    case StmtKind::SetOption:
        args = s.words;
        object = s.name;
        break;
    case StmtKind::ExecString:
    case StmtKind::Kill:
        object = evaluatedText(s.value);
        break;
    case StmtKind::Backup:
    case StmtKind::Restore:
        object = evaluatedText(s.databaseName);
        for (const ExprPtr& device : s.devices)
            args << evaluatedText(device);
        for (const WithOption& option : s.options)
            args << option.name + (option.value ? u'=' + evaluatedText(option.value) : QString()) +
                        (option.value2 ? u'>' + evaluatedText(option.value2) : QString());
        break;
    default:
        break;
    }
    record(QStringLiteral("statement"), verb, object, args);
}

void StatementRecorder::call(const ProcedureCall& call)
{
    QStringList args;
    for (const ProcArgument& a : call.args)
        args << a.name + u'=' + (a.value.isNull() ? QStringLiteral("NULL") : a.value.toString());
    record(QStringLiteral("statement"), QStringLiteral("EXEC"), call.name, args);
}

} // namespace pchatlab
