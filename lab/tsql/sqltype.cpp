#include "lab/tsql/sqltype.h"

namespace pchatlab {

bool SqlType::isString() const
{
    return m_kind == SqlTypeKind::NVarChar || m_kind == SqlTypeKind::VarChar ||
           m_kind == SqlTypeKind::NText || m_kind == SqlTypeKind::Text;
}

bool SqlType::isInteger() const
{
    return m_kind == SqlTypeKind::Int || m_kind == SqlTypeKind::BigInt || m_kind == SqlTypeKind::SmallInt ||
           m_kind == SqlTypeKind::TinyInt || m_kind == SqlTypeKind::Bit;
}

bool SqlType::isNumeric() const
{
    return isInteger() || m_kind == SqlTypeKind::Float || m_kind == SqlTypeKind::Real ||
           m_kind == SqlTypeKind::Numeric;
}

int SqlType::precedence() const
{
    switch (m_kind) {
    case SqlTypeKind::DateTime2:
        return 100;
    case SqlTypeKind::DateTime:
        return 99;
    case SqlTypeKind::Float:
        return 98;
    case SqlTypeKind::Real:
        return 97;
    case SqlTypeKind::Numeric:
        return 96;
    case SqlTypeKind::BigInt:
        return 95;
    case SqlTypeKind::Int:
        return 94;
    case SqlTypeKind::SmallInt:
        return 93;
    case SqlTypeKind::TinyInt:
        return 92;
    case SqlTypeKind::Bit:
        return 91;
    case SqlTypeKind::NText:
        return 90;
    case SqlTypeKind::Text:
        return 89;
    case SqlTypeKind::UniqueIdentifier:
        return 88;
    case SqlTypeKind::NVarChar:
        return 87;
    case SqlTypeKind::VarChar:
        return 86;
    case SqlTypeKind::VarBinary:
        return 85;
    }
    return 0;
}

QString SqlType::name() const
{
    auto withLength = [this](const char* base) {
        return QStringLiteral("%1(%2)").arg(QLatin1String(base),
                                            m_length < 0 ? QStringLiteral("max") : QString::number(m_length));
    };
    switch (m_kind) {
    case SqlTypeKind::Int:
        return QStringLiteral("int");
    case SqlTypeKind::BigInt:
        return QStringLiteral("bigint");
    case SqlTypeKind::SmallInt:
        return QStringLiteral("smallint");
    case SqlTypeKind::TinyInt:
        return QStringLiteral("tinyint");
    case SqlTypeKind::Bit:
        return QStringLiteral("bit");
    case SqlTypeKind::Float:
        return QStringLiteral("float");
    case SqlTypeKind::Real:
        return QStringLiteral("real");
    case SqlTypeKind::NVarChar:
        return withLength("nvarchar");
    case SqlTypeKind::VarChar:
        return withLength("varchar");
    case SqlTypeKind::NText:
        return QStringLiteral("ntext");
    case SqlTypeKind::Text:
        return QStringLiteral("text");
    case SqlTypeKind::DateTime:
        return QStringLiteral("datetime");
    case SqlTypeKind::DateTime2:
        return QStringLiteral("datetime2");
    case SqlTypeKind::UniqueIdentifier:
        return QStringLiteral("uniqueidentifier");
    case SqlTypeKind::VarBinary:
        return withLength("varbinary");
    case SqlTypeKind::Numeric:
        return QStringLiteral("numeric(%1,%2)").arg(QString::number(m_precision), QString::number(m_scale));
    }
    return {};
}

bool SqlType::fromName(const QString& rawName, bool hasLength, int length, int scale, SqlType& out)
{
    const QString name = rawName.toLower();
    if (name == u"int" || name == u"integer") {
        out = {SqlTypeKind::Int};
    } else if (name == u"bigint") {
        out = {SqlTypeKind::BigInt};
    } else if (name == u"smallint") {
        out = {SqlTypeKind::SmallInt};
    } else if (name == u"tinyint") {
        out = {SqlTypeKind::TinyInt};
    } else if (name == u"bit") {
        out = {SqlTypeKind::Bit};
    } else if (name == u"float") {
        out = {SqlTypeKind::Float};
    } else if (name == u"real") {
        out = {SqlTypeKind::Real};
    } else if (name == u"nvarchar" || name == u"nchar") {
        out = SqlType::nvarchar(hasLength ? length : 1);
    } else if (name == u"varchar" || name == u"char") {
        out = SqlType::varchar(hasLength ? length : 1);
    } else if (name == u"sysname") {
        out = SqlType::nvarchar(128);
    } else if (name == u"ntext") {
        out = {SqlTypeKind::NText, -1};
    } else if (name == u"text") {
        out = {SqlTypeKind::Text, -1};
    } else if (name == u"datetime" || name == u"smalldatetime" || name == u"date") {
        out = {SqlTypeKind::DateTime};
    } else if (name == u"datetime2" || name == u"datetimeoffset") {
        out = {SqlTypeKind::DateTime2, 0, 0, hasLength ? length : 7};
    } else if (name == u"uniqueidentifier") {
        out = {SqlTypeKind::UniqueIdentifier};
    } else if (name == u"varbinary" || name == u"binary") {
        out = {SqlTypeKind::VarBinary, hasLength ? length : 1};
    } else if (name == u"numeric" || name == u"decimal") {
        out = SqlType::numeric(hasLength ? length : 18, scale);
    } else if (name == u"money") {
        out = SqlType::numeric(19, 4);
    } else {
        return false;
    }
    return true;
}

} // namespace pchatlab
