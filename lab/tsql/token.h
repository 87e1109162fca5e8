// One lexical token of a T-SQL batch, with its source line for error messages.
#pragma once

#include <QString>

namespace pchatlab {

enum class TokenType
{
    Identifier,       // plain word (keywords are plain words; the parser decides)
    QuotedIdentifier, // [name] or "name"
    Variable,         // @name
    GlobalVariable,   // @@name
    String,           // 'text' or N'text'
    Integer,
    Decimal,
    Binary, // 0x...
    Symbol, // operators and punctuation
    End,
};

struct Token
{
    TokenType type = TokenType::End;
    QString text; // identifier/string content without quotes; symbol text
    QString raw;  // as written, for "Incorrect syntax near"
    bool national = false;
    int line = 1;

    bool isWord(const char* word) const
    {
        return type == TokenType::Identifier && text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(const char* s) const { return type == TokenType::Symbol && text == QLatin1String(s); }
};

} // namespace pchatlab
