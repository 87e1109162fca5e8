#include "lab/tds/tdstypecodec.h"

#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"
#include "lab/tds/tdswriter.h"

#include <cstring>
#include <QTimeZone>

namespace pchatlab {

namespace {

const QDate kDateTimeEpoch(1900, 1, 1);
const QDate kDate2Epoch(1, 1, 1);
// USHORTMAXLEN: a (MAX) type, whose values travel as PLP chunks.
constexpr quint16 kMaxLength = 0xFFFF;
// CHARBIN_NULL: the length of a NULL string or binary value.
constexpr quint16 kNullLength = 0xFFFF;
constexpr quint64 kPlpNull = ~quint64(0);

QString utf16Bytes(const QByteArray& b)
{
    TdsReader r(b);
    return r.utf16(b.size() / 2);
}

QByteArray readPlp(TdsReader& r, bool& isNull)
{
    const quint64 total = r.u64();
    isNull = total == kPlpNull;
    QByteArray out;
    if (isNull)
        return out;
    for (;;) {
        const quint32 chunk = r.u32();
        if (chunk == 0)
            break;
        if (out.size() + qsizetype(chunk) > 16 * 1024 * 1024)
            throw TdsProtocolError("PLP value too large");
        out.append(r.bytes(chunk));
    }
    return out;
}

double readFloat(TdsReader& r, int len)
{
    if (len == 4) {
        const quint32 bits = r.u32();
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
    }
    const quint64 bits = r.u64();
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
}

SqlValue readInt(TdsReader& r, int len)
{
    switch (len) {
    case 1:
        return SqlValue::fromInt(r.u8(), {SqlTypeKind::TinyInt});
    case 2:
        return SqlValue::fromInt(qint16(r.u16()), {SqlTypeKind::SmallInt});
    case 4:
        return SqlValue::fromInt(qint32(r.u32()), {SqlTypeKind::Int});
    case 8:
        return SqlValue::fromInt(qint64(r.u64()), {SqlTypeKind::BigInt});
    }
    throw TdsProtocolError("bad integer length");
}

QDateTime readDateTime(TdsReader& r, int len)
{
    if (len == 4) {
        const quint16 days = r.u16();
        const quint16 minutes = r.u16();
        return QDateTime(kDateTimeEpoch.addDays(days), QTime(0, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
    }
    if (len != 8)
        throw TdsProtocolError("bad datetime length");
    const qint32 days = r.i32();
    const quint32 ticks = r.u32();
    return QDateTime(kDateTimeEpoch.addDays(days), QTime(0, 0), Qt::UTC).addMSecs(qint64(ticks) * 10 / 3);
}

QDateTime readDate2(TdsReader& r, int scale, int timeLen, bool hasTime, bool hasDate)
{
    qint64 units = 0;
    if (hasTime) {
        for (int i = 0; i < timeLen; ++i)
            units |= qint64(r.u8()) << (8 * i);
    }
    qint64 days = 0;
    if (hasDate) {
        days = r.u8();
        days |= qint64(r.u8()) << 8;
        days |= qint64(r.u8()) << 16;
    }
    qint64 msecs = units;
    for (int i = scale; i > 3; --i)
        msecs /= 10;
    for (int i = scale; i < 3; ++i)
        msecs *= 10;
    return QDateTime(kDate2Epoch.addDays(days), QTime(0, 0), Qt::UTC).addMSecs(msecs);
}

int timeBytes(int scale)
{
    return scale <= 2 ? 3 : (scale <= 4 ? 4 : 5);
}

} // namespace

QByteArray TdsTypeCodec::collation()
{
    return QByteArray::fromHex("0904d00034");
}

QString TdsTypeCodec::decodeCp1252(const QByteArray& bytes)
{
    static const char16_t high[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    QString s;
    s.reserve(bytes.size());
    for (char c : bytes) {
        const quint8 b = quint8(c);
        s.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(b));
    }
    return s;
}

SqlValue TdsTypeCodec::readTypedValue(TdsReader& r)
{
    const auto type = TdsDataType(r.u8());
    switch (type) {
    case TdsDataType::Null:
        return SqlValue::null();
    case TdsDataType::Int1:
        return readInt(r, 1);
    case TdsDataType::Int2:
        return readInt(r, 2);
    case TdsDataType::Int4:
        return readInt(r, 4);
    case TdsDataType::Int8:
        return readInt(r, 8);
    case TdsDataType::Bit:
        return SqlValue::fromBit(r.u8() != 0);
    case TdsDataType::Flt4:
        return SqlValue::fromFloat(readFloat(r, 4), {SqlTypeKind::Real});
    case TdsDataType::Flt8:
        return SqlValue::fromFloat(readFloat(r, 8));
    case TdsDataType::DateTime:
        return SqlValue::fromDateTime(readDateTime(r, 8));
    case TdsDataType::DateTim4:
        return SqlValue::fromDateTime(readDateTime(r, 4));
    case TdsDataType::IntN: {
        const quint8 max = r.u8();
        const quint8 len = r.u8();
        if (len == 0)
            return SqlValue::null(max == 8 ? SqlType{SqlTypeKind::BigInt} : SqlType{SqlTypeKind::Int});
        return readInt(r, len);
    }
    case TdsDataType::BitN: {
        r.u8();
        const quint8 len = r.u8();
        if (len == 0)
            return SqlValue::null({SqlTypeKind::Bit});
        if (len != 1)
            throw TdsProtocolError("bad bit length");
        return SqlValue::fromBit(r.u8() != 0);
    }
    case TdsDataType::FltN: {
        const quint8 max = r.u8();
        const quint8 len = r.u8();
        const SqlType t = max == 4 ? SqlType{SqlTypeKind::Real} : SqlType{SqlTypeKind::Float};
        if (len == 0)
            return SqlValue::null(t);
        if (len != 4 && len != 8)
            throw TdsProtocolError("bad float length");
        return SqlValue::fromFloat(readFloat(r, len), t);
    }
    case TdsDataType::DateTimeN: {
        r.u8();
        const quint8 len = r.u8();
        if (len == 0)
            return SqlValue::null({SqlTypeKind::DateTime});
        return SqlValue::fromDateTime(readDateTime(r, len));
    }
    case TdsDataType::MoneyN: {
        r.u8();
        const quint8 len = r.u8();
        if (len == 0)
            return SqlValue::null(SqlType::numeric(19, 4));
        if (len == 4)
            return SqlValue::fromFloat(qint32(r.u32()) / 10000.0, SqlType::numeric(10, 4));
        if (len != 8)
            throw TdsProtocolError("bad money length");
        const qint64 hi = qint32(r.u32());
        const quint32 lo = r.u32();
        return SqlValue::fromFloat(double((hi << 32) | lo) / 10000.0, SqlType::numeric(19, 4));
    }
    case TdsDataType::Guid: { // GUID
        r.u8();
        const quint8 len = r.u8();
        if (len == 0)
            return SqlValue::null({SqlTypeKind::UniqueIdentifier});
        if (len != 16)
            throw TdsProtocolError("bad guid length");
        const quint32 d1 = r.u32();
        const quint16 d2 = r.u16();
        const quint16 d3 = r.u16();
        const QByteArray d4 = r.bytes(8);
        return SqlValue::fromGuid(QUuid(d1, d2, d3, uchar(d4[0]), uchar(d4[1]), uchar(d4[2]), uchar(d4[3]),
                                        uchar(d4[4]), uchar(d4[5]), uchar(d4[6]), uchar(d4[7])));
    }
    case TdsDataType::DecimalN:
    case TdsDataType::NumericN: { // DECIMALN / NUMERICN
        r.u8();
        const quint8 precision = r.u8();
        const quint8 scale = r.u8();
        const quint8 len = r.u8();
        const SqlType t = SqlType::numeric(precision, scale);
        if (len == 0)
            return SqlValue::null(t);
        if (len > 17 || len < 2)
            throw TdsProtocolError("bad numeric length");
        const bool positive = r.u8() == 1;
        double v = 0, factor = 1;
        for (int i = 1; i < len; ++i) {
            v += r.u8() * factor;
            factor *= 256;
        }
        for (int i = 0; i < scale; ++i)
            v /= 10;
        return SqlValue::fromFloat(positive ? v : -v, t);
    }
    case TdsDataType::DateN: {
        const quint8 len = r.u8();
        if (len == 0)
            return SqlValue::null({SqlTypeKind::DateTime});
        if (len != 3)
            throw TdsProtocolError("bad date length");
        return SqlValue::fromDateTime(readDate2(r, 0, 0, false, true));
    }
    case TdsDataType::TimeN:
    case TdsDataType::DateTime2N:
    case TdsDataType::DateTimeOffsetN: { // TIMEN / DATETIME2N / DATETIMEOFFSETN
        const quint8 scale = r.u8();
        if (scale > 7)
            throw TdsProtocolError("bad time scale");
        const quint8 len = r.u8();
        const SqlType t{SqlTypeKind::DateTime2, 0, 0, scale};
        if (len == 0)
            return SqlValue::null(t);
        const int tb = timeBytes(scale);
        const int expected =
            type == TdsDataType::TimeN ? tb : (type == TdsDataType::DateTime2N ? tb + 3 : tb + 5);
        if (len != expected)
            throw TdsProtocolError("bad time length");
        QDateTime dt = readDate2(r, scale, tb, true, type != TdsDataType::TimeN);
        if (type == TdsDataType::DateTimeOffsetN)
            r.u16(); // offset in minutes; the stored value is UTC already
        return SqlValue::fromDateTime(dt, t);
    }
    case TdsDataType::NVarChar:
    case TdsDataType::NChar:
    case TdsDataType::BigVarChar:
    case TdsDataType::BigChar:
    case TdsDataType::BigVarBinary:
    case TdsDataType::BigBinary: { // variable-length strings and binaries
        const quint16 max = r.u16();
        const bool isBinary = type == TdsDataType::BigVarBinary || type == TdsDataType::BigBinary;
        const bool isUnicode = type == TdsDataType::NVarChar || type == TdsDataType::NChar;
        if (!isBinary)
            r.skip(5);
        QByteArray bytes;
        bool isNull = false;
        if (max == kMaxLength) {
            bytes = readPlp(r, isNull);
        } else {
            const quint16 len = r.u16();
            isNull = len == kNullLength;
            if (!isNull)
                bytes = r.bytes(len);
        }
        if (isBinary) {
            const SqlType t{SqlTypeKind::VarBinary, max == kMaxLength ? -1 : int(max)};
            return isNull ? SqlValue::null(t) : SqlValue::fromBinary(bytes);
        }
        const SqlType t = isUnicode ? SqlType::nvarchar(max == kMaxLength ? -1 : max / 2)
                                    : SqlType::varchar(max == kMaxLength ? -1 : int(max));
        if (isNull)
            return SqlValue::null(t);
        if (isUnicode && bytes.size() % 2)
            throw TdsProtocolError("odd UTF-16 length");
        return SqlValue::fromString(isUnicode ? utf16Bytes(bytes) : decodeCp1252(bytes), t);
    }
    case TdsDataType::NText:
    case TdsDataType::Text:
    case TdsDataType::Image: {
        r.u32();
        if (type != TdsDataType::Image)
            r.skip(5);
        const quint32 len = r.u32();
        const SqlType t{type == TdsDataType::NText
                            ? SqlTypeKind::NText
                            : (type == TdsDataType::Text ? SqlTypeKind::Text : SqlTypeKind::VarBinary),
                        -1};
        if (len == 0xFFFFFFFFu)
            return SqlValue::null(t);
        if (len > 16u * 1024 * 1024)
            throw TdsProtocolError("text value too large");
        const QByteArray bytes = r.bytes(len);
        if (type == TdsDataType::Image)
            return SqlValue::fromBinary(bytes);
        if (type == TdsDataType::NText && bytes.size() % 2)
            throw TdsProtocolError("odd UTF-16 length");
        return SqlValue::fromString(type == TdsDataType::NText ? utf16Bytes(bytes) : decodeCp1252(bytes), t);
    }
    default:
        throw TdsProtocolError("unsupported parameter type");
    }
}

void TdsTypeCodec::writeTypeInfo(TdsWriter& w, const SqlType& type)
{
    switch (type.kind()) {
    case SqlTypeKind::Int:
        w.dataType(TdsDataType::IntN);
        w.u8(4);
        break;
    case SqlTypeKind::BigInt:
        w.dataType(TdsDataType::IntN);
        w.u8(8);
        break;
    case SqlTypeKind::SmallInt:
        w.dataType(TdsDataType::IntN);
        w.u8(2);
        break;
    case SqlTypeKind::TinyInt:
        w.dataType(TdsDataType::IntN);
        w.u8(1);
        break;
    case SqlTypeKind::Bit:
        w.dataType(TdsDataType::BitN);
        w.u8(1);
        break;
    case SqlTypeKind::Float:
        w.dataType(TdsDataType::FltN);
        w.u8(8);
        break;
    case SqlTypeKind::Real:
        w.dataType(TdsDataType::FltN);
        w.u8(4);
        break;
    case SqlTypeKind::DateTime:
        w.dataType(TdsDataType::DateTimeN);
        w.u8(8);
        break;
    case SqlTypeKind::DateTime2:
        w.dataType(TdsDataType::DateTime2N);
        w.u8(7);
        break;
    case SqlTypeKind::UniqueIdentifier:
        w.dataType(TdsDataType::Guid);
        w.u8(16);
        break;
    case SqlTypeKind::VarBinary:
        w.dataType(TdsDataType::BigVarBinary);
        w.u16(8000);
        break;
    case SqlTypeKind::Numeric:
        w.dataType(TdsDataType::NumericN);
        w.u8(17);
        w.u8(quint8(std::clamp(type.precision(), 1, 38)));
        w.u8(quint8(std::clamp(type.scale(), 0, 38)));
        break;
    case SqlTypeKind::NVarChar:
    case SqlTypeKind::VarChar:
    case SqlTypeKind::NText:
    case SqlTypeKind::Text: {
        // Everything textual goes out as NVARCHAR: clients then never guess a code page.
        const int chars = type.length() <= 0 || type.length() > 4000 ? 4000 : type.length();
        w.dataType(TdsDataType::NVarChar);
        w.u16(quint16(chars * 2));
        w.bytes(collation());
        break;
    }
    }
}

void TdsTypeCodec::writeValue(TdsWriter& w, const SqlType& type, const SqlValue& value)
{
    const bool null = value.isNull();
    switch (type.kind()) {
    case SqlTypeKind::Int:
    case SqlTypeKind::BigInt:
    case SqlTypeKind::SmallInt:
    case SqlTypeKind::TinyInt: {
        const int len = type.kind() == SqlTypeKind::BigInt     ? 8
                        : type.kind() == SqlTypeKind::Int      ? 4
                        : type.kind() == SqlTypeKind::SmallInt ? 2
                                                               : 1;
        if (null) {
            w.u8(0);
            break;
        }
        const qint64 v = value.toInt();
        w.u8(quint8(len));
        for (int i = 0; i < len; ++i)
            w.u8(quint8((quint64(v) >> (8 * i)) & 0xFF));
        break;
    }
    case SqlTypeKind::Bit:
        if (null) {
            w.u8(0);
        } else {
            w.u8(1);
            w.u8(value.toBool() ? 1 : 0);
        }
        break;
    case SqlTypeKind::Float:
    case SqlTypeKind::Real:
        if (null) {
            w.u8(0);
        } else if (type.kind() == SqlTypeKind::Real) {
            const float f = float(value.toDouble());
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            w.u8(4);
            w.u32(bits);
        } else {
            const double d = value.toDouble();
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            w.u8(8);
            w.u64(bits);
        }
        break;
    case SqlTypeKind::DateTime:
        if (null) {
            w.u8(0);
        } else {
            const QDateTime dt = value.toDateTime().toUTC();
            const qint64 days = kDateTimeEpoch.daysTo(dt.date());
            const qint64 ms = dt.time().msecsSinceStartOfDay();
            w.u8(8);
            w.i32(qint32(days));
            w.u32(quint32((ms * 3 + 5) / 10));
        }
        break;
    case SqlTypeKind::DateTime2:
        if (null) {
            w.u8(0);
        } else {
            const QDateTime dt = value.toDateTime().toUTC();
            const quint64 units = quint64(dt.time().msecsSinceStartOfDay()) * 10000;
            const qint64 days = kDate2Epoch.daysTo(dt.date());
            w.u8(8);
            for (int i = 0; i < 5; ++i)
                w.u8(quint8((units >> (8 * i)) & 0xFF));
            for (int i = 0; i < 3; ++i)
                w.u8(quint8((days >> (8 * i)) & 0xFF));
        }
        break;
    case SqlTypeKind::UniqueIdentifier:
        if (null) {
            w.u8(0);
        } else {
            const QUuid u = value.toGuid();
            w.u8(16);
            w.u32(u.data1);
            w.u16(u.data2);
            w.u16(u.data3);
            for (uchar b : u.data4)
                w.u8(b);
        }
        break;
    case SqlTypeKind::VarBinary:
        if (null) {
            w.u16(kNullLength);
        } else {
            const QByteArray b = value.toBinary().left(8000);
            w.u16(quint16(b.size()));
            w.bytes(b);
        }
        break;
    case SqlTypeKind::Numeric: {
        if (null) {
            w.u8(0);
            break;
        }
        const int p = std::clamp(type.precision(), 1, 38);
        const int len = p <= 9 ? 5 : (p <= 19 ? 9 : (p <= 28 ? 13 : 17));
        double v = value.toDouble();
        for (int i = 0; i < type.scale(); ++i)
            v *= 10;
        const bool negative = v < 0;
        quint64 mag = quint64(negative ? -v + 0.5 : v + 0.5);
        // A whole number of scale 0 goes out exactly: a double holds LSNs only to 16 digits.
        if (type.scale() == 0 && value.holdsInteger()) {
            const qint64 whole = value.toInt();
            mag = whole < 0 ? quint64(0) - quint64(whole) : quint64(whole);
        }
        w.u8(quint8(len));
        w.u8(negative ? 0 : 1);
        for (int i = 0; i < len - 1; ++i) {
            w.u8(i < 8 ? quint8(mag & 0xFF) : 0);
            if (i < 8)
                mag >>= 8;
        }
        break;
    }
    case SqlTypeKind::NVarChar:
    case SqlTypeKind::VarChar:
    case SqlTypeKind::NText:
    case SqlTypeKind::Text:
        if (null) {
            w.u16(kNullLength);
        } else {
            const QString s = value.toString().left(4000);
            w.u16(quint16(s.size() * 2));
            w.utf16(s);
        }
        break;
    }
}

} // namespace pchatlab
