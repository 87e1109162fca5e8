#include "lab/tsql/sqlvalue.h"

#include "lab/tsql/sqlerror.h"
#include "lab/tsql/sqlmessages.h"

#include <cmath>

namespace pchatlab {

SqlValue SqlValue::fromInt(qint64 v, SqlType type)
{
    SqlValue r(type);
    r.m_null = false;
    r.m_data = v;
    return r;
}

SqlValue SqlValue::fromFloat(double v, SqlType type)
{
    SqlValue r(type);
    r.m_null = false;
    r.m_data = v;
    return r;
}

SqlValue SqlValue::fromString(const QString& v, SqlType type)
{
    if (type.length() == -2) // "length of the literal"
        type = SqlType::nvarchar(std::max<qsizetype>(1, v.size()));
    SqlValue r(type);
    r.m_null = false;
    r.m_data = v;
    return r;
}

SqlValue SqlValue::fromBit(bool v)
{
    return fromInt(v ? 1 : 0, {SqlTypeKind::Bit});
}

SqlValue SqlValue::fromDateTime(const QDateTime& v, SqlType type)
{
    if (!v.isValid())
        return null(type);
    SqlValue r(type);
    r.m_null = false;
    r.m_data = v;
    return r;
}

SqlValue SqlValue::fromGuid(const QUuid& v)
{
    SqlValue r(SqlType{SqlTypeKind::UniqueIdentifier});
    r.m_null = false;
    r.m_data = v;
    return r;
}

SqlValue SqlValue::fromBinary(const QByteArray& v)
{
    SqlValue r(SqlType{SqlTypeKind::VarBinary, int(std::max<qsizetype>(1, v.size()))});
    r.m_null = false;
    r.m_data = v;
    return r;
}

SqlValue SqlValue::stringOrNull(const QString& v, int length)
{
    if (v.isNull())
        return null(SqlType::nvarchar(length));
    return fromString(v, SqlType::nvarchar(length));
}

qint64 SqlValue::toInt() const
{
    if (m_null)
        return 0;
    if (auto p = std::get_if<qint64>(&m_data))
        return *p;
    if (auto p = std::get_if<double>(&m_data))
        return qint64(*p);
    if (auto p = std::get_if<QString>(&m_data)) {
        bool ok = false;
        const qint64 v = p->trimmed().toLongLong(&ok);
        if (!ok)
            throw SqlMessages::error(245, {QStringLiteral("varchar"), *p, QStringLiteral("int")});
        return v;
    }
    return 0;
}

double SqlValue::toDouble() const
{
    if (m_null)
        return 0;
    if (auto p = std::get_if<double>(&m_data))
        return *p;
    if (auto p = std::get_if<qint64>(&m_data))
        return double(*p);
    if (auto p = std::get_if<QString>(&m_data)) {
        bool ok = false;
        const double v = p->trimmed().toDouble(&ok);
        if (!ok)
            throw SqlMessages::error(8114, {QStringLiteral("varchar"), QStringLiteral("float")});
        return v;
    }
    return 0;
}

QString SqlValue::toString() const
{
    if (m_null)
        return {};
    if (auto p = std::get_if<QString>(&m_data))
        return *p;
    if (auto p = std::get_if<qint64>(&m_data))
        return QString::number(*p);
    if (auto p = std::get_if<double>(&m_data)) {
        if (m_type.kind() == SqlTypeKind::Float || m_type.kind() == SqlTypeKind::Real)
            return QString::number(*p, 'g', 15);
        return QString::number(*p, 'f', m_type.scale());
    }
    if (auto p = std::get_if<QDateTime>(&m_data))
        return p->toString(m_type.kind() == SqlTypeKind::DateTime2
                               ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz0000")
                               : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (auto p = std::get_if<QUuid>(&m_data))
        return p->toString(QUuid::WithoutBraces).toUpper();
    if (auto p = std::get_if<QByteArray>(&m_data))
        return QStringLiteral("0x") + QString::fromLatin1(p->toHex().toUpper());
    return {};
}

QDateTime SqlValue::toDateTime() const
{
    if (m_null)
        return {};
    if (auto p = std::get_if<QDateTime>(&m_data))
        return *p;
    if (auto p = std::get_if<QString>(&m_data)) {
        const QString s = p->trimmed();
        for (const char* fmt : {"yyyy-MM-dd HH:mm:ss.zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
                                "yyyy-MM-dd", "yyyyMMdd", "yyyyMMdd HH:mm:ss", "HH:mm:ss", "HH:mm:ss.zzz"}) {
            QDateTime dt = QDateTime::fromString(s, QLatin1String(fmt));
            if (!dt.isValid() && QByteArray(fmt).startsWith("HH")) {
                const QTime t = QTime::fromString(s, QLatin1String(fmt));
                if (t.isValid())
                    dt = QDateTime(QDate(1900, 1, 1), t, Qt::UTC);
            }
            if (dt.isValid()) {
                dt.setTimeSpec(Qt::UTC);
                return dt;
            }
        }
        throw SqlMessages::error(241, {});
    }
    return {};
}

QUuid SqlValue::toGuid() const
{
    if (m_null)
        return {};
    if (auto p = std::get_if<QUuid>(&m_data))
        return *p;
    if (auto p = std::get_if<QString>(&m_data)) {
        const QUuid u(p->trimmed());
        if (u.isNull() && !p->trimmed().startsWith(QLatin1String("00000000")))
            throw SqlMessages::error(8169, {});
        return u;
    }
    return {};
}

QByteArray SqlValue::toBinary() const
{
    if (m_null)
        return {};
    if (auto p = std::get_if<QByteArray>(&m_data))
        return *p;
    if (auto p = std::get_if<QString>(&m_data))
        return p->toUtf8();
    return {};
}

SqlValue SqlValue::castTo(const SqlType& type) const
{
    if (m_null)
        return null(type);
    switch (type.kind()) {
    case SqlTypeKind::Int:
    case SqlTypeKind::BigInt:
    case SqlTypeKind::SmallInt:
    case SqlTypeKind::TinyInt:
        if (auto p = std::get_if<QString>(&m_data)) {
            bool ok = false;
            const qint64 v = p->trimmed().toLongLong(&ok);
            if (!ok)
                throw SqlMessages::error(245,
                                         {m_type.kind() == SqlTypeKind::NVarChar ? QStringLiteral("nvarchar")
                                                                                 : QStringLiteral("varchar"),
                                          *p, type.name()});
            return fromInt(v, type);
        }
        if (auto p = std::get_if<double>(&m_data))
            return fromInt(qint64(std::trunc(*p)), type);
        return fromInt(toInt(), type);
    case SqlTypeKind::Bit:
        if (auto p = std::get_if<QString>(&m_data)) {
            const QString s = p->trimmed().toLower();
            if (s == u"true")
                return fromBit(true);
            if (s == u"false")
                return fromBit(false);
        }
        return fromBit(toDouble() != 0);
    case SqlTypeKind::Numeric:
        // A whole number stays one: an LSN, numeric(25,0), has more digits than a double holds.
        if (type.scale() == 0 && holdsInteger())
            return fromInt(std::get<qint64>(m_data), type);
        return fromFloat(toDouble(), type);
    case SqlTypeKind::Float:
    case SqlTypeKind::Real:
        return fromFloat(toDouble(), type);
    case SqlTypeKind::NVarChar:
    case SqlTypeKind::VarChar:
    case SqlTypeKind::NText:
    case SqlTypeKind::Text: {
        QString s = toString();
        if (std::holds_alternative<QDateTime>(m_data))
            s = std::get<QDateTime>(m_data).toString(QStringLiteral("MMM d yyyy h:mmAP"));
        if (type.length() > 0 && s.size() > type.length())
            s.truncate(type.length());
        return fromString(s, type);
    }
    case SqlTypeKind::DateTime:
    case SqlTypeKind::DateTime2:
        return fromDateTime(toDateTime(), type);
    case SqlTypeKind::UniqueIdentifier:
        return fromGuid(toGuid());
    case SqlTypeKind::VarBinary:
        return fromBinary(toBinary());
    }
    return *this;
}

int SqlValue::compare(const SqlValue& a, const SqlValue& b)
{
    const SqlType& winner = a.type().precedence() >= b.type().precedence() ? a.type() : b.type();
    if (winner.isNumeric()) {
        if ((a.type().isInteger() && b.type().isInteger()) || (a.holdsInteger() && b.holdsInteger())) {
            const qint64 x = a.toInt(), y = b.toInt();
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        const double x = a.castTo(SqlType{SqlTypeKind::Float}).toDouble();
        const double y = b.castTo(SqlType{SqlTypeKind::Float}).toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (winner.kind() == SqlTypeKind::DateTime || winner.kind() == SqlTypeKind::DateTime2) {
        const QDateTime x = a.toDateTime(), y = b.toDateTime();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (winner.kind() == SqlTypeKind::UniqueIdentifier) {
        const QUuid x = a.toGuid(), y = b.toGuid();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    auto trimRight = [](QString s) {
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s;
    };
    return QString::compare(trimRight(a.toString()), trimRight(b.toString()), Qt::CaseInsensitive);
}

} // namespace pchatlab
