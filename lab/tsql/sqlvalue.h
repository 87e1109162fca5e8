// A typed, NULL-able T-SQL scalar value exchanged by the interpreter, the catalog and the TDS layer.
#pragma once

#include "lab/tsql/sqltype.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <variant>

namespace pchatlab {

class SqlValue
{
public:
    SqlValue() = default; // NULL int, what SQL Server gives an untyped NULL
    static SqlValue null(SqlType type = {}) { return SqlValue(type); }
    static SqlValue fromInt(qint64 v, SqlType type = {SqlTypeKind::Int});
    static SqlValue fromBigInt(qint64 v) { return fromInt(v, {SqlTypeKind::BigInt}); }
    static SqlValue fromFloat(double v, SqlType type = {SqlTypeKind::Float});
    static SqlValue fromString(const QString& v, SqlType type = SqlType::nvarchar(-2));
    static SqlValue fromBit(bool v);
    static SqlValue fromDateTime(const QDateTime& v, SqlType type = {SqlTypeKind::DateTime});
    static SqlValue fromGuid(const QUuid& v);
    static SqlValue fromBinary(const QByteArray& v);
    // A string or NULL: many catalog columns are "NULL when not applicable".
    static SqlValue stringOrNull(const QString& v, int length = 128);

    bool isNull() const { return m_null; }
    // Held as a whole number (not a double): a numeric(25,0) LSN keeps all its digits only this way.
    bool holdsInteger() const { return !m_null && std::holds_alternative<qint64>(m_data); }
    const SqlType& type() const { return m_type; }

    qint64 toInt() const;
    double toDouble() const;
    QString toString() const;
    bool toBool() const { return toInt() != 0; }
    QDateTime toDateTime() const;
    QUuid toGuid() const;
    QByteArray toBinary() const;

    // CAST semantics; throws SqlError 245 / 8114 when the conversion fails.
    SqlValue castTo(const SqlType& type) const;
    // Three-way comparison of two non-NULL values after implicit conversion (strings case-insensitively,
    // trailing blanks ignored as the CI_AS collation does).
    static int compare(const SqlValue& a, const SqlValue& b);

private:
    explicit SqlValue(SqlType type)
        : m_type(type)
    {
    }

    SqlType m_type;
    bool m_null = true;
    std::variant<qint64, double, QString, QDateTime, QUuid, QByteArray> m_data;
};

} // namespace pchatlab
