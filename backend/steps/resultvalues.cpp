#include "resultvalues.h"

#include <cmath>
#include <QLocale>

namespace pchat {

QDateTime ResultValues::dateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString textValue = value.toString().trimmed();
    for (const char* format : {"yyyy-MM-dd HH:mm:ss.zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.z",
                               "yyyy-MM-dd HH:mm:ss.zz"}) {
        QDateTime parsed = QDateTime::fromString(textValue, QLatin1String(format));
        if (parsed.isValid())
            return parsed;
    }
    // datetime2 carries up to seven fractional digits; Qt reads three.
    const qsizetype dot = textValue.indexOf(QLatin1Char('.'));
    if (dot > 0 && textValue.size() > dot + 4) {
        const QDateTime parsed =
            QDateTime::fromString(textValue.left(dot + 4), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (parsed.isValid())
            return parsed;
    }
    return QDateTime::fromString(textValue, Qt::ISODateWithMs);
}

qint64 ResultValues::integer(const QVariant& value, qint64 fallback)
{
    if (value.isNull())
        return fallback;
    const QString textValue = value.toString().trimmed();
    bool ok = false;
    const qint64 whole = textValue.toLongLong(&ok);
    if (ok)
        return whole;
    const double real = textValue.toDouble(&ok);
    return ok ? qint64(std::llround(real)) : fallback;
}

bool ResultValues::flag(const QVariant& value)
{
    const QString textValue = value.toString().trimmed();
    return textValue == u"1" || textValue.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString ResultValues::text(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString().trimmed();
}

QString ResultValues::windowsFileName(const QString& path)
{
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString ResultValues::windowsFolder(const QString& path)
{
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? QString() : path.left(slash);
}

QString ResultValues::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace pchat
