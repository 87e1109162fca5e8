// Cursor over a batch's tokens with the helpers both parsers share (keyword tests, SQL Server syntax errors).
#pragma once

#include "lab/tsql/token.h"

#include <QStringList>
#include <QVector>

namespace pchatlab {

class TokenStream
{
public:
    explicit TokenStream(QVector<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    const Token& peek(int ahead = 0) const;
    Token next();
    bool atEnd() const { return peek().type == TokenType::End; }
    int position() const { return m_pos; }
    void reset(int position) { m_pos = position; }

    bool acceptWord(const char* word);
    bool acceptSymbol(const char* symbol);
    void expectWord(const char* word);
    void expectSymbol(const char* symbol);

    // Error 102 "Incorrect syntax near", or 156 when the offending token is a reserved keyword.
    [[noreturn]] void fail() const;
    [[noreturn]] void failAt(const Token& token) const;

    // Every recursion of the parsers (nested expressions, subqueries, statements) enters a level here. SQL
    // Server refuses deeper nesting with error 191 long before its stack runs out; so does the lab, whose
    // parsers and interpreter recurse on the request's worker thread.
    static constexpr int maxNesting = 128;
    void enterNested();
    void leaveNested() { --m_nesting; }
    // Error 191 (nested too deeply).
    [[noreturn]] static void failNestedTooDeeply();

    static bool isReserved(const QString& word);
    bool peekIsName() const;
    // A plain (non-reserved) or quoted identifier; fails otherwise.
    QString identifier();
    // a.b.c with empty parts allowed (master..sysprocesses).
    QStringList multipartName();

    // How deeply the parsers are nested in this batch (see ParseDepthGuard).
    int& nesting() { return m_nesting; }
    int nesting() const { return m_nesting; }

private:
    QVector<Token> m_tokens;
    int m_pos = 0;
    int m_nesting = 0;
};

} // namespace pchatlab
