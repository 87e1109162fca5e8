#include "powershellquote.h"

namespace pchat {

namespace {

// PowerShell's tokenizer ends a single-quoted string at any of these, so each must be doubled to stay
// literal.
bool isPowerShellSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
}

} // namespace

QString PowerShellQuote::literal(const QString& text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'\'';
    for (const QChar c : text) {
        quoted += c;
        if (isPowerShellSingleQuote(c))
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString PowerShellQuote::list(const QStringList& items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (const QString& item : items)
        quoted << literal(item);
    return quoted.join(u',');
}

} // namespace pchat
