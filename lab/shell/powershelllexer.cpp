#include "lab/shell/powershelllexer.h"

#include "lab/shell/powershellsyntaxerror.h"

#include <QHash>

namespace pchatlab {

namespace {

bool isVariableChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'?';
}

// Characters that end a bare word in both modes (PowerShell's statement and grouping delimiters).
bool isDelimiter(QChar c)
{
    return c == u';' || c == u',' || c == u'|' || c == u'(' || c == u')' || c == u'{' || c == u'}' ||
           c == u'&' || c == u'<' || c == u'>';
}

PowerShellToken makeToken(PowerShellToken::Kind kind, const QString& text, qsizetype start, qsizetype end)
{
    PowerShellToken t;
    t.kind = kind;
    t.text = text;
    t.extent = {start, end};
    return t;
}

} // namespace

PowerShellLexer::PowerShellLexer(const QString& line)
    : m_text(line)
{
}

bool PowerShellLexer::isSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
}

bool PowerShellLexer::isDoubleQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

bool PowerShellLexer::isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

PowerShellToken PowerShellLexer::peek(Mode mode)
{
    const qsizetype saved = m_pos;
    PowerShellToken t = next(mode);
    m_pos = saved;
    return t;
}

void PowerShellLexer::skipBlanksAndComments()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c.isSpace()) {
            ++m_pos;
        } else if (c == u'#') {
            m_pos = m_text.size();
        } else if (c == u'<' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'#') {
            const qsizetype close = m_text.indexOf(QLatin1String("#>"), m_pos + 2);
            if (close < 0)
                throw PowerShellSyntaxError{
                    QStringLiteral("Missing the terminator '#>' of the block comment."),
                    QStringLiteral("MissingTerminatorMultiLineComment"),
                    {m_pos, m_text.size()}};
            m_pos = close + 2;
        } else if (c == u'`' && m_pos + 1 == m_text.size()) {
            // A trailing backtick continues the line; each stdin line is complete here, so it is blank.
            ++m_pos;
        } else {
            return;
        }
    }
}

PowerShellToken PowerShellLexer::next(Mode mode)
{
    using Kind = PowerShellToken::Kind;
    skipBlanksAndComments();
    const qsizetype start = m_pos;
    if (m_pos >= m_text.size())
        return makeToken(Kind::EndOfInput, QString(), start, start);

    const QChar c = m_text.at(m_pos);
    const QChar n = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
    if (isSingleQuote(c))
        return readSingleQuoted();
    if (isDoubleQuote(c))
        return readDoubleQuoted();
    if (c == u'$')
        return readVariable();
    if (c == u'@' && (n == u'{' || n == u'(')) {
        m_pos += 2;
        return makeToken(n == u'{' ? Kind::AtBrace : Kind::AtParen, m_text.mid(start, 2), start, m_pos);
    }
    if (mode == Mode::Argument && isDash(c) && (n.isLetter() || n == u'_' || n == u'?'))
        return readParameter();

    struct Single
    {
        char16_t ch;
        Kind kind;
    };
    static const Single singles[] = {{u'{', Kind::LeftBrace},   {u'}', Kind::RightBrace},
                                     {u'(', Kind::LeftParen},   {u')', Kind::RightParen},
                                     {u',', Kind::Comma},       {u';', Kind::Semicolon},
                                     {u'|', Kind::Pipe},        {u'&', Kind::Unsupported},
                                     {u'<', Kind::Unsupported}, {u'>', Kind::Unsupported}};
    for (const Single& s : singles) {
        if (c == QChar(s.ch)) {
            ++m_pos;
            return makeToken(s.kind, QString(c), start, m_pos);
        }
    }
    if (mode == Mode::Expression && c == u'=') {
        ++m_pos;
        return makeToken(Kind::Equals, QStringLiteral("="), start, m_pos);
    }
    if (mode == Mode::Expression && isDash(c) && !n.isDigit()) {
        // -eq, -and ... are operators; the subset has no expressions that need them.
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'_'))
            ++end;
        m_pos = end;
        return makeToken(Kind::Unsupported, m_text.mid(start, end - start), start, end);
    }
    return readWord(mode);
}

QString PowerShellLexer::readSingleQuotedValue(qsizetype start)
{
    QString value;
    m_pos = start + 1;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (isSingleQuote(c)) {
            // Any two adjacent single-quote characters, ASCII or typographic, stand for one literal quote.
            if (m_pos + 1 < m_text.size() && isSingleQuote(m_text.at(m_pos + 1))) {
                value += m_text.at(m_pos + 1);
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return value;
        }
        value += c;
        ++m_pos;
    }
    throw PowerShellSyntaxError{QStringLiteral("The string is missing the terminator: '."),
                                QStringLiteral("TerminatorExpectedAtEndOfString"),
                                {start, m_text.size()}};
}

PowerShellToken PowerShellLexer::readSingleQuoted()
{
    const qsizetype start = m_pos;
    const QString value = readSingleQuotedValue(start);
    return makeToken(PowerShellToken::Kind::String, value, start, m_pos);
}

QString PowerShellLexer::expandVariable(qsizetype stringStart)
{
    // m_pos is on the '$'. Only the automatic constants exist in the lab shell; any other variable is unset
    // and expands to nothing, as PowerShell does without strict mode.
    const qsizetype dollar = m_pos;
    const QChar n = dollar + 1 < m_text.size() ? m_text.at(dollar + 1) : QChar();
    if (n == u'(')
        throw PowerShellSyntaxError{
            QStringLiteral("Subexpressions $( ) are not supported by the lab shell; write "
                           "the value as a literal instead."),
            QStringLiteral("SubexpressionNotSupported"),
            {dollar, dollar + 2}};
    QString name;
    if (n == u'{') {
        const qsizetype close = m_text.indexOf(u'}', dollar + 2);
        if (close < 0)
            throw PowerShellSyntaxError{
                QStringLiteral("Missing closing '}' in statement block or type definition."),
                QStringLiteral("MissingEndCurlyBrace"),
                {stringStart, m_text.size()}};
        name = m_text.mid(dollar + 2, close - dollar - 2);
        m_pos = close + 1;
    } else if (isVariableChar(n)) {
        m_pos = dollar + 1;
        while (m_pos < m_text.size() && isVariableChar(m_text.at(m_pos)))
            name += m_text.at(m_pos++);
    } else {
        ++m_pos;
        return QStringLiteral("$");
    }
    if (name.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("True");
    if (name.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("False");
    return QString();
}

QString PowerShellLexer::readDoubleQuotedValue(qsizetype start)
{
    QString value;
    m_pos = start + 1;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (isDoubleQuote(c)) {
            if (m_pos + 1 < m_text.size() && isDoubleQuote(m_text.at(m_pos + 1))) {
                value += m_text.at(m_pos + 1);
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return value;
        }
        if (c == u'`' && m_pos + 1 < m_text.size()) {
            const QChar e = m_text.at(m_pos + 1);
            static const QHash<QChar, QChar> escapes{{u'n', u'\n'},     {u'r', u'\r'},     {u't', u'\t'},
                                                     {u'0', QChar(0)},  {u'a', QChar(7)},  {u'b', QChar(8)},
                                                     {u'f', QChar(12)}, {u'v', QChar(11)}, {u'e', QChar(27)}};
            value += escapes.value(e, e);
            m_pos += 2;
            continue;
        }
        if (c == u'$') {
            value += expandVariable(start);
            continue;
        }
        value += c;
        ++m_pos;
    }
    throw PowerShellSyntaxError{QStringLiteral("The string is missing the terminator: \"."),
                                QStringLiteral("TerminatorExpectedAtEndOfString"),
                                {start, m_text.size()}};
}

PowerShellToken PowerShellLexer::readDoubleQuoted()
{
    const qsizetype start = m_pos;
    const QString value = readDoubleQuotedValue(start);
    return makeToken(PowerShellToken::Kind::String, value, start, m_pos);
}

PowerShellToken PowerShellLexer::readVariable()
{
    const qsizetype start = m_pos;
    const QChar n = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
    if (n == u'(')
        throw PowerShellSyntaxError{
            QStringLiteral("Subexpressions $( ) are not supported by the lab shell; write "
                           "the value as a literal instead."),
            QStringLiteral("SubexpressionNotSupported"),
            {start, start + 2}};
    QString name;
    if (n == u'{') {
        const qsizetype close = m_text.indexOf(u'}', start + 2);
        if (close < 0)
            throw PowerShellSyntaxError{
                QStringLiteral("Missing closing '}' in statement block or type definition."),
                QStringLiteral("MissingEndCurlyBrace"),
                {start, m_text.size()}};
        name = m_text.mid(start + 2, close - start - 2);
        m_pos = close + 1;
    } else {
        m_pos = start + 1;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            // A scope prefix ($env:Name) keeps its colon; a trailing colon does not belong to the name.
            if (isVariableChar(c) ||
                (c == u':' && m_pos + 1 < m_text.size() && isVariableChar(m_text.at(m_pos + 1)))) {
                name += c;
                ++m_pos;
            } else {
                break;
            }
        }
        if (name.isEmpty())
            return makeToken(PowerShellToken::Kind::Word, QStringLiteral("$"), start, m_pos);
    }
    return makeToken(PowerShellToken::Kind::Variable, name, start, m_pos);
}

PowerShellToken PowerShellLexer::readParameter()
{
    const qsizetype start = m_pos;
    m_pos = start + 1;
    QString name;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c.isSpace() || isDelimiter(c) || c == u':' || isSingleQuote(c) || isDoubleQuote(c))
            break;
        name += c;
        ++m_pos;
    }
    PowerShellToken t = makeToken(PowerShellToken::Kind::Parameter, name, start, m_pos);
    if (m_pos < m_text.size() && m_text.at(m_pos) == u':') {
        ++m_pos;
        t.extent.end = m_pos;
        t.colonAttached = true;
    }
    return t;
}

bool PowerShellLexer::endsWord(QChar c, Mode mode) const
{
    if (c.isSpace() || isDelimiter(c))
        return true;
    return mode == Mode::Expression && (c == u'=' || c == u'$' || isSingleQuote(c) || isDoubleQuote(c));
}

PowerShellToken PowerShellLexer::readWord(Mode mode)
{
    const qsizetype start = m_pos;
    QString value;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (endsWord(c, mode))
            break;
        if (c == u'`' && m_pos + 1 < m_text.size()) {
            value += m_text.at(m_pos + 1);
            m_pos += 2;
            continue;
        }
        // In argument mode quoted parts glue onto a bare word: service:'x' is the one argument "service:x".
        if (isSingleQuote(c)) {
            value += readSingleQuotedValue(m_pos);
            continue;
        }
        if (isDoubleQuote(c)) {
            value += readDoubleQuotedValue(m_pos);
            continue;
        }
        value += c;
        ++m_pos;
    }
    if (m_pos == start) {
        // A lone character no rule accepts; consume it so that the parser can report it.
        ++m_pos;
        return makeToken(PowerShellToken::Kind::Unsupported, m_text.mid(start, 1), start, m_pos);
    }
    return makeToken(PowerShellToken::Kind::Word, value, start, m_pos);
}

} // namespace pchatlab
