// The SQL types and value shorthands that the lab's catalog views, msdb tables and procedure signatures are
// written with, so that each of those files lists its columns and rows in one line apiece.
#pragma once

#include "lab/tsql/paramdef.h"

#include <QDateTime>
#include <QUuid>

namespace pchatlab::catalog {

inline const SqlType kInt{SqlTypeKind::Int};
inline const SqlType kSmall{SqlTypeKind::SmallInt};
inline const SqlType kTiny{SqlTypeKind::TinyInt};
inline const SqlType kBig{SqlTypeKind::BigInt};
inline const SqlType kBit{SqlTypeKind::Bit};
inline const SqlType kDate{SqlTypeKind::DateTime};
inline const SqlType kReal{SqlTypeKind::Real};
inline const SqlType kGuid{SqlTypeKind::UniqueIdentifier};
// Log sequence numbers and byte counts: SQL Server's numeric(25,0) and numeric(20,0).
inline const SqlType kLsn = SqlType::numeric(25, 0);
inline const SqlType kSize = SqlType::numeric(20, 0);
// sysname, and the nvarchar(500) of msdb's folder and file columns.
inline const SqlType kName = SqlType::nvarchar(128);
inline const SqlType kPath = SqlType::nvarchar(500);

inline SqlType nv(int n)
{
    return SqlType::nvarchar(n);
}
inline SqlValue i(qint64 v, SqlType t = kInt)
{
    return SqlValue::fromInt(v, t);
}
// An empty string is NULL: the catalog shows NULL where the world has nothing to say.
inline SqlValue s(const QString& v, int n = 128)
{
    return SqlValue::stringOrNull(v, n);
}
inline SqlValue nul(SqlType t = kInt)
{
    return SqlValue::null(t);
}
inline SqlValue dt(const QDateTime& v)
{
    return SqlValue::fromDateTime(v);
}
inline SqlValue guid(const QUuid& u)
{
    return u.isNull() ? SqlValue::null(kGuid) : SqlValue::fromGuid(u);
}
// LSNs and sizes: 0 means none yet, which the catalog shows as NULL.
inline SqlValue num(qint64 v, SqlType t = kLsn)
{
    return v ? SqlValue::fromInt(v, t) : SqlValue::null(t);
}
// msdb keeps dates and times of day as integers: yyyymmdd and hhmmss (0 for never).
inline int dateInt(const QDateTime& v)
{
    return v.isValid() ? v.date().year() * 10000 + v.date().month() * 100 + v.date().day() : 0;
}
inline int timeInt(const QDateTime& v)
{
    return v.isValid() ? v.time().hour() * 10000 + v.time().minute() * 100 + v.time().second() : 0;
}

inline ParamDef opt(const char* name, SqlType type, SqlValue def = SqlValue(), bool output = false)
{
    return {QLatin1String(name), type, false, output, def};
}
inline ParamDef req(const char* name, SqlType type)
{
    return {QLatin1String(name), type, true, false, SqlValue()};
}

} // namespace pchatlab::catalog
