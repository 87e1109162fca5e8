#include "lab/tsql/interpreter.h"

#include "lab/tsql/datastatements.h"
#include "lab/tsql/expressionevaluator.h"
#include "lab/tsql/procedurelibrary.h"
#include "lab/tsql/queryengine.h"
#include "lab/tsql/raiserrorformat.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/tsql/statementparser.h"
#include "lab/tsql/trysink.h"
#include "lab/world/alterdatabase.h"
#include "lab/world/backupengine.h"
#include "lab/world/restoreengine.h"
#include "lab/world/world.h"

namespace pchatlab {

namespace {

constexpr int kMaxNestLevel = 32;
constexpr int kNestingLimitError = 217;

} // namespace

Interpreter::Interpreter(World& world, Instance& instance, Session& session, ResultSink& sink)
    : m_ctx(world, instance, session, sink)
    , m_recorder(m_ctx)
    , m_procedures(std::make_unique<ProcedureLibrary>(m_ctx, *this))
{
    m_ctx.runQuery = [this](const SelectQuery& q, QVector<ColumnInfo>* columns) {
        Table t = QueryEngine(m_ctx).run(q);
        if (columns)
            *columns = t.columns;
        return t.rows;
    };
    m_ctx.runNested = [this](const QString& sql, const QHash<QString, Variable>& params) {
        runNested(sql, params, nullptr);
    };
}

Interpreter::~Interpreter() = default;

void Interpreter::runBatch(const QString& sql)
{
    m_ctx.lock();
    try {
        QVector<StmtPtr> stmts;
        try {
            stmts = StatementParser::parseBatch(sql);
        } catch (const SqlError& e) {
            m_recorder.record(QStringLiteral("parse-error"),
                              QStringLiteral("Msg %1: %2").arg(QString::number(e.number()), e.text()),
                              QString(), {});
            m_ctx.sink().message(e);
            m_ctx.sink().done(DoneKind::Done, TdsDoneStatusFlag::Error, TdsDoneCommand::None, 0);
            m_ctx.setLastError(e.number());
            m_ctx.unlock();
            return;
        }
        runStatements(stmts);
    } catch (const RequestCancelled&) {
    } catch (const SqlError&) {
        // A nesting error (217) ends the whole batch; it went to the client where it was raised.
    }
    m_ctx.unlock();
}

void Interpreter::runStatements(const QVector<StmtPtr>& stmts)
{
    for (const StmtPtr& s : stmts) {
        m_ctx.checkCancel();
        try {
            if (execute(*s) == Flow::Return)
                return;
        } catch (const SqlError& e) {
            // 217 ends every level of the call chain up to the client's batch, as in SQL Server; other
            // batch-ending errors end only the batch (or dynamic batch) they occur in.
            if (e.number() == kNestingLimitError && m_ctx.depth() > 0)
                throw;
            // Inside BEGIN TRY every error, in dynamic SQL too, goes to the CATCH block.
            if (m_tryDepth > 0 && m_ctx.depth() > 0)
                throw;
            if (e.abortsBatch())
                return;
        }
    }
}

Interpreter::Flow Interpreter::executeGuarded(const Stmt& s)
{
    try {
        return execute(s);
    } catch (const SqlError& e) {
        if (e.abortsBatch() || m_tryDepth > 0)
            throw;
        return Flow::Normal;
    }
}

Interpreter::Flow Interpreter::runBody(const QVector<StmtPtr>& body)
{
    for (const StmtPtr& b : body) {
        m_ctx.checkCancel();
        const Flow f = executeGuarded(*b);
        if (f != Flow::Normal)
            return f;
    }
    return Flow::Normal;
}

Interpreter::Flow Interpreter::tryCatch(const Stmt& s)
{
    TrySink trySink(m_ctx.sink());
    ResultSink* previous = m_ctx.setSink(&trySink);
    const int outerTryDepth = m_tryDepth++;
    std::optional<SqlError> caught;
    Flow flow = Flow::Normal;
    try {
        flow = runBody(s.body);
    } catch (const SqlError& e) {
        caught = trySink.lastError().value_or(e);
    } catch (...) {
        m_tryDepth = outerTryDepth;
        m_ctx.setSink(previous);
        throw;
    }
    m_tryDepth = outerTryDepth;
    m_ctx.setSink(previous);
    if (!caught)
        return flow;
    m_ctx.pushCaught(*caught);
    try {
        flow = runBody(s.catchBody);
    } catch (...) {
        m_ctx.popCaught();
        throw;
    }
    m_ctx.popCaught();
    return flow;
}

void Interpreter::doneForStatement(TdsDoneStatus status, TdsDoneCommand curCmd, quint64 rows)
{
    if (m_noCount)
        status.setFlag(TdsDoneStatusFlag::Count, false);
    if (m_ctx.session().tranCount > 0)
        status |= TdsDoneStatusFlag::InXact;
    m_ctx.sink().done(m_ctx.statementDone(), status, curCmd, rows);
}

Interpreter::Flow Interpreter::execute(const Stmt& s)
{
    try {
        // IF and WHILE read @@ERROR of the statement before them ("IF @@ERROR <> 0"), then reset it.
        const bool condition = s.kind == StmtKind::If || s.kind == StmtKind::While;
        if (!condition)
            m_ctx.setLastError(0);
        m_recorder.statement(s);
        switch (s.kind) {
        case StmtKind::Select:
            select(s);
            break;
        case StmtKind::Declare:
            declare(s);
            break;
        case StmtKind::SetVariable:
            setVariable(s);
            break;
        case StmtKind::SetOption:
            setOption(s);
            break;
        case StmtKind::If: {
            const bool cond = ExpressionEvaluator(m_ctx).isTrue(*s.condition);
            m_ctx.setLastError(0);
            if (cond)
                return executeGuarded(*s.thenStmt);
            if (s.elseStmt)
                return executeGuarded(*s.elseStmt);
            break;
        }
        case StmtKind::While: {
            int guard = 0;
            while (ExpressionEvaluator(m_ctx).isTrue(*s.condition)) {
                m_ctx.setLastError(0);
                m_ctx.checkCancel();
                const Flow f = executeGuarded(*s.thenStmt);
                if (f == Flow::Break)
                    break;
                if (f == Flow::Return)
                    return f;
                if (++guard > 1000000)
                    break;
            }
            break;
        }
        case StmtKind::Block:
            return runBody(s.body);
        case StmtKind::Break:
            return Flow::Break;
        case StmtKind::Continue:
            return Flow::Continue;
        case StmtKind::Return:
            m_returnValue = s.value ? int(ExpressionEvaluator(m_ctx).evaluate(*s.value).toInt()) : 0;
            return Flow::Return;
        case StmtKind::Use:
            use(s);
            break;
        case StmtKind::Print: {
            const SqlValue v = ExpressionEvaluator(m_ctx).evaluate(*s.value);
            SqlError info(0, 0, 1, v.toString());
            info.setLine(s.line);
            m_ctx.sink().message(info);
            break;
        }
        case StmtKind::Raiserror:
            raiserror(s);
            break;
        case StmtKind::Exec:
            exec(s);
            break;
        case StmtKind::ExecString: {
            const QString sql = ExpressionEvaluator(m_ctx).evaluate(*s.value).toString();
            runNested(sql, {}, nullptr);
            break;
        }
        case StmtKind::Kill:
            kill(s);
            break;
        case StmtKind::Backup:
            BackupEngine(m_ctx).run(s);
            break;
        case StmtKind::Restore:
            RestoreEngine(m_ctx).run(s);
            break;
        case StmtKind::AlterDatabase:
            AlterDatabase(m_ctx).run(s);
            break;
        case StmtKind::BeginTran:
        case StmtKind::CommitTran:
        case StmtKind::RollbackTran:
            transaction(s.kind);
            break;
        case StmtKind::WaitFor:
            waitFor(s);
            break;
        case StmtKind::TryCatch:
            return tryCatch(s);
        case StmtKind::DeclareTable:
            DataStatements(m_ctx, [this](const Stmt& e) { execute(e); }).declareTable(s);
            break;
        case StmtKind::Insert:
        case StmtKind::Delete: {
            DataStatements data(m_ctx, [this](const Stmt& e) { execute(e); });
            const quint64 rows = s.kind == StmtKind::Insert ? data.insert(s) : data.remove(s);
            m_ctx.setRowCount(qint64(rows));
            doneForStatement(TdsDoneStatusFlag::Count,
                             s.kind == StmtKind::Insert ? TdsDoneCommand::Insert : TdsDoneCommand::Delete,
                             rows);
            break;
        }
        }
    } catch (SqlError& e) {
        if (!e.reported()) {
            e.setLine(s.line);
            m_ctx.sink().message(e);
            m_ctx.setLastError(e.number());
            doneForStatement(TdsDoneStatusFlag::Error, TdsDoneCommand::None, 0);
            e.setReported();
        }
        throw;
    }
    return Flow::Normal;
}

void Interpreter::select(const Stmt& s)
{
    Table t = QueryEngine(m_ctx).run(*s.select);
    if (t.columns.isEmpty()) { // variable assignment
        return;
    }
    m_ctx.sink().columns(t.columns);
    for (const auto& row : t.rows) {
        m_ctx.sink().row(row);
    }
    m_ctx.setRowCount(t.rows.size());
    doneForStatement(TdsDoneStatusFlag::Count, TdsDoneCommand::Select, quint64(t.rows.size()));
}

void Interpreter::declare(const Stmt& s)
{
    for (const VarDecl& d : s.decls) {
        const QString key = d.name.toLower();
        if (m_ctx.variables().contains(key))
            throw SqlMessages::error(134, {d.name});
        Variable v{d.type, SqlValue::null(d.type)};
        if (d.init)
            v.value = ExpressionEvaluator(m_ctx).evaluate(*d.init).castTo(d.type);
        m_ctx.variables().insert(key, v);
    }
}

void Interpreter::setVariable(const Stmt& s)
{
    Variable* v = m_ctx.variable(s.name);
    if (!v)
        throw SqlMessages::error(137, {s.name});
    SqlValue value = ExpressionEvaluator(m_ctx).evaluate(*s.value);
    if (s.op != u"=") {
        auto lhs = std::make_shared<Expr>();
        lhs->literal = v->value;
        auto rhs = std::make_shared<Expr>();
        rhs->literal = value;
        Expr bin;
        bin.kind = ExprKind::Binary;
        bin.name = s.op.left(1);
        bin.args = {lhs, rhs};
        value = ExpressionEvaluator(m_ctx).evaluate(bin);
    }
    v->value = value.castTo(v->type);
}

void Interpreter::setOption(const Stmt& s)
{
    if (s.words.contains(QStringLiteral("NOCOUNT")))
        m_noCount = s.name == u"ON";
    if (s.words.contains(QStringLiteral("LANGUAGE")) && s.value) {
        const QString lang = ExpressionEvaluator(m_ctx).evaluate(*s.value).toString();
        if (lang.compare(u"us_english", Qt::CaseInsensitive) != 0 &&
            lang.compare(u"english", Qt::CaseInsensitive))
            throw SqlMessages::error(2740, {lang});
    }
}

void Interpreter::use(const Stmt& s)
{
    Instance& inst = m_ctx.instance();
    Session& se = m_ctx.session();
    Database* d = inst.database(s.name);
    if (!d)
        throw SqlMessages::error(911, {s.name}, 1);
    if (d->state == u"RESTORING")
        throw SqlMessages::error(927, {d->name});
    if (inst.isRecovering(d->name))
        throw SqlMessages::error(921, {d->name});
    if (d->state != u"ONLINE")
        throw SqlMessages::error(942, {d->name});
    if (d->userAccess == u"SINGLE_USER" && d->singleUserSpid != se.spid &&
        !inst.sessionsUsing(d->name, se.spid).isEmpty())
        throw SqlMessages::error(924, {d->name});
    const QString old = se.database;
    se.database = d->name;
    if (d->userAccess == u"SINGLE_USER")
        d->singleUserSpid = se.spid;
    m_ctx.sink().envChange(TdsEnvChangeType::Database, d->name, old);
    m_ctx.sendMessage(5701, {d->name});
}

void Interpreter::raiserror(const Stmt& s)
{
    ExpressionEvaluator eval(m_ctx);
    const SqlValue msg = eval.evaluate(*s.args[0]);
    const int severity = int(eval.evaluate(*s.args[1]).toInt());
    const int state = int(eval.evaluate(*s.args[2]).toInt());
    QVector<SqlValue> args;
    for (qsizetype i = 3; i < s.args.size(); ++i)
        args.append(eval.evaluate(*s.args[i]));
    int number = 50000;
    QString text;
    if (msg.type().isInteger()) {
        number = int(msg.toInt());
        text = RaiserrorFormat::format(SqlMessages::text(number, {}), args);
    } else {
        text = RaiserrorFormat::format(msg.toString(), args);
    }
    SqlError e(number, std::clamp(severity, 0, 25), std::clamp(state, 0, 255), text);
    e.setLine(s.line);
    if (severity <= 10) {
        m_ctx.sink().message(e);
        if (s.withWords.contains(QStringLiteral("NOWAIT")))
            m_ctx.sink().flush();
        return;
    }
    throw e;
}

void Interpreter::exec(const Stmt& s)
{
    ExpressionEvaluator eval(m_ctx);
    ProcedureCall call;
    call.name = s.procParts.join(QLatin1Char('.'));
    QVector<QString> outVars;
    for (const ExecArg& a : s.execArgs) {
        ProcArgument pa;
        pa.name = a.name;
        pa.isDefault = a.isDefault;
        pa.output = a.output;
        if (a.value)
            pa.value = eval.evaluate(*a.value);
        outVars.append(a.output && a.value && a.value->kind == ExprKind::Variable ? a.value->name
                                                                                  : QString());
        call.args.append(pa);
    }
    m_recorder.call(call);
    m_procedures->call(call);
    for (int i = 0; i < call.outputs.size() && i < outVars.size(); ++i) {
        if (call.outputs[i] && !outVars[i].isEmpty()) {
            if (Variable* v = m_ctx.variable(outVars[i]))
                v->value = call.outputs[i]->castTo(v->type);
        }
    }
    if (!s.returnVariable.isEmpty()) {
        Variable* v = m_ctx.variable(s.returnVariable);
        if (!v)
            throw SqlMessages::error(137, {s.returnVariable});
        v->value = SqlValue::fromInt(call.returnCode).castTo(v->type);
    }
    m_ctx.sink().returnStatus(call.returnCode);
    m_ctx.sink().done(DoneKind::DoneProc,
                      m_ctx.depth() > 0 ? TdsDoneStatus(TdsDoneStatusFlag::More) : TdsDoneStatus(),
                      TdsDoneCommand::Execute, 0);
}

void Interpreter::kill(const Stmt& s)
{
    const int spid = int(ExpressionEvaluator(m_ctx).evaluate(*s.value).toInt());
    if (spid == m_ctx.session().spid)
        throw SqlMessages::error(6104, {});
    Instance& inst = m_ctx.instance();
    // SQL Server keeps the session ids below 51 for its background tasks, listed or not.
    if (spid >= 1 && spid < Instance::kFirstUserSpid)
        throw SqlMessages::error(6107, {});
    const auto it = inst.sessions.find(spid);
    if (it == inst.sessions.end() || !(*it)->loggedIn || (*it)->killed)
        throw SqlMessages::error(6106, {QString::number(spid)});
    inst.endSession(spid);
}

void Interpreter::transaction(StmtKind kind)
{
    Session& se = m_ctx.session();
    if (kind == StmtKind::BeginTran) {
        if (se.tranCount++ == 0) {
            static std::atomic<quint64> nextId{0x1000};
            se.tranId = ++nextId;
            m_ctx.sink().transactionChange(TdsEnvChangeType::BeginTransaction, se.tranId, 0);
        }
        return;
    }
    if (se.tranCount == 0)
        throw SqlMessages::error(kind == StmtKind::CommitTran ? 3902 : 3903, {});
    if (kind == StmtKind::CommitTran && --se.tranCount > 0)
        return;
    se.tranCount = 0;
    m_ctx.sink().transactionChange(kind == StmtKind::CommitTran ? TdsEnvChangeType::CommitTransaction
                                                                : TdsEnvChangeType::RollbackTransaction,
                                   0, se.tranId);
    se.tranId = 0;
}

void Interpreter::transactionRequest(const TransactionRequest& request)
{
    m_ctx.lock();
    try {
        if (request.type == TdsTransactionRequestType::Begin)
            transaction(StmtKind::BeginTran);
        else if (request.type == TdsTransactionRequestType::Commit)
            transaction(StmtKind::CommitTran);
        else if (request.type == TdsTransactionRequestType::Rollback)
            transaction(StmtKind::RollbackTran);
        if (request.beginNext)
            transaction(StmtKind::BeginTran);
        m_ctx.sink().done(DoneKind::Done, {}, TdsDoneCommand::None, 0);
    } catch (const SqlError& e) {
        m_ctx.sink().message(e);
        m_ctx.sink().done(DoneKind::Done, TdsDoneStatusFlag::Error, TdsDoneCommand::None, 0);
    }
    m_ctx.unlock();
}

void Interpreter::waitFor(const Stmt& s)
{
    const SqlValue v = ExpressionEvaluator(m_ctx).evaluate(*s.value);
    const QDateTime t = v.toDateTime();
    qint64 ms = 0;
    if (s.name == u"DELAY") {
        ms = t.time().msecsSinceStartOfDay();
    } else {
        const QTime now = QTime::currentTime();
        ms = now.msecsTo(t.time());
        if (ms < 0)
            ms += 86400000;
    }
    m_ctx.session().waitType = QStringLiteral("WAITFOR");
    m_ctx.session().command = QStringLiteral("WAITFOR");
    m_ctx.sleep(ms);
    m_ctx.session().waitType.clear();
}

void Interpreter::runNested(const QString& sql, const QHash<QString, Variable>& params,
                            QHash<QString, Variable>* after)
{
    // Dynamic SQL (EXEC('...'), sp_executesql) is a nesting level like a procedure; SQL Server stops at 32.
    if (m_ctx.depth() >= kMaxNestLevel)
        throw SqlMessages::error(kNestingLimitError, {QString::number(kMaxNestLevel)});
    QVector<StmtPtr> stmts;
    try {
        stmts = StatementParser::parseBatch(sql);
    } catch (const SqlError& e) {
        m_recorder.record(QStringLiteral("parse-error"),
                          QStringLiteral("Msg %1: %2").arg(QString::number(e.number()), e.text()), QString(),
                          {});
        throw;
    }
    m_ctx.pushFrame();
    m_ctx.variables() = params;
    const bool savedNoCount = m_noCount;
    try {
        runStatements(stmts);
    } catch (...) {
        if (after)
            *after = m_ctx.variables();
        m_ctx.popFrame();
        throw;
    }
    m_noCount = savedNoCount;
    if (after)
        *after = m_ctx.variables();
    m_ctx.popFrame();
}

void Interpreter::runRpc(QVector<ProcedureCall>& calls)
{
    m_ctx.lock();
    m_ctx.setRpc(true);
    try {
        for (ProcedureCall& call : calls) {
            m_ctx.checkCancel();
            TdsDoneStatus status;
            try {
                m_recorder.call(call);
                m_procedures->call(call);
            } catch (const SqlError& e) {
                if (!e.reported()) {
                    m_ctx.sink().message(e);
                    m_ctx.setLastError(e.number());
                }
                status = TdsDoneStatusFlag::Error;
            }
            m_ctx.sink().returnStatus(call.returnCode);
            for (int i = 0; i < call.args.size(); ++i) {
                if (!call.args[i].output)
                    continue;
                const SqlValue v =
                    i < call.outputs.size() && call.outputs[i] ? *call.outputs[i] : call.args[i].value;
                m_ctx.sink().returnValue(quint16(i), call.args[i].name, v.castTo(call.args[i].value.type()));
            }
            m_ctx.sink().done(DoneKind::DoneProc, status, TdsDoneCommand::None, 0);
        }
    } catch (const RequestCancelled&) {
    }
    m_ctx.setRpc(false);
    m_ctx.unlock();
}

} // namespace pchatlab
