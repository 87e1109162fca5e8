#include "scripttokenizer.h"

namespace pchat::test {

namespace {

bool isPsSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
}

bool isPsDoubleQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

// Reads a PowerShell string from start (after its opening quote) to its closing quote: two quotes in a row
// are one in the content, and in an expandable string a backtick escapes the character after it. Returns the
// index of the closing quote (the text's end when it is missing).
qsizetype readPsQuoted(const QString& text, qsizetype start, bool (*isQuote)(QChar), bool backtickEscapes,
                       QString* content)
{
    qsizetype j = start;
    for (; j < text.size(); ++j) {
        if (backtickEscapes && text.at(j) == u'`' && j + 1 < text.size()) {
            *content += text.at(++j);
            continue;
        }
        if (isQuote(text.at(j))) {
            if (j + 1 < text.size() && isQuote(text.at(j + 1))) {
                *content += text.at(j);
                ++j;
                continue;
            }
            break;
        }
        *content += text.at(j);
    }
    return j;
}

} // namespace

Tokenized tokenizeTsql(const QString& text)
{
    Tokenized t;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == u"--") {
            const qsizetype end = text.indexOf(u'\n', i);
            t.comments += text.mid(i, end < 0 ? -1 : end - i) + u'\n';
            i = end < 0 ? text.size() : end;
        } else if (text.mid(i, 2) == u"/*") {
            // T-SQL block comments nest.
            int depth = 0;
            qsizetype j = i;
            while (j < text.size()) {
                if (text.mid(j, 2) == u"/*") {
                    ++depth;
                    j += 2;
                } else if (text.mid(j, 2) == u"*/") {
                    j += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++j;
                }
            }
            t.comments += text.mid(i, j - i) + u'\n';
            i = j;
        } else if (c == u'\'' || c == u'[' || c == u'"' ||
                   ((c == u'N' || c == u'n') && text.mid(i + 1, 1) == u"'")) {
            const qsizetype open = (c == u'N' || c == u'n') ? i + 1 : i;
            const QChar close = text.at(open) == u'[' ? QChar(u']') : text.at(open);
            QString content;
            qsizetype j = open + 1;
            for (; j < text.size(); ++j) {
                if (text.at(j) == close) {
                    if (text.mid(j + 1, 1) == QString(close)) {
                        content += close;
                        ++j;
                        continue;
                    }
                    break;
                }
                content += text.at(j);
            }
            t.literals << content;
            t.skeleton += text.at(open) == u'[' ? QStringLiteral("[id]") : QStringLiteral("'s'");
            i = j + 1;
        } else {
            t.skeleton += c;
            ++i;
        }
    }
    return t;
}

Tokenized tokenizePowerShell(const QString& text)
{
    Tokenized t;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == u"<#") {
            const qsizetype end = text.indexOf(QStringLiteral("#>"), i);
            t.comments += text.mid(i, end < 0 ? -1 : end + 2 - i) + u'\n';
            i = end < 0 ? text.size() : end + 2;
        } else if (c == u'#') {
            const qsizetype end = text.indexOf(u'\n', i);
            t.comments += text.mid(i, end < 0 ? -1 : end - i) + u'\n';
            i = end < 0 ? text.size() : end;
        } else if (isPsSingleQuote(c)) {
            // Any of the four single quotes closes; two in a row are one literal quote.
            QString content;
            const qsizetype j = readPsQuoted(text, i + 1, isPsSingleQuote, false, &content);
            t.literals << content;
            t.skeleton += QStringLiteral("'s'");
            i = j + 1;
        } else if (isPsDoubleQuote(c)) {
            QString content;
            const qsizetype j = readPsQuoted(text, i + 1, isPsDoubleQuote, true, &content);
            t.literals << content;
            t.expandables << content;
            t.skeleton += QStringLiteral("\"s\"");
            i = j + 1;
        } else {
            t.skeleton += c;
            ++i;
        }
    }
    return t;
}

} // namespace pchat::test
