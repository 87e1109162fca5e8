#include "lab/tsql/lexer.h"

#include "lab/tsql/sqlmessages.h"

namespace pchatlab {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('#');
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('#') || c == QLatin1Char('$') ||
           c == QLatin1Char('@');
}

} // namespace

QVector<Token> Lexer::tokenize(const QString& sql)
{
    QVector<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    int line = 1;
    auto at = [&](qsizetype k) { return k < n ? sql[k] : QChar(); };
    while (i < n) {
        const QChar c = sql[i];
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            // T-SQL block comments nest.
            int depth = 0;
            do {
                if (i >= n)
                    throw SqlMessages::error(113, {});
                if (sql[i] == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (sql[i] == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    if (sql[i] == QLatin1Char('\n'))
                        ++line;
                    ++i;
                }
            } while (depth > 0);
            continue;
        }
        Token t;
        t.line = line;
        const qsizetype start = i;
        if ((c == QLatin1Char('N') || c == QLatin1Char('n')) && at(i + 1) == QLatin1Char('\'')) {
            t.national = true;
            ++i;
        }
        if (sql[i] == QLatin1Char('\'')) {
            ++i;
            QString s;
            for (;;) {
                if (i >= n)
                    throw SqlMessages::error(105, {s});
                if (sql[i] == QLatin1Char('\'')) {
                    if (at(i + 1) == QLatin1Char('\'')) {
                        s += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (sql[i] == QLatin1Char('\n'))
                    ++line;
                s += sql[i++];
            }
            t.type = TokenType::String;
            t.text = s;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('"')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('"');
            ++i;
            QString s;
            for (;;) {
                if (i >= n)
                    throw SqlMessages::error(105, {s});
                if (sql[i] == close) {
                    if (at(i + 1) == close) {
                        s += close;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                s += sql[i++];
            }
            t.type = TokenType::QuotedIdentifier;
            t.text = s;
        } else if (c == QLatin1Char('@')) {
            const bool global = at(i + 1) == QLatin1Char('@');
            i += global ? 2 : 1;
            while (i < n && isIdentPart(sql[i]))
                ++i;
            t.type = global ? TokenType::GlobalVariable : TokenType::Variable;
            t.text = sql.mid(start, i - start);
        } else if (c == QLatin1Char('0') &&
                   (at(i + 1) == QLatin1Char('x') || at(i + 1) == QLatin1Char('X'))) {
            i += 2;
            while (i < n && (sql[i].isDigit() || QStringLiteral("abcdefABCDEF").contains(sql[i])))
                ++i;
            t.type = TokenType::Binary;
            t.text = sql.mid(start + 2, i - start - 2);
        } else if (c.isDigit() || (c == QLatin1Char('.') && at(i + 1).isDigit())) {
            bool decimal = false;
            while (i < n && (sql[i].isDigit() || sql[i] == QLatin1Char('.'))) {
                decimal |= sql[i] == QLatin1Char('.');
                ++i;
            }
            if (i < n && (sql[i] == QLatin1Char('e') || sql[i] == QLatin1Char('E')) &&
                (at(i + 1).isDigit() ||
                 ((at(i + 1) == QLatin1Char('-') || at(i + 1) == QLatin1Char('+')) && at(i + 2).isDigit()))) {
                decimal = true;
                i += 2;
                while (i < n && sql[i].isDigit())
                    ++i;
            }
            t.type = decimal ? TokenType::Decimal : TokenType::Integer;
            t.text = sql.mid(start, i - start);
        } else if (isIdentStart(c)) {
            while (i < n && isIdentPart(sql[i]))
                ++i;
            t.type = TokenType::Identifier;
            t.text = sql.mid(start, i - start);
        } else {
            static const char* twoChar[] = {"<>", "!=", "<=", ">=", "!<", "!>", "+=", "-=", "*=", "/=", "::"};
            t.type = TokenType::Symbol;
            t.text = QString(c);
            for (const char* op : twoChar) {
                if (c == QLatin1Char(op[0]) && at(i + 1) == QLatin1Char(op[1])) {
                    t.text = QLatin1String(op);
                    break;
                }
            }
            i += t.text.size();
        }
        t.raw = sql.mid(start, i - start);
        out.append(t);
    }
    Token end;
    end.line = line;
    out.append(end);
    return out;
}

} // namespace pchatlab
