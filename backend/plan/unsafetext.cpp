#include "unsafetext.h"

#include <algorithm>
#include <QRegularExpression>

namespace pchat {

bool UnsafeText::isControl(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

char32_t UnsafeText::firstUnsafeCodePoint(const QString& text, bool* format)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(code);
        if (isControl(c)) {
            *format = false;
            return code;
        }
        if (category == QChar::Other_Format || category == QChar::Other_Surrogate) {
            *format = true;
            return code;
        }
    }
    return char32_t(-1);
}

QString UnsafeText::codePointName(char32_t code)
{
    return QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
}

bool UnsafeText::isReservedWindowsName(const QString& name)
{
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name.trimmed()).hasMatch();
}

bool UnsafeText::isUnsafeFileName(const QString& name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    return std::any_of(name.begin(), name.end(), [](QChar c) { return forbidden.contains(c); }) ||
           name.contains(QLatin1String("..")) || name.endsWith(u'.') || name.endsWith(u' ') ||
           isReservedWindowsName(name);
}

} // namespace pchat
