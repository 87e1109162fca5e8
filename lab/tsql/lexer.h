// Splits a T-SQL batch into tokens (identifiers, quoted names, variables, literals, symbols), skipping
// comments.
#pragma once

#include "lab/tsql/token.h"

#include <QVector>

namespace pchatlab {

class Lexer
{
public:
    // Throws SqlError 105 (unclosed quote) or 113 (unclosed comment).
    static QVector<Token> tokenize(const QString& sql);
};

} // namespace pchatlab
