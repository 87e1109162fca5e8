#include "encodedcommand.h"

#include <QByteArray>

namespace pchat {

QString EncodedCommand::encode(const QString& script)
{
    QByteArray utf16le;
    utf16le.reserve(script.size() * 2);
    for (const QChar c : script) {
        utf16le.append(char(c.unicode() & 0xff));
        utf16le.append(char(c.unicode() >> 8));
    }
    return QString::fromLatin1(utf16le.toBase64());
}

QString EncodedCommand::decode(const QString& encoded, bool* ok)
{
    const QByteArray::FromBase64Result bytes =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const bool valid = bytes.decodingStatus == QByteArray::Base64DecodingStatus::Ok && bytes.decoded.size() % 2 == 0;
    if (ok)
        *ok = valid;
    if (!valid)
        return {};
    QString script;
    script.reserve(bytes.decoded.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.decoded.size(); i += 2)
        script.append(QChar(char16_t(uchar(bytes.decoded[i]) | (uchar(bytes.decoded[i + 1]) << 8))));
    return script;
}

QStringList EncodedCommand::arguments(const QStringList& arguments, const QString& script)
{
    QStringList result = arguments;
    if (result.size() >= 2 && result.constLast() == QLatin1String("-") &&
        result.at(result.size() - 2).compare(QLatin1String("-Command"), Qt::CaseInsensitive) == 0)
        result.resize(result.size() - 2);
    return result << QStringLiteral("-EncodedCommand") << encode(script);
}

qsizetype EncodedCommand::commandLineLength(const QString& program, const QStringList& arguments)
{
    // Two quotes around each part and a space between: an upper bound of what Qt builds for CreateProcessW.
    qsizetype length = program.size() + 2;
    for (const QString& argument : arguments)
        length += 1 + argument.size() + 2;
    return length;
}

} // namespace pchat
