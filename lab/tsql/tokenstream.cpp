#include "lab/tsql/tokenstream.h"

#include "lab/tsql/sqlmessages.h"

#include <QSet>

namespace pchatlab {

const Token& TokenStream::peek(int ahead) const
{
    const int i = std::min<int>(m_pos + ahead, int(m_tokens.size()) - 1);
    return m_tokens[i];
}

void TokenStream::enterNested()
{
    // A syntax error ends the whole parse, so levels left by an exception need no unwinding.
    if (++m_nesting > maxNesting)
        failNestedTooDeeply();
}

void TokenStream::failNestedTooDeeply()
{
    throw SqlMessages::error(191, {});
}

Token TokenStream::next()
{
    Token t = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return t;
}

bool TokenStream::acceptWord(const char* word)
{
    if (peek().isWord(word)) {
        next();
        return true;
    }
    return false;
}

bool TokenStream::acceptSymbol(const char* symbol)
{
    if (peek().isSymbol(symbol)) {
        next();
        return true;
    }
    return false;
}

void TokenStream::expectWord(const char* word)
{
    if (!acceptWord(word))
        fail();
}

void TokenStream::expectSymbol(const char* symbol)
{
    if (!acceptSymbol(symbol))
        fail();
}

void TokenStream::fail() const
{
    failAt(peek());
}

void TokenStream::failAt(const Token& token) const
{
    Token t = token;
    if (t.type == TokenType::End && m_tokens.size() > 1)
        t = m_tokens[m_tokens.size() - 2]; // at the end SQL Server names the last token it saw
    SqlError e = t.type == TokenType::Identifier && isReserved(t.text) ? SqlMessages::error(156, {t.raw})
                                                                       : SqlMessages::error(102, {t.raw});
    e.setLine(t.line);
    throw e;
}

bool TokenStream::isReserved(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"ADD",         "ALL",        "ALTER",    "AND",          "ANY",         "AS",
              "ASC",         "BACKUP",     "BEGIN",    "BETWEEN",      "BREAK",       "BY",
              "CASE",        "CHECKPOINT", "CLOSE",    "COALESCE",     "COLLATE",     "COLUMN",
              "COMMIT",      "CONSTRAINT", "CONTINUE", "CONVERT",      "CREATE",      "CROSS",
              "CURRENT",     "CURSOR",     "DATABASE", "DBCC",         "DEALLOCATE",  "DECLARE",
              "DEFAULT",     "DELETE",     "DENY",     "DESC",         "DISK",        "DISTINCT",
              "DROP",        "DUMP",       "ELSE",     "END",          "ESCAPE",      "EXCEPT",
              "EXEC",        "EXECUTE",    "EXISTS",   "EXIT",         "FETCH",       "FILE",
              "FOR",         "FOREIGN",    "FROM",     "FULL",         "FUNCTION",    "GOTO",
              "GRANT",       "GROUP",      "HAVING",   "IDENTITY",     "IF",          "IN",
              "INDEX",       "INNER",      "INSERT",   "INTERSECT",    "INTO",        "IS",
              "JOIN",        "KEY",        "KILL",     "LEFT",         "LIKE",        "LOAD",
              "MERGE",       "NOT",        "NULL",     "NULLIF",       "OF",          "OFF",
              "ON",          "OPEN",       "OPTION",   "OR",           "ORDER",       "OUTER",
              "OVER",        "PERCENT",    "PIVOT",    "PLAN",         "PRIMARY",     "PRINT",
              "PROC",        "PROCEDURE",  "PUBLIC",   "RAISERROR",    "READ",        "RECONFIGURE",
              "RESTORE",     "RETURN",     "REVOKE",   "RIGHT",        "ROLLBACK",    "ROWCOUNT",
              "SAVE",        "SCHEMA",     "SELECT",   "SET",          "SHUTDOWN",    "SOME",
              "TABLE",       "TEXTSIZE",   "THEN",     "TO",           "TOP",         "TRAN",
              "TRANSACTION", "TRIGGER",    "TRUNCATE", "UNION",        "UNIQUE",      "UPDATE",
              "USE",         "USER",       "VALUES",   "VIEW",         "WAITFOR",     "WHEN",
              "WHERE",       "WHILE",      "WITH",     "CURRENT_USER", "SYSTEM_USER", "SESSION_USER"})
            s.insert(QLatin1String(w));
        return s;
    }();
    return words.contains(word.toUpper());
}

bool TokenStream::peekIsName() const
{
    const Token& t = peek();
    return t.type == TokenType::QuotedIdentifier || (t.type == TokenType::Identifier && !isReserved(t.text));
}

QString TokenStream::identifier()
{
    if (!peekIsName())
        fail();
    return next().text;
}

QStringList TokenStream::multipartName()
{
    QStringList parts;
    parts.append(identifier());
    while (peek().isSymbol(".")) {
        next();
        if (peek().isSymbol(".")) {
            parts.append(QString()); // master..sysprocesses: default schema
            continue;
        }
        parts.append(identifier());
    }
    if (parts.size() > 4)
        fail();
    return parts;
}

} // namespace pchatlab
