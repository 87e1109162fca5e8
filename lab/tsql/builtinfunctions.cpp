#include "lab/tsql/builtinfunctions.h"

#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

#include <cmath>
#include <QRegularExpression>

namespace pchatlab {

namespace {

void expectArgs(const QString& name, const QVector<SqlValue>& args, int min, int max)
{
    if (args.size() < min || args.size() > max)
        throw SqlMessages::error(174, {name.toLower(), QString::number(min)});
}

SqlValue str(const QString& s)
{
    return SqlValue::stringOrNull(s, std::max<int>(128, int(s.size())));
}

qint64 datePartDiff(const QString& part, const QDateTime& a, const QDateTime& b)
{
    const QString p = part.toLower();
    if (p == u"day" || p == u"dd" || p == u"d")
        return a.date().daysTo(b.date());
    if (p == u"hour" || p == u"hh")
        return a.secsTo(b) / 3600;
    if (p == u"minute" || p == u"mi" || p == u"n")
        return a.secsTo(b) / 60;
    if (p == u"second" || p == u"ss" || p == u"s")
        return a.secsTo(b);
    if (p == u"millisecond" || p == u"ms")
        return a.msecsTo(b);
    if (p == u"month" || p == u"mm" || p == u"m")
        return (b.date().year() - a.date().year()) * 12 + b.date().month() - a.date().month();
    if (p == u"year" || p == u"yy" || p == u"yyyy")
        return b.date().year() - a.date().year();
    throw SqlMessages::error(155, {part, QStringLiteral("datepart")});
}

QDateTime dateAdd(const QString& part, qint64 n, const QDateTime& d)
{
    const QString p = part.toLower();
    if (p == u"day" || p == u"dd" || p == u"d")
        return d.addDays(n);
    if (p == u"hour" || p == u"hh")
        return d.addSecs(n * 3600);
    if (p == u"minute" || p == u"mi" || p == u"n")
        return d.addSecs(n * 60);
    if (p == u"second" || p == u"ss" || p == u"s")
        return d.addSecs(n);
    if (p == u"millisecond" || p == u"ms")
        return d.addMSecs(n);
    if (p == u"month" || p == u"mm" || p == u"m")
        return d.addMonths(int(n));
    if (p == u"year" || p == u"yy" || p == u"yyyy")
        return d.addYears(int(n));
    throw SqlMessages::error(155, {part, QStringLiteral("datepart")});
}

} // namespace

// ERROR_NUMBER() and its kin: the error the innermost running CATCH block handles; NULL outside one.
SqlValue BuiltinFunctions::caughtError(ExecContext& ctx, const QString& name, const QVector<SqlValue>& args)
{
    const SqlError* e = ctx.caughtError();
    const auto number = [e](int value) {
        return e ? SqlValue::fromInt(value) : SqlValue::null({SqlTypeKind::Int});
    };
    if (name == u"ERROR_NUMBER" || name == u"ERROR_SEVERITY" || name == u"ERROR_STATE" ||
        name == u"ERROR_LINE") {
        expectArgs(name, args, 0, 0);
        if (!e)
            return number(0);
        return number(name == u"ERROR_NUMBER"     ? e->number()
                      : name == u"ERROR_SEVERITY" ? e->severity()
                      : name == u"ERROR_STATE"    ? e->state()
                                                  : e->line());
    }
    if (name == u"ERROR_MESSAGE") {
        expectArgs(name, args, 0, 0);
        return e ? SqlValue::fromString(e->text(), SqlType::nvarchar(4000))
                 : SqlValue::null(SqlType::nvarchar(4000));
    }
    if (name == u"ERROR_PROCEDURE") {
        expectArgs(name, args, 0, 0);
        return e && !e->procName().isEmpty() ? str(e->procName()) : SqlValue::null(SqlType::nvarchar(128));
    }
    throw SqlMessages::error(195, {name.toLower(), QStringLiteral("built-in function name")});
}

SqlValue BuiltinFunctions::call(ExecContext& ctx, const QString& name, const QVector<SqlValue>& args)
{
    Instance& inst = ctx.instance();
    Session& s = ctx.session();
    const QDateTime now = QDateTime::currentDateTime();
    if (name.startsWith(u"ERROR_"))
        return caughtError(ctx, name, args);
    if (name == u"DB_ID") {
        expectArgs(name, args, 0, 1);
        const QString db = args.isEmpty() ? s.database : args[0].toString();
        const Database* d = inst.database(db);
        return d ? SqlValue::fromInt(d->id, {SqlTypeKind::SmallInt})
                 : SqlValue::null({SqlTypeKind::SmallInt});
    }
    if (name == u"DB_NAME") {
        expectArgs(name, args, 0, 1);
        const Database* d = args.isEmpty() ? inst.database(s.database) : inst.database(int(args[0].toInt()));
        return d ? str(d->name) : SqlValue::null(SqlType::nvarchar(128));
    }
    if (name == u"IS_SRVROLEMEMBER") {
        expectArgs(name, args, 1, 2);
        const QString role = args[0].toString().toLower();
        const Login* l = inst.login(args.size() > 1 ? args[1].toString() : s.login);
        static const QStringList roles = {
            QStringLiteral("sysadmin"),   QStringLiteral("serveradmin"),   QStringLiteral("dbcreator"),
            QStringLiteral("setupadmin"), QStringLiteral("securityadmin"), QStringLiteral("processadmin"),
            QStringLiteral("diskadmin"),  QStringLiteral("bulkadmin"),     QStringLiteral("public")};
        if (!roles.contains(role) || !l)
            return SqlValue::null();
        return SqlValue::fromInt(role == u"public" || l->sysadmin ? 1 : 0);
    }
    if (name == u"IS_MEMBER")
        return SqlValue::fromInt(s.sysadmin ? 1 : 0);
    if (name == u"HAS_DBACCESS") {
        expectArgs(name, args, 1, 1);
        const Database* d = inst.database(args[0].toString());
        return d ? SqlValue::fromInt(d->state == u"ONLINE" ? 1 : 0) : SqlValue::null();
    }
    if (name == u"SUSER_SNAME" || name == u"SUSER_NAME" || name == u"ORIGINAL_LOGIN" ||
        name == u"SYSTEM_USER" || name == u"SESSION_USER" || name == u"CURRENT_USER" ||
        name == u"USER_NAME" || name == u"USER") {
        if (name == u"USER_NAME" || name == u"USER" || name == u"CURRENT_USER" || name == u"SESSION_USER")
            return str(s.sysadmin ? QStringLiteral("dbo") : s.login);
        return str(s.login);
    }
    if (name == u"HOST_NAME")
        return str(s.host);
    if (name == u"APP_NAME")
        return str(s.program);
    if (name == u"GETDATE" || name == u"CURRENT_TIMESTAMP")
        return SqlValue::fromDateTime(QDateTime(now.date(), now.time(), Qt::UTC));
    if (name == u"GETUTCDATE")
        return SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    if (name == u"SYSDATETIME")
        return SqlValue::fromDateTime(QDateTime(now.date(), now.time(), Qt::UTC),
                                      {SqlTypeKind::DateTime2, 0, 0, 7});
    if (name == u"SYSUTCDATETIME")
        return SqlValue::fromDateTime(QDateTime::currentDateTimeUtc(), {SqlTypeKind::DateTime2, 0, 0, 7});
    if (name == u"NEWID")
        return SqlValue::fromGuid(QUuid::createUuid());
    if (name == u"ISNULL") {
        expectArgs(name, args, 2, 2);
        // The result has the check expression's type, NULL or not, so that every row of a column agrees
        // (an untyped NULL takes the replacement's).
        if (!args[0].isNull())
            return args[0];
        return args[1].castTo(args[0].type().isString() || !args[1].type().isString() ? args[0].type()
                                                                                      : args[1].type());
    }
    if (name == u"COALESCE") {
        for (const SqlValue& v : args) {
            if (!v.isNull())
                return v;
        }
        return args.isEmpty() ? SqlValue() : args.last();
    }
    if (name == u"NULLIF") {
        expectArgs(name, args, 2, 2);
        if (!args[0].isNull() && !args[1].isNull() && SqlValue::compare(args[0], args[1]) == 0)
            return SqlValue::null(args[0].type());
        return args[0];
    }
    if (name == u"IIF") {
        expectArgs(name, args, 3, 3);
        return !args[0].isNull() && args[0].toBool() ? args[1] : args[2];
    }
    if (name == u"LEN" || name == u"DATALENGTH") {
        expectArgs(name, args, 1, 1);
        if (args[0].isNull())
            return SqlValue::null();
        QString v = args[0].toString();
        if (name == u"LEN") {
            while (v.endsWith(QLatin1Char(' ')))
                v.chop(1);
            return SqlValue::fromInt(v.size());
        }
        return SqlValue::fromInt(args[0].type().kind() == SqlTypeKind::NVarChar ? v.size() * 2 : v.size());
    }
    if (name == u"UPPER" || name == u"LOWER" || name == u"LTRIM" || name == u"RTRIM" || name == u"TRIM") {
        expectArgs(name, args, 1, 1);
        if (args[0].isNull())
            return args[0];
        QString v = args[0].toString();
        if (name == u"UPPER")
            v = v.toUpper();
        else if (name == u"LOWER")
            v = v.toLower();
        else if (name == u"TRIM")
            v = v.trimmed();
        else if (name == u"LTRIM")
            v.remove(0, v.size() - QString(v).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        else
            while (v.endsWith(QLatin1Char(' ')))
                v.chop(1);
        return SqlValue::fromString(v, args[0].type().isString() ? args[0].type() : SqlType::nvarchar(4000));
    }
    if (name == u"LEFT" || name == u"RIGHT") {
        expectArgs(name, args, 2, 2);
        if (args[0].isNull())
            return args[0];
        const QString v = args[0].toString();
        const int n = int(args[1].toInt());
        return str(name == u"LEFT" ? v.left(n) : v.right(n));
    }
    if (name == u"SUBSTRING") {
        expectArgs(name, args, 3, 3);
        if (args[0].isNull())
            return args[0];
        const qint64 start = args[1].toInt();
        const qint64 len = args[2].toInt();
        const qint64 from = std::max<qint64>(1, start);
        const qint64 to = start + len;
        return str(to <= from ? QString() : args[0].toString().mid(from - 1, to - from));
    }
    if (name == u"CHARINDEX") {
        expectArgs(name, args, 2, 3);
        if (args[0].isNull() || args[1].isNull())
            return SqlValue::null();
        const qsizetype from = args.size() > 2 ? std::max<qint64>(0, args[2].toInt() - 1) : 0;
        return SqlValue::fromInt(args[1].toString().indexOf(args[0].toString(), from, Qt::CaseInsensitive) +
                                 1);
    }
    if (name == u"REPLACE") {
        expectArgs(name, args, 3, 3);
        if (args[0].isNull() || args[1].isNull() || args[2].isNull())
            return SqlValue::null(SqlType::nvarchar(4000));
        return str(args[0].toString().replace(args[1].toString(), args[2].toString(), Qt::CaseInsensitive));
    }
    if (name == u"CONCAT") {
        QString out;
        for (const SqlValue& v : args)
            out += v.toString();
        return str(out);
    }
    if (name == u"QUOTENAME") {
        expectArgs(name, args, 1, 2);
        if (args[0].isNull())
            return args[0];
        const QString q = args.size() > 1 ? args[1].toString() : QStringLiteral("[");
        const QString v = args[0].toString();
        if (q == u"'")
            return str(QLatin1Char('\'') + QString(v).replace(QStringLiteral("'"), QStringLiteral("''")) +
                       QLatin1Char('\''));
        if (q == u"\"")
            return str(QLatin1Char('"') + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                       QLatin1Char('"'));
        return str(QLatin1Char('[') + QString(v).replace(QStringLiteral("]"), QStringLiteral("]]")) +
                   QLatin1Char(']'));
    }
    if (name == u"DATEDIFF") {
        expectArgs(name, args, 3, 3);
        if (args[1].isNull() || args[2].isNull())
            return SqlValue::null();
        return SqlValue::fromInt(
            datePartDiff(args[0].toString(), args[1].toDateTime(), args[2].toDateTime()));
    }
    if (name == u"DATEADD") {
        expectArgs(name, args, 3, 3);
        if (args[2].isNull())
            return args[2];
        return SqlValue::fromDateTime(dateAdd(args[0].toString(), args[1].toInt(), args[2].toDateTime()),
                                      args[2].type().kind() == SqlTypeKind::DateTime2
                                          ? args[2].type()
                                          : SqlType{SqlTypeKind::DateTime});
    }
    if (name == u"ABS" || name == u"FLOOR" || name == u"CEILING" || name == u"ROUND") {
        expectArgs(name, args, 1, 2);
        if (args[0].isNull())
            return args[0];
        if (args[0].type().isInteger())
            return name == u"ABS" ? SqlValue::fromInt(std::abs(args[0].toInt()), args[0].type()) : args[0];
        const double v = args[0].toDouble();
        double r = name == u"ABS"       ? std::abs(v)
                   : name == u"FLOOR"   ? std::floor(v)
                   : name == u"CEILING" ? std::ceil(v)
                                        : 0;
        if (name == u"ROUND") {
            const double f = std::pow(10.0, args.size() > 1 ? double(args[1].toInt()) : 0.0);
            r = std::round(v * f) / f;
        }
        return SqlValue::fromFloat(r, args[0].type());
    }
    if (name == u"OBJECT_ID" || name == u"SCOPE_IDENTITY" || name == u"OBJECT_NAME")
        return SqlValue::null();
    if (name == u"DATABASEPROPERTYEX") {
        expectArgs(name, args, 2, 2);
        const Database* d = inst.database(args[0].toString());
        if (!d)
            return SqlValue::null();
        const QString p = args[1].toString().toLower();
        if (p == u"status")
            return str(d->state);
        if (p == u"recovery")
            return str(d->recoveryModel);
        if (p == u"useraccess")
            return str(d->userAccess);
        if (p == u"updateability")
            return str(d->standby ? QStringLiteral("READ_ONLY") : QStringLiteral("READ_WRITE"));
        if (p == u"collation")
            return str(QStringLiteral("SQL_Latin1_General_CP1_CI_AS"));
        return SqlValue::null();
    }
    throw SqlMessages::error(195, {name.toLower(), QStringLiteral("built-in function name")});
}

} // namespace pchatlab
