#include "lab/tsql/expressionevaluator.h"

#include "lab/tsql/builtinfunctions.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

#include <cmath>
#include <QRegularExpression>

namespace pchatlab {

namespace {

SqlValue nullBit()
{
    return SqlValue::null({SqlTypeKind::Bit});
}

SqlValue str(const QString& s, int length = 128)
{
    return SqlValue::stringOrNull(s, std::max<int>(length, int(s.size())));
}

const QSet<QString>& aggregateNames()
{
    static const QSet<QString> names = {QStringLiteral("COUNT"), QStringLiteral("COUNT_BIG"),
                                        QStringLiteral("SUM"),   QStringLiteral("MIN"),
                                        QStringLiteral("MAX"),   QStringLiteral("AVG")};
    return names;
}

} // namespace

bool ExpressionEvaluator::containsAggregate(const Expr& e)
{
    if (e.kind == ExprKind::Function && aggregateNames().contains(e.name))
        return true;
    for (const ExprPtr& a : e.args) {
        if (a && containsAggregate(*a))
            return true;
    }
    for (const auto& [w, t] : e.whens) {
        if (containsAggregate(*w) || containsAggregate(*t))
            return true;
    }
    return (e.elseExpr && containsAggregate(*e.elseExpr)) ||
           (e.caseOperand && containsAggregate(*e.caseOperand));
}

bool ExpressionEvaluator::like(const QString& value, const QString& pattern, QChar escape)
{
    QString rx = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (!escape.isNull() && c == escape && i + 1 < pattern.size()) {
            rx += QRegularExpression::escape(QString(pattern[++i]));
        } else if (c == QLatin1Char('%')) {
            rx += QStringLiteral(".*");
        } else if (c == QLatin1Char('_')) {
            rx += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = pattern.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0) {
                rx += QStringLiteral("\\[");
                continue;
            }
            QString set = pattern.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('^')))
                set = QLatin1Char('^') + QRegularExpression::escape(set.mid(1))
                                             .replace(QStringLiteral("\\-"), QStringLiteral("-"));
            else
                set = QRegularExpression::escape(set).replace(QStringLiteral("\\-"), QStringLiteral("-"));
            rx += QLatin1Char('[') + set + QLatin1Char(']');
            i = close;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    rx += QLatin1Char('$');
    const QRegularExpression re(rx, QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::DotMatchesEverythingOption);
    QString v = value;
    while (v.endsWith(QLatin1Char(' ')) && !pattern.endsWith(QLatin1Char(' ')))
        v.chop(1);
    return re.match(v).hasMatch();
}

bool ExpressionEvaluator::isTrue(const Expr& e, const RowScope* row)
{
    const SqlValue v = evaluate(e, row);
    return !v.isNull() && v.toBool();
}

SqlValue ExpressionEvaluator::evaluate(const Expr& e, const RowScope* row,
                                       const QVector<const RowScope*>* group)
{
    switch (e.kind) {
    case ExprKind::Literal:
        return e.literal;
    case ExprKind::Variable: {
        Variable* v = m_ctx.variable(e.name);
        if (!v)
            throw SqlMessages::error(137, {e.name});
        return v->value;
    }
    case ExprKind::GlobalVariable:
        return globalVariable(e.name);
    case ExprKind::Column: {
        SqlValue v;
        SqlType t;
        if (row && row->lookup(e.parts, &v, &t))
            return v;
        if (group && !group->isEmpty() && group->first()->lookup(e.parts, &v, &t))
            return v;
        if (group && group->isEmpty()) {
            // Column outside an aggregate over no rows: only its type matters.
            return SqlValue::null();
        }
        throw SqlMessages::error(207, {e.parts.last()});
    }
    case ExprKind::Unary: {
        const SqlValue v = evaluate(*e.args[0], row, group);
        if (e.name == u"NOT")
            return v.isNull() ? nullBit() : SqlValue::fromBit(!v.toBool());
        if (v.isNull())
            return v;
        if (e.name == u"-") {
            if (v.type().isInteger())
                return SqlValue::fromInt(-v.toInt(),
                                         v.type().kind() == SqlTypeKind::Bit ? SqlType{} : v.type());
            return SqlValue::fromFloat(-v.toDouble(), v.type());
        }
        if (e.name == u"~")
            return SqlValue::fromInt(~v.toInt(), v.type());
        return v;
    }
    case ExprKind::Binary:
        return binary(e, row, group);
    case ExprKind::Function:
        if (aggregateNames().contains(e.name)) {
            if (!group)
                throw SqlMessages::error(147, {});
            return aggregate(e, *group);
        }
        return function(e, row, group);
    case ExprKind::Cast:
        return cast(e, row, group);
    case ExprKind::Like: {
        const SqlValue v = evaluate(*e.args[0], row, group);
        const SqlValue p = evaluate(*e.args[1], row, group);
        if (v.isNull() || p.isNull())
            return nullBit();
        QChar esc;
        if (e.args.size() > 2) {
            const QString s = evaluate(*e.args[2], row, group).toString();
            esc = s.isEmpty() ? QChar() : s[0];
        }
        return SqlValue::fromBit(like(v.toString(), p.toString(), esc) != e.negated);
    }
    case ExprKind::In: {
        const SqlValue v = evaluate(*e.args[0], row, group);
        if (v.isNull())
            return nullBit();
        QVector<SqlValue> candidates;
        if (e.subquery) {
            for (const auto& r : m_ctx.runQuery(*e.subquery, nullptr))
                candidates.append(r.value(0));
        } else {
            for (qsizetype i = 1; i < e.args.size(); ++i)
                candidates.append(evaluate(*e.args[i], row, group));
        }
        bool sawNull = false;
        for (const SqlValue& c : candidates) {
            if (c.isNull()) {
                sawNull = true;
                continue;
            }
            if (SqlValue::compare(v, c) == 0)
                return SqlValue::fromBit(!e.negated);
        }
        return sawNull ? nullBit() : SqlValue::fromBit(e.negated);
    }
    case ExprKind::IsNull:
        return SqlValue::fromBit(evaluate(*e.args[0], row, group).isNull() != e.negated);
    case ExprKind::Between: {
        const SqlValue v = evaluate(*e.args[0], row, group);
        const SqlValue lo = evaluate(*e.args[1], row, group);
        const SqlValue hi = evaluate(*e.args[2], row, group);
        if (v.isNull() || lo.isNull() || hi.isNull())
            return nullBit();
        const bool in = SqlValue::compare(v, lo) >= 0 && SqlValue::compare(v, hi) <= 0;
        return SqlValue::fromBit(in != e.negated);
    }
    case ExprKind::Case: {
        const SqlValue operand = e.caseOperand ? evaluate(*e.caseOperand, row, group) : SqlValue();
        for (const auto& [when, then] : e.whens) {
            bool hit;
            if (e.caseOperand) {
                const SqlValue w = evaluate(*when, row, group);
                hit = !operand.isNull() && !w.isNull() && SqlValue::compare(operand, w) == 0;
            } else {
                const SqlValue w = evaluate(*when, row, group);
                hit = !w.isNull() && w.toBool();
            }
            if (hit)
                return evaluate(*then, row, group);
        }
        return e.elseExpr ? evaluate(*e.elseExpr, row, group) : SqlValue::null();
    }
    case ExprKind::Star:
        return SqlValue::fromInt(1);
    case ExprKind::Subquery: {
        QVector<ColumnInfo> cols;
        const auto rows = m_ctx.runQuery(*e.subquery, &cols);
        if (rows.size() > 1)
            throw SqlMessages::error(512, {});
        if (rows.isEmpty())
            return SqlValue::null(cols.value(0).type);
        return rows[0].value(0);
    }
    case ExprKind::Exists:
        return SqlValue::fromBit(!m_ctx.runQuery(*e.subquery, nullptr).isEmpty());
    }
    return SqlValue::null();
}

SqlValue ExpressionEvaluator::binary(const Expr& e, const RowScope* row,
                                     const QVector<const RowScope*>* group)
{
    const QString& op = e.name;
    if (op == u"AND" || op == u"OR") {
        const SqlValue a = evaluate(*e.args[0], row, group);
        const bool isAnd = op == u"AND";
        if (!a.isNull() && a.toBool() != isAnd) // short-circuit: false AND x, true OR x
            return SqlValue::fromBit(!isAnd);
        const SqlValue b = evaluate(*e.args[1], row, group);
        if (!b.isNull() && b.toBool() != isAnd)
            return SqlValue::fromBit(!isAnd);
        if (a.isNull() || b.isNull())
            return nullBit();
        return SqlValue::fromBit(isAnd);
    }
    const SqlValue a = evaluate(*e.args[0], row, group);
    const SqlValue b = evaluate(*e.args[1], row, group);
    static const QStringList comparisons = {QStringLiteral("="),  QStringLiteral("<>"), QStringLiteral("!="),
                                            QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("<="),
                                            QStringLiteral(">="), QStringLiteral("!<"), QStringLiteral("!>")};
    if (comparisons.contains(op)) {
        if (a.isNull() || b.isNull())
            return nullBit();
        const int c = SqlValue::compare(a, b);
        bool r = false;
        if (op == u"=")
            r = c == 0;
        else if (op == u"<>" || op == u"!=")
            r = c != 0;
        else if (op == u"<" || op == u"!>")
            r = op == u"<" ? c < 0 : c <= 0;
        else if (op == u">" || op == u"!<")
            r = op == u">" ? c > 0 : c >= 0;
        else if (op == u"<=")
            r = c <= 0;
        else if (op == u">=")
            r = c >= 0;
        return SqlValue::fromBit(r);
    }
    const SqlType& winner = a.type().precedence() >= b.type().precedence() ? a.type() : b.type();
    if (a.isNull() || b.isNull())
        return SqlValue::null(winner);
    if (op == u"+" && winner.isString())
        return SqlValue::fromString(a.toString() + b.toString(), winner.kind() == SqlTypeKind::NVarChar
                                                                     ? SqlType::nvarchar(4000)
                                                                     : SqlType::varchar(8000));
    if ((winner.kind() == SqlTypeKind::DateTime || winner.kind() == SqlTypeKind::DateTime2) &&
        (op == u"+" || op == u"-")) {
        const SqlValue& d = a.type().kind() == winner.kind() ? a : b;
        const SqlValue& n = &d == &a ? b : a;
        const qint64 ms = qint64(n.toDouble() * 86400000.0);
        return SqlValue::fromDateTime(d.toDateTime().addMSecs(op == u"+" ? ms : -ms), winner);
    }
    if (winner.isInteger()) {
        const qint64 x = a.toInt(), y = b.toInt();
        const SqlType t = winner.kind() == SqlTypeKind::Bit ? SqlType{} : winner;
        if (op == u"+")
            return SqlValue::fromInt(x + y, t);
        if (op == u"-")
            return SqlValue::fromInt(x - y, t);
        if (op == u"*")
            return SqlValue::fromInt(x * y, t);
        if (op == u"/" || op == u"%") {
            if (y == 0)
                throw SqlMessages::error(8134, {});
            return SqlValue::fromInt(op == u"/" ? x / y : x % y, t);
        }
        if (op == u"&")
            return SqlValue::fromInt(x & y, t);
        if (op == u"|")
            return SqlValue::fromInt(x | y, t);
        if (op == u"^")
            return SqlValue::fromInt(x ^ y, t);
    }
    const double x = a.castTo({SqlTypeKind::Float}).toDouble(), y = b.castTo({SqlTypeKind::Float}).toDouble();
    const SqlType t = winner.isNumeric() ? winner : SqlType{SqlTypeKind::Float};
    if (op == u"+")
        return SqlValue::fromFloat(x + y, t);
    if (op == u"-")
        return SqlValue::fromFloat(x - y, t);
    if (op == u"*")
        return SqlValue::fromFloat(x * y, t);
    if (op == u"/" || op == u"%") {
        if (y == 0)
            throw SqlMessages::error(8134, {});
        return SqlValue::fromFloat(op == u"/" ? x / y : std::fmod(x, y), t);
    }
    throw SqlMessages::error(102, {op});
}

SqlValue ExpressionEvaluator::aggregate(const Expr& e, const QVector<const RowScope*>& group)
{
    const bool star = !e.args.isEmpty() && e.args[0]->kind == ExprKind::Star;
    if (e.args.isEmpty())
        throw SqlMessages::error(174, {e.name.toLower(), QStringLiteral("1")});
    if (e.name == u"COUNT" || e.name == u"COUNT_BIG") {
        qint64 n = 0;
        QVector<SqlValue> seen;
        for (const RowScope* r : group) {
            if (star) {
                ++n;
                continue;
            }
            const SqlValue v = evaluate(*e.args[0], r);
            if (v.isNull())
                continue;
            if (e.distinct) {
                if (std::any_of(seen.begin(), seen.end(),
                                [&](const SqlValue& s) { return SqlValue::compare(s, v) == 0; }))
                    continue;
                seen.append(v);
            }
            ++n;
        }
        return e.name == u"COUNT" ? SqlValue::fromInt(n) : SqlValue::fromBigInt(n);
    }
    SqlValue best;
    double sum = 0;
    qint64 count = 0;
    SqlType type = staticType(*e.args[0], group.isEmpty() ? nullptr : group.first());
    for (const RowScope* r : group) {
        const SqlValue v = evaluate(*e.args[0], r);
        if (v.isNull())
            continue;
        type = v.type();
        ++count;
        sum += v.toDouble();
        if (best.isNull() || (e.name == u"MIN" && SqlValue::compare(v, best) < 0) ||
            (e.name == u"MAX" && SqlValue::compare(v, best) > 0))
            best = v;
    }
    if (count == 0)
        return SqlValue::null(type);
    if (e.name == u"MIN" || e.name == u"MAX")
        return best;
    if (e.name == u"SUM")
        return type.isInteger() ? SqlValue::fromInt(qint64(sum), type) : SqlValue::fromFloat(sum, type);
    return type.isInteger() ? SqlValue::fromInt(qint64(sum / count), type)
                            : SqlValue::fromFloat(sum / count, type);
}

SqlValue ExpressionEvaluator::cast(const Expr& e, const RowScope* row, const QVector<const RowScope*>* group)
{
    const SqlValue v = evaluate(*e.args[0], row, group);
    const int style = e.style ? int(evaluate(*e.style, row, group).toInt()) : 0;
    try {
        if (e.castType.isString() &&
            (v.type().kind() == SqlTypeKind::DateTime || v.type().kind() == SqlTypeKind::DateTime2) &&
            !v.isNull()) {
            const QDateTime dt = v.toDateTime();
            QString s;
            switch (style) {
            case 112:
                s = dt.toString(QStringLiteral("yyyyMMdd"));
                break;
            case 108:
            case 8:
                s = dt.toString(QStringLiteral("HH:mm:ss"));
                break;
            case 120:
            case 20:
                s = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                break;
            case 121:
            case 21:
                s = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
                break;
            case 126:
            case 127:
                s = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
                break;
            case 101:
                s = dt.toString(QStringLiteral("MM/dd/yyyy"));
                break;
            case 103:
                s = dt.toString(QStringLiteral("dd/MM/yyyy"));
                break;
            case 104:
                s = dt.toString(QStringLiteral("dd.MM.yyyy"));
                break;
            default:
                return v.castTo(e.castType);
            }
            return SqlValue::fromString(e.castType.length() > 0 ? s.left(e.castType.length()) : s,
                                        e.castType);
        }
        return v.castTo(e.castType);
    } catch (const SqlError&) {
        if (e.name.startsWith(u"TRY_"))
            return SqlValue::null(e.castType);
        throw;
    }
}

SqlType ExpressionEvaluator::staticType(const Expr& e, const RowScope* row)
{
    switch (e.kind) {
    case ExprKind::Literal:
        return e.literal.type();
    case ExprKind::Variable:
        if (Variable* v = m_ctx.variable(e.name))
            return v->type;
        return {};
    case ExprKind::Column: {
        SqlValue v;
        SqlType t;
        if (row && row->lookup(e.parts, &v, &t))
            return t;
        return {};
    }
    case ExprKind::Cast:
        return e.castType;
    case ExprKind::Function:
        if (e.name == u"COUNT")
            return {};
        if (e.name == u"COUNT_BIG")
            return {SqlTypeKind::BigInt};
        if (e.name == u"GETDATE" || e.name == u"GETUTCDATE" || e.name == u"CURRENT_TIMESTAMP")
            return {SqlTypeKind::DateTime};
        if ((e.name == u"MAX" || e.name == u"MIN" || e.name == u"SUM" || e.name == u"ISNULL") &&
            !e.args.isEmpty())
            return staticType(*e.args[0], row);
        return SqlType::nvarchar(128);
    case ExprKind::Like:
    case ExprKind::In:
    case ExprKind::IsNull:
    case ExprKind::Between:
    case ExprKind::Exists:
        return {SqlTypeKind::Bit};
    default:
        break;
    }
    try {
        return evaluate(e, row).type();
    } catch (const SqlError&) {
        return {};
    }
}

QString ExpressionEvaluator::versionString() const
{
    const Instance& i = m_ctx.instance();
    const int major = i.versionMajor();
    const char* product = major >= 16   ? "2022"
                          : major == 15 ? "2019"
                          : major == 14 ? "2017"
                          : major == 13 ? "2016"
                          : major == 12 ? "2014"
                          : major == 11 ? "2012"
                                        : "2008 R2";
    return QStringLiteral(
               "Microsoft SQL Server %1 - %2 (X64) \n\tMay 14 2014 18:34:29 \n\tCopyright (c) Microsoft "
               "Corporation\n\t%3 on Windows NT 6.3 <X64> (Build 9600: ) (Hypervisor)\n")
        .arg(QLatin1String(product), i.version, i.edition);
}

SqlValue ExpressionEvaluator::globalVariable(const QString& name)
{
    Session& s = m_ctx.session();
    Instance& i = m_ctx.instance();
    if (name == u"@@SPID")
        return SqlValue::fromInt(s.spid, {SqlTypeKind::SmallInt});
    if (name == u"@@SERVERNAME")
        return str(i.serverName());
    if (name == u"@@SERVICENAME")
        return str(i.instanceName.isEmpty() ? QStringLiteral("MSSQLSERVER") : i.instanceName);
    if (name == u"@@VERSION")
        return str(versionString(), 300);
    if (name == u"@@ERROR")
        return SqlValue::fromInt(m_ctx.lastError());
    if (name == u"@@ROWCOUNT")
        return SqlValue::fromInt(m_ctx.rowCount());
    if (name == u"@@TRANCOUNT")
        return SqlValue::fromInt(s.tranCount);
    if (name == u"@@LANGUAGE")
        return str(QStringLiteral("us_english"));
    if (name == u"@@NESTLEVEL")
        return SqlValue::fromInt(m_ctx.depth());
    if (name == u"@@TEXTSIZE")
        return SqlValue::fromInt(2147483647);
    if (name == u"@@MAX_PRECISION")
        return SqlValue::fromInt(38, {SqlTypeKind::TinyInt});
    if (name == u"@@DATEFIRST")
        return SqlValue::fromInt(7, {SqlTypeKind::TinyInt});
    if (name == u"@@LOCK_TIMEOUT")
        return SqlValue::fromInt(-1);
    if (name == u"@@OPTIONS")
        return SqlValue::fromInt(5496);
    if (name == u"@@IDENTITY" || name == u"@@PROCID")
        return SqlValue::null(SqlType::numeric(38));
    if (name == u"@@MICROSOFTVERSION")
        return SqlValue::fromInt((qint64(i.versionMajor()) << 24) | (i.versionMinor() << 16) |
                                 i.versionBuild());
    throw SqlMessages::error(137, {name});
}

SqlValue ExpressionEvaluator::serverProperty(const QString& rawName)
{
    const Instance& i = m_ctx.instance();
    const QString name = rawName.toLower();
    if (name == u"productversion")
        return str(i.version);
    if (name == u"productmajorversion")
        return str(QString::number(i.versionMajor()));
    if (name == u"productlevel")
        return str(QStringLiteral("SP2"));
    if (name == u"edition")
        return str(i.edition);
    if (name == u"engineedition")
        return SqlValue::fromInt(3);
    if (name == u"machinename" || name == u"computernamephysicalnetbios")
        return str(i.machineName);
    if (name == u"instancename")
        return i.instanceName.isEmpty() ? SqlValue::null(SqlType::nvarchar(128)) : str(i.instanceName);
    if (name == u"servername")
        return str(i.serverName());
    if (name == u"collation")
        return str(QStringLiteral("SQL_Latin1_General_CP1_CI_AS"));
    if (name == u"isclustered" || name == u"ishadrenabled" || name == u"isintegratedsecurityonly" ||
        name == u"issingleuser" || name == u"isfulltextinstalled")
        return SqlValue::fromInt(0);
    if (name == u"processid")
        return SqlValue::fromInt(4242);
    // SQL Server 2012 and later return the default folders with a trailing backslash.
    const auto folder = [this](const QString& path) {
        return str(path.endsWith(u'\\') ? path : path + u'\\');
    };
    if (name == u"instancedefaultdatapath")
        return folder(i.dataPath);
    if (name == u"instancedefaultlogpath")
        return folder(i.logPath);
    if (name == u"instancedefaultbackuppath")
        return folder(i.backupPath);
    return SqlValue::null(SqlType::nvarchar(128));
}

} // namespace pchatlab

namespace pchatlab {

SqlValue ExpressionEvaluator::function(const Expr& e, const RowScope* row,
                                       const QVector<const RowScope*>* group)
{
    QVector<SqlValue> args;
    for (const ExprPtr& a : e.args)
        args.append(evaluate(*a, row, group));
    if (e.name == u"SERVERPROPERTY") {
        if (args.size() != 1)
            throw SqlMessages::error(174, {QStringLiteral("serverproperty"), QStringLiteral("1")});
        return serverProperty(args[0].toString());
    }
    return BuiltinFunctions::call(m_ctx, e.name, args);
}

} // namespace pchatlab
