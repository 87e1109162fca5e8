#include "scriptlexers.h"

namespace pchat::test {

namespace {

// Reads a quoted literal or identifier from start (after its opening quote) to the closing quote, two of
// which stand for one in the value. Returns the index after the closing quote, or -1 when the text ends
// first.
qsizetype readQuoted(const QString& text, qsizetype start, QChar close, QString* value)
{
    for (qsizetype j = start; j < text.size(); ++j) {
        if (text.at(j) != close) {
            *value += text.at(j);
        } else if (j + 1 < text.size() && text.at(j + 1) == close) {
            *value += close;
            ++j;
        } else {
            return j + 1;
        }
    }
    return -1;
}

} // namespace

ScannedScript scanTSql(const QString& text)
{
    ScannedScript result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        // Comments are code as far as the skeleton is concerned, but quotes inside them do not start
        // literals.
        if (c == u'-' && i + 1 < n && text.at(i + 1) == u'-') {
            const qsizetype end = text.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            result.skeleton += text.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0) {
                result.error = QStringLiteral("unterminated comment at %1").arg(i);
                return result;
            }
            result.skeleton += text.mid(i, end + 2 - i);
            i = end + 2;
            continue;
        }
        const bool national = (c == u'N' || c == u'n') && i + 1 < n && text.at(i + 1) == u'\'' &&
                              (i == 0 || !(text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == u'_'));
        if (c == u'\'' || national) {
            QString value;
            const qsizetype j = readQuoted(text, national ? i + 2 : i + 1, u'\'', &value);
            if (j < 0) {
                result.error = QStringLiteral("unterminated literal at %1").arg(i);
                return result;
            }
            result.literals << value;
            result.skeleton += QStringLiteral("<L>");
            i = j;
            continue;
        }
        if (c == u'[') {
            QString value;
            const qsizetype j = readQuoted(text, i + 1, u']', &value);
            if (j < 0) {
                result.error = QStringLiteral("unterminated identifier at %1").arg(i);
                return result;
            }
            result.identifiers << value;
            result.skeleton += QStringLiteral("<I>");
            i = j;
            continue;
        }
        result.skeleton += c;
        ++i;
    }
    return result;
}

namespace {

bool isQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
}

} // namespace

ScannedScript scanPowerShell(const QString& text)
{
    ScannedScript result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'#') {
            const qsizetype end = text.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            result.skeleton += text.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'"') {
            // The builders never write expandable strings; one in the output means a value escaped its
            // quotes.
            result.error = QStringLiteral("double-quoted (expandable) string at %1").arg(i);
            return result;
        }
        if (isQuote(c)) {
            qsizetype j = i + 1;
            QString value;
            bool closed = false;
            while (j < n) {
                if (isQuote(text.at(j))) {
                    if (j + 1 < n && isQuote(text.at(j + 1))) {
                        value += text.at(j);
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                value += text.at(j++);
            }
            if (!closed) {
                result.error = QStringLiteral("unterminated string at %1").arg(i);
                return result;
            }
            result.literals << value;
            result.skeleton += QStringLiteral("<L>");
            i = j;
            continue;
        }
        result.skeleton += c;
        ++i;
    }
    return result;
}

} // namespace pchat::test
