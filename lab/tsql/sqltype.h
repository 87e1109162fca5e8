// A T-SQL data type (kind plus length/precision/scale) as the interpreter and the TDS encoder see it.
#pragma once

#include <QString>

namespace pchatlab {

enum class SqlTypeKind
{
    Int,
    BigInt,
    SmallInt,
    TinyInt,
    Bit,
    Float,
    Real,
    NVarChar,
    VarChar,
    NText,
    Text,
    DateTime,
    DateTime2,
    UniqueIdentifier,
    VarBinary,
    Numeric,
};

class SqlType
{
public:
    SqlType() = default;
    SqlType(SqlTypeKind kind, int length = 0, int precision = 0, int scale = 0)
        : m_kind(kind)
        , m_length(length)
        , m_precision(precision)
        , m_scale(scale)
    {
    }

    static SqlType nvarchar(int length = 4000) { return {SqlTypeKind::NVarChar, length}; }
    static SqlType varchar(int length = 8000) { return {SqlTypeKind::VarChar, length}; }
    static SqlType numeric(int precision, int scale = 0)
    {
        return {SqlTypeKind::Numeric, 0, precision, scale};
    }

    SqlTypeKind kind() const { return m_kind; }
    int length() const { return m_length; }
    int precision() const { return m_precision; }
    int scale() const { return m_scale; }

    bool isString() const;
    bool isInteger() const;
    bool isNumeric() const;
    // Precedence as in "Data type precedence": the higher wins in a mixed expression.
    int precedence() const;
    QString name() const;

    // Parses a type name as written in DECLARE / CAST / parameter lists ("nvarchar", "int", "sysname"...);
    // returns false for unknown names.
    static bool fromName(const QString& name, bool hasLength, int length, int scale, SqlType& out);

private:
    SqlTypeKind m_kind = SqlTypeKind::Int;
    int m_length = 0; // characters for strings, bytes for binary, -1 = MAX
    int m_precision = 0;
    int m_scale = 0;
};

} // namespace pchatlab
