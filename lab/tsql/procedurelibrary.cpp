#include "lab/tsql/procedurelibrary.h"

#include "lab/agent/agentprocedures.h"
#include "lab/agent/logshippingprocedures.h"
#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/interpreter.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/tsql/statementparser.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

namespace {

QString baseName(const QString& name)
{
    return name.section(QLatin1Char('.'), -1).toLower();
}

} // namespace

QHash<QString, SqlValue> ProcedureLibrary::bind(ProcedureCall& call, const QString& procName,
                                                const QVector<ParamDef>& defs, QHash<QString, int>* argIndex)
{
    QHash<QString, SqlValue> values;
    int positional = 0;
    bool sawNamed = false;
    for (int i = 0; i < call.args.size(); ++i) {
        const ProcArgument& a = call.args[i];
        int def = -1;
        if (a.name.isEmpty()) {
            if (sawNamed)
                throw SqlMessages::error(119, {QString::number(i + 1)});
            def = positional++;
            if (def >= defs.size())
                throw SqlMessages::error(8144, {procName});
        } else {
            sawNamed = true;
            for (int d = 0; d < defs.size(); ++d) {
                if (defs[d].name.compare(a.name, Qt::CaseInsensitive) == 0)
                    def = d;
            }
            if (def < 0)
                throw SqlMessages::error(8145, {a.name, procName});
        }
        const QString key = defs[def].name.toLower();
        if (!a.isDefault)
            values.insert(key, a.value.castTo(defs[def].type));
        if (argIndex)
            argIndex->insert(key, i);
    }
    for (const ParamDef& d : defs) {
        const QString key = d.name.toLower();
        if (values.contains(key))
            continue;
        if (d.required)
            throw SqlMessages::error(201, {procName, d.name});
        values.insert(key, d.defaultValue.isNull() ? SqlValue::null(d.type) : d.defaultValue);
    }
    return values;
}

void ProcedureLibrary::setOutput(ProcedureCall& call, const QHash<QString, int>& argIndex,
                                 const QString& param, const SqlValue& value)
{
    auto it = argIndex.find(param.toLower());
    if (it == argIndex.end() || !call.args[*it].output)
        return;
    call.outputs.resize(call.args.size());
    call.outputs[*it] = value;
}

void ProcedureLibrary::call(ProcedureCall& call)
{
    call.outputs.resize(call.args.size());
    const QString name = baseName(call.name);
    if (name == u"sp_executesql") {
        if (call.args.isEmpty())
            throw SqlMessages::error(201, {QStringLiteral("sp_executesql"), QStringLiteral("@statement")});
        const QString stmt = call.args[0].value.toString();
        const QString decl = call.args.size() > 1 ? call.args[1].value.toString() : QString();
        executeSql(call, decl, stmt, 2);
    } else if (name == u"sp_prepare") {
        prepare(call, false);
    } else if (name == u"sp_prepexec") {
        prepare(call, true);
    } else if (name == u"sp_execute") {
        executePrepared(call);
    } else if (name == u"sp_unprepare") {
        unprepare(call);
    } else if (name == u"sp_cursoropen") {
        cursorOpen(call);
    } else if (name == u"sp_cursorfetch") {
        cursorFetch(call);
    } else if (name == u"sp_cursorclose") {
        if (!call.args.isEmpty())
            m_ctx.session().cursors.remove(int(call.args[0].value.toInt()));
    } else if (name == u"sp_cursoroption") {
        // Options (text pointer mode, cursor name) change nothing in a materialized cursor.
    } else if (name == u"sp_datatype_info_100" || name == u"sp_datatype_info") {
        datatypeInfo(call);
    } else if (name == u"sp_who" || name == u"sp_who2") {
        who(call, name == u"sp_who2");
    } else if (name == u"xp_fileexist") {
        fileExists(call);
    } else if (name == u"xp_dirtree") {
        dirTree(call);
    } else if (!AgentProcedures(m_ctx).call(call, name) && !LogShippingProcedures(m_ctx).call(call, name)) {
        throw SqlMessages::error(2812, {call.name});
    }
}

QHash<QString, Variable> ProcedureLibrary::bindParameters(ProcedureCall& call, const QString& decl,
                                                          const QString& stmt, int firstValue,
                                                          QVector<VarDecl>* declsOut, QVector<bool>* outputs,
                                                          QHash<QString, int>* argOf)
{
    const QVector<VarDecl> decls = StatementParser::parseParameterList(decl, outputs);
    QHash<QString, Variable> params;
    for (const VarDecl& d : decls)
        params.insert(d.name.toLower(), Variable{d.type, SqlValue::null(d.type)});
    int positional = 0;
    for (int i = firstValue; i < call.args.size(); ++i) {
        const ProcArgument& a = call.args[i];
        QString key;
        if (a.name.isEmpty()) {
            if (positional >= decls.size())
                throw SqlMessages::error(8144, {call.name});
            key = decls[positional++].name.toLower();
        } else {
            key = a.name.toLower();
            if (!params.contains(key))
                throw SqlMessages::error(8145, {a.name, call.name});
        }
        params[key].value = a.value.castTo(params[key].type);
        argOf->insert(key, i);
    }
    for (const VarDecl& d : decls) {
        if (!argOf->contains(d.name.toLower()) && !d.init)
            throw SqlMessages::error(8178, {QLatin1Char('(') + decl + QLatin1Char(')') + stmt, d.name});
    }
    *declsOut = decls;
    return params;
}

void ProcedureLibrary::executeSql(ProcedureCall& call, const QString& decl, const QString& stmt,
                                  int firstValue)
{
    QVector<bool> outputs;
    QVector<VarDecl> decls;
    QHash<QString, int> argOf;
    const QHash<QString, Variable> params =
        bindParameters(call, decl, stmt, firstValue, &decls, &outputs, &argOf);
    QHash<QString, Variable> after;
    m_interpreter.runNested(stmt, params, &after);
    for (int d = 0; d < decls.size(); ++d) {
        const QString key = decls[d].name.toLower();
        if (outputs.value(d) && argOf.contains(key))
            call.outputs[argOf[key]] = after.value(key).value;
    }
}

void ProcedureLibrary::cursorOpen(ProcedureCall& call)
{
    // A query is materialized (a static cursor); other statements simply run, as Qt's SET QUOTED_IDENTIFIER
    // ON.
    if (call.args.size() < 2)
        throw SqlMessages::error(201, {QStringLiteral("sp_cursoropen"), QStringLiteral("@stmt")});
    const QString stmt = call.args[1].value.toString();
    const QVector<StmtPtr> stmts = StatementParser::parseBatch(stmt);
    const bool isQuery = stmts.size() == 1 && stmts[0]->kind == StmtKind::Select &&
                         !stmts[0]->select->items.isEmpty() &&
                         stmts[0]->select->items[0].assignVariable.isEmpty();
    if (!isQuery) {
        const QString decl = call.args.size() > 5 ? call.args[5].value.toString() : QString();
        executeSql(call, decl, stmt, 6);
        call.outputs[0] = SqlValue::fromInt(0);
        if (call.args.size() > 4)
            call.outputs[4] = SqlValue::fromInt(0);
        return;
    }
    // Parameters of the query (what FreeTDS sends for a prepared scrollable statement) become variables.
    const QString decl = call.args.size() > 5 ? call.args[5].value.toString() : QString();
    QVector<bool> outputs;
    QVector<VarDecl> decls;
    QHash<QString, int> argOf;
    const QHash<QString, Variable> params = bindParameters(call, decl, stmt, 6, &decls, &outputs, &argOf);
    QVector<ColumnInfo> columns;
    ServerCursor cursor;
    m_ctx.pushFrame();
    m_ctx.variables() = params;
    try {
        cursor.rows = m_ctx.runQuery(*stmts[0]->select, &columns);
    } catch (...) {
        m_ctx.popFrame();
        throw;
    }
    m_ctx.popFrame();
    cursor.columns = columns;
    Session& s = m_ctx.session();
    const int handle = s.nextCursor++;
    m_ctx.sink().columns(columns);
    m_ctx.sink().done(DoneKind::DoneInProc, {}, TdsDoneCommand::Select, 0);
    call.outputs[0] = SqlValue::fromInt(handle);
    if (call.args.size() > 2)
        call.outputs[2] =
            SqlValue::fromInt(call.args[2].value.toInt()); // the scroll option is honoured as asked
    if (call.args.size() > 3)
        call.outputs[3] = SqlValue::fromInt(call.args[3].value.toInt());
    if (call.args.size() > 4)
        call.outputs[4] = SqlValue::fromInt(cursor.rows.size());
    s.cursors.insert(handle, cursor);
}

void ProcedureLibrary::cursorFetch(ProcedureCall& call)
{
    if (call.args.isEmpty())
        throw SqlMessages::error(201, {QStringLiteral("sp_cursorfetch"), QStringLiteral("@cursor")});
    Session& s = m_ctx.session();
    auto it = s.cursors.find(int(call.args[0].value.toInt()));
    if (it == s.cursors.end())
        throw SqlMessages::error(16950, {QStringLiteral("@cursor")});
    ServerCursor& c = *it;
    const int fetchType = call.args.size() > 1 ? int(call.args[1].value.toInt()) : 2;
    const int rowNum = call.args.size() > 2 ? int(call.args[2].value.toInt()) : 0;
    const int count = call.args.size() > 3 ? std::max<int>(1, int(call.args[3].value.toInt())) : 1;
    int start = c.position;
    switch (fetchType & 0xFF) {
    case 0x01: // FIRST
        start = 0;
        break;
    case 0x04: // PREV
        start = std::max(0, c.position - 2 * count);
        break;
    case 0x08: // LAST
        start = std::max<int>(0, int(c.rows.size()) - count);
        break;
    case 0x10: // ABSOLUTE (1-based)
        start = rowNum > 0 ? rowNum - 1 : std::max<int>(0, int(c.rows.size()) + rowNum);
        break;
    case 0x20: // RELATIVE
        start = std::max(0, c.position - count + rowNum);
        break;
    default: // NEXT
        break;
    }
    const int end = std::min<int>(int(c.rows.size()), start + count);
    m_ctx.sink().columns(c.columns);
    for (int r = start; r < end; ++r)
        m_ctx.sink().row(c.rows[r]);
    c.position = std::max(start, end);
    m_ctx.sink().done(DoneKind::DoneInProc, TdsDoneStatusFlag::Count, TdsDoneCommand::Select,
                      quint64(std::max(0, end - start)));
}

void ProcedureLibrary::prepare(ProcedureCall& call, bool execute)
{
    if (call.args.size() < 3)
        throw SqlMessages::error(
            201, {call.name, call.args.size() < 2 ? QStringLiteral("@params") : QStringLiteral("@stmt")});
    PreparedStatement p{call.args[1].value.toString(), call.args[2].value.toString()};
    // Compile now, so that a syntax error surfaces at prepare time as with SQL Server.
    const QVector<VarDecl> decls = StatementParser::parseParameterList(p.paramDecl, nullptr);
    const QVector<StmtPtr> stmts = StatementParser::parseBatch(p.statement);
    Session& s = m_ctx.session();
    const int handle = s.nextHandle++;
    s.prepared.insert(handle, p);
    call.outputs[0] = SqlValue::fromInt(handle);
    if (execute) {
        executeSql(call, p.paramDecl, p.statement, 3);
        return;
    }
    // sp_prepare returns the result's metadata (clients describe columns from it): run the query with NULL
    // parameters and send only the column definitions.
    if (stmts.size() == 1 && stmts[0]->kind == StmtKind::Select && !stmts[0]->select->items.isEmpty() &&
        stmts[0]->select->items[0].assignVariable.isEmpty()) {
        QHash<QString, Variable> params;
        for (const VarDecl& d : decls)
            params.insert(d.name.toLower(), Variable{d.type, SqlValue::null(d.type)});
        QVector<ColumnInfo> columns;
        m_ctx.pushFrame();
        m_ctx.variables() = params;
        try {
            m_ctx.runQuery(*stmts[0]->select, &columns);
        } catch (...) {
            m_ctx.popFrame();
            throw;
        }
        m_ctx.popFrame();
        m_ctx.sink().columns(columns);
        m_ctx.sink().done(DoneKind::DoneInProc, {}, TdsDoneCommand::Select, 0);
    }
}

void ProcedureLibrary::executePrepared(ProcedureCall& call)
{
    if (call.args.isEmpty())
        throw SqlMessages::error(201, {QStringLiteral("sp_execute"), QStringLiteral("@handle")});
    const int handle = int(call.args[0].value.toInt());
    auto it = m_ctx.session().prepared.find(handle);
    if (it == m_ctx.session().prepared.end())
        throw SqlMessages::error(8179, {QString::number(handle)});
    const PreparedStatement p = *it;
    executeSql(call, p.paramDecl, p.statement, 1);
}

void ProcedureLibrary::unprepare(ProcedureCall& call)
{
    if (call.args.isEmpty())
        throw SqlMessages::error(201, {QStringLiteral("sp_unprepare"), QStringLiteral("@handle")});
    const int handle = int(call.args[0].value.toInt());
    if (!m_ctx.session().prepared.remove(handle))
        throw SqlMessages::error(8179, {QString::number(handle)});
}

void ProcedureLibrary::sendTable(const QVector<ColumnInfo>& columns, const QVector<QVector<SqlValue>>& rows)
{
    m_ctx.sink().columns(columns);
    for (const auto& r : rows)
        m_ctx.sink().row(r);
    m_ctx.sink().done(DoneKind::DoneInProc, TdsDoneStatusFlag::Count, TdsDoneCommand::Select,
                      quint64(rows.size()));
}

void ProcedureLibrary::datatypeInfo(ProcedureCall& call)
{
    const QVector<ParamDef> defs = {opt("@data_type", kInt, SqlValue::fromInt(0)),
                                    opt("@ODBCVer", kTiny, SqlValue::fromInt(2))};
    const auto args = bind(call, call.name, defs, nullptr);
    const qint64 wanted = args.value(QStringLiteral("@data_type")).toInt();
    const bool odbc3 = args.value(QStringLiteral("@odbcver")).toInt() >= 3;
    auto sv = [](const char* v) {
        return v ? SqlValue::fromString(QLatin1String(v), SqlType::varchar(32))
                 : SqlValue::null(SqlType::varchar(32));
    };
    auto si = [](int v) { return SqlValue::fromInt(v, kSmall); };
    auto sn = [] { return SqlValue::null(kSmall); };
    struct T
    {
        const char* name;
        int type;
        int precision;
        const char* prefix;
        const char* suffix;
        const char* params;
        int caseSensitive;
        int searchable;
        int unsignedAttr; // -1 = NULL
        int minScale;     // -1 = NULL
        int maxScale;
        int sqlType;
        int sub;
        int radix; // 0 = NULL
        int userType;
    };
    const int ts = odbc3 ? 93 : 11;
    const T types[] = {
        {"uniqueidentifier", -11, 36, "'", "'", nullptr, 0, 2, -1, -1, -1, -11, 0, 0, 0},
        {"ntext", -10, 1073741823, "N'", "'", nullptr, 0, 1, -1, -1, -1, -10, 0, 0, 0},
        {"nvarchar", -9, 4000, "N'", "'", "max length", 0, 3, -1, -1, -1, -9, 0, 0, 0},
        {"sysname", -9, 128, "N'", "'", nullptr, 0, 3, -1, -1, -1, -9, 0, 0, 0},
        {"nchar", -8, 4000, "N'", "'", "length", 0, 3, -1, -1, -1, -8, 0, 0, 0},
        {"bit", -7, 1, nullptr, nullptr, nullptr, 0, 2, -1, 0, 0, -7, 0, 0, 16},
        {"tinyint", -6, 3, nullptr, nullptr, nullptr, 0, 2, 1, 0, 0, -6, 0, 10, 5},
        {"bigint", -5, 19, nullptr, nullptr, nullptr, 0, 2, 0, 0, 0, -5, 0, 10, 0},
        {"image", -4, 2147483647, "0x", nullptr, nullptr, 0, 0, -1, -1, -1, -4, 0, 0, 20},
        {"varbinary", -3, 8000, "0x", nullptr, "max length", 0, 2, -1, -1, -1, -3, 0, 0, 4},
        {"binary", -2, 8000, "0x", nullptr, "length", 0, 2, -1, -1, -1, -2, 0, 0, 3},
        {"text", -1, 2147483647, "'", "'", nullptr, 0, 1, -1, -1, -1, -1, 0, 0, 19},
        {"char", 1, 8000, "'", "'", "length", 0, 3, -1, -1, -1, 1, 0, 0, 1},
        {"numeric", 2, 38, nullptr, nullptr, "precision,scale", 0, 2, 0, 0, 38, 2, 0, 10, 10},
        {"decimal", 3, 38, nullptr, nullptr, "precision,scale", 0, 2, 0, 0, 38, 3, 0, 10, 24},
        {"int", 4, 10, nullptr, nullptr, nullptr, 0, 2, 0, 0, 0, 4, 0, 10, 7},
        {"smallint", 5, 5, nullptr, nullptr, nullptr, 0, 2, 0, 0, 0, 5, 0, 10, 6},
        {"float", 6, 53, nullptr, nullptr, nullptr, 0, 2, 0, -1, -1, 6, 0, 2, 8},
        {"real", 7, 24, nullptr, nullptr, nullptr, 0, 2, 0, -1, -1, 7, 0, 2, 23},
        {"varchar", 12, 8000, "'", "'", "max length", 0, 3, -1, -1, -1, 12, 0, 0, 2},
        {"datetime", ts, 23, "'", "'", nullptr, 0, 3, -1, 3, 3, 9, 3, 0, 12},
        {"datetime2", ts, 27, "'", "'", "scale", 0, 3, -1, 0, 7, 9, 3, 0, 0},
    };
    QVector<ColumnInfo> cols = {{QStringLiteral("TYPE_NAME"), SqlType::nvarchar(128)},
                                {QStringLiteral("DATA_TYPE"), kSmall},
                                {QStringLiteral("PRECISION"), {SqlTypeKind::Int}},
                                {QStringLiteral("LITERAL_PREFIX"), SqlType::varchar(32)},
                                {QStringLiteral("LITERAL_SUFFIX"), SqlType::varchar(32)},
                                {QStringLiteral("CREATE_PARAMS"), SqlType::varchar(32)},
                                {QStringLiteral("NULLABLE"), kSmall},
                                {QStringLiteral("CASE_SENSITIVE"), kSmall},
                                {QStringLiteral("SEARCHABLE"), kSmall},
                                {QStringLiteral("UNSIGNED_ATTRIBUTE"), kSmall},
                                {QStringLiteral("MONEY"), kSmall},
                                {QStringLiteral("AUTO_INCREMENT"), kSmall},
                                {QStringLiteral("LOCAL_TYPE_NAME"), SqlType::nvarchar(128)},
                                {QStringLiteral("MINIMUM_SCALE"), kSmall},
                                {QStringLiteral("MAXIMUM_SCALE"), kSmall},
                                {QStringLiteral("SQL_DATA_TYPE"), kSmall},
                                {QStringLiteral("SQL_DATETIME_SUB"), kSmall},
                                {QStringLiteral("NUM_PREC_RADIX"), {SqlTypeKind::Int}},
                                {QStringLiteral("INTERVAL_PRECISION"), kSmall},
                                {QStringLiteral("USERTYPE"), kSmall}};
    QVector<QVector<SqlValue>> rows;
    for (const T& t : types) {
        if (wanted != 0 && wanted != t.type)
            continue;
        rows.append({SqlValue::fromString(QLatin1String(t.name), SqlType::nvarchar(128)),
                     si(t.type),
                     SqlValue::fromInt(t.precision),
                     sv(t.prefix),
                     sv(t.suffix),
                     sv(t.params),
                     si(1),
                     si(t.caseSensitive),
                     si(t.searchable),
                     t.unsignedAttr < 0 ? sn() : si(t.unsignedAttr),
                     si(0),
                     t.unsignedAttr < 0 ? sn() : si(0),
                     SqlValue::fromString(QLatin1String(t.name), SqlType::nvarchar(128)),
                     t.minScale < 0 ? sn() : si(t.minScale),
                     t.maxScale < 0 ? sn() : si(t.maxScale),
                     si(t.sqlType),
                     t.sub ? si(t.sub) : sn(),
                     t.radix ? SqlValue::fromInt(t.radix) : SqlValue::null(),
                     sn(),
                     si(t.userType)});
    }
    sendTable(cols, rows);
}

void ProcedureLibrary::who(ProcedureCall& call, bool who2)
{
    bind(call, call.name, {{QStringLiteral("@loginame"), SqlType::nvarchar(128), false, false, SqlValue()}},
         nullptr);
    Instance& inst = m_ctx.instance();
    QVector<ColumnInfo> cols;
    const auto nv = [](int n) { return SqlType::nvarchar(n); };
    if (who2) {
        for (const char* c : {"SPID", "Status", "Login", "HostName", "BlkBy", "DBName", "Command", "CPUTime",
                              "DiskIO", "LastBatch", "ProgramName", "SPID", "REQUESTID"})
            cols.append({QLatin1String(c), nv(128)});
    } else {
        cols = {{QStringLiteral("spid"), kSmall},
                {QStringLiteral("ecid"), kSmall},
                {QStringLiteral("status"), nv(30)},
                {QStringLiteral("loginame"), nv(128)},
                {QStringLiteral("hostname"), nv(128)},
                {QStringLiteral("blk"), nv(5)},
                {QStringLiteral("dbname"), nv(128)},
                {QStringLiteral("cmd"), nv(16)},
                {QStringLiteral("request_id"), {SqlTypeKind::Int}}};
    }
    QVector<QVector<SqlValue>> rows;
    for (const auto& sp : inst.sessions) {
        const Session& s = *sp;
        if (!s.loggedIn || s.killed)
            continue;
        // sp_who writes the status in lower case, sp_who2 in upper case except "sleeping".
        const QString lower = !s.isUserProcess()     ? QStringLiteral("background")
                              : !s.running           ? QStringLiteral("sleeping")
                              : s.waitType.isEmpty() ? QStringLiteral("runnable")
                                                     : QStringLiteral("suspended");
        const QString status = who2 && s.running ? lower.toUpper() : lower;
        const QString cmd = s.running ? s.command : QStringLiteral("AWAITING COMMAND");
        auto str = [](const QString& v) { return SqlValue::fromString(v, SqlType::nvarchar(128)); };
        if (who2)
            rows.append({str(QString::number(s.spid).rightJustified(5)), str(status), str(s.login),
                         str(s.host), str(QStringLiteral("  .")), str(s.database), str(cmd),
                         str(QStringLiteral("0")), str(QStringLiteral("0")),
                         str(s.lastBatch.toString(QStringLiteral("MM/dd HH:mm:ss"))), str(s.program),
                         str(QString::number(s.spid).rightJustified(5)), str(QStringLiteral("0"))});
        else
            rows.append({SqlValue::fromInt(s.spid, kSmall), SqlValue::fromInt(0, kSmall), str(status),
                         str(s.login), str(s.host), str(QStringLiteral("0")), str(s.database), str(cmd),
                         SqlValue::fromInt(0)});
    }
    sendTable(cols, rows);
}

void ProcedureLibrary::fileExists(ProcedureCall& call)
{
    QHash<QString, int> argIndex;
    const auto args = bind(call, call.name,
                           {{QStringLiteral("@filename"), SqlType::nvarchar(4000), true, false, SqlValue()},
                            {QStringLiteral("@file_exists"), {SqlTypeKind::Int}, false, true, SqlValue()}},
                           &argIndex);
    Instance& inst = m_ctx.instance();
    World& w = m_ctx.world();
    const QString path = args.value(QStringLiteral("@filename")).toString();
    SimFileSystem& fs = w.fileSystem();
    // Answers as the service account sees the file system: an unreadable share looks empty.
    const int rc = fs.check(inst.machineName, inst.serviceAccount, path, SimFileSystem::Access::Read);
    const bool isDir = rc == 0 && fs.folderExists(inst.machineName, path);
    const bool isFile = rc == 0 && !isDir;
    const QString parent = SimFileSystem::parentOf(path);
    const bool parentOk =
        !parent.isEmpty() && fs.folderExists(inst.machineName, parent) &&
        fs.check(inst.machineName, inst.serviceAccount, path, SimFileSystem::Access::Read) != 5;
    if (argIndex.contains(QStringLiteral("@file_exists"))) {
        setOutput(call, argIndex, QStringLiteral("@file_exists"), SqlValue::fromInt(isFile ? 1 : 0));
        return;
    }
    sendTable(
        {{QStringLiteral("File Exists"), {SqlTypeKind::TinyInt}},
         {QStringLiteral("File is a Directory"), {SqlTypeKind::TinyInt}},
         {QStringLiteral("Parent Directory Exists"), {SqlTypeKind::TinyInt}}},
        {{SqlValue::fromInt(isFile, {SqlTypeKind::TinyInt}), SqlValue::fromInt(isDir, {SqlTypeKind::TinyInt}),
          SqlValue::fromInt(parentOk, {SqlTypeKind::TinyInt})}});
}

void ProcedureLibrary::dirTree(ProcedureCall& call)
{
    const auto args =
        bind(call, call.name,
             {{QStringLiteral("@directory"), SqlType::nvarchar(4000), true, false, SqlValue()},
              {QStringLiteral("@depth"), {SqlTypeKind::Int}, false, false, SqlValue::fromInt(0)},
              {QStringLiteral("@file"), {SqlTypeKind::Int}, false, false, SqlValue::fromInt(0)}},
             nullptr);
    Instance& inst = m_ctx.instance();
    SimFileSystem& fs = m_ctx.world().fileSystem();
    const QString folder = args.value(QStringLiteral("@directory")).toString();
    const bool withFiles = args.value(QStringLiteral("@file")).toInt() != 0;
    QVector<ColumnInfo> columns = {{QStringLiteral("subdirectory"), SqlType::nvarchar(512)},
                                   {QStringLiteral("depth"), {SqlTypeKind::Int}}};
    if (withFiles)
        columns.append({QStringLiteral("file"), {SqlTypeKind::Int}});
    QVector<QVector<SqlValue>> rows;
    // As the service account sees the folder: one it cannot read, or that does not exist, lists nothing (the
    // lab's folders hold files only, so without @file the list is empty).
    const bool readable =
        fs.folderExists(inst.machineName, folder) &&
        fs.check(inst.machineName, inst.serviceAccount, folder, SimFileSystem::Access::Read) == 0;
    if (readable && withFiles) {
        for (const QString& name : fs.list(inst.machineName, folder))
            rows.append({SqlValue::fromString(name, SqlType::nvarchar(512)), SqlValue::fromInt(1),
                         SqlValue::fromInt(1)});
    }
    sendTable(columns, rows);
}

} // namespace pchatlab
