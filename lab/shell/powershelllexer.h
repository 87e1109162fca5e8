// Splits one line of the lab shell's PowerShell subset into tokens, in argument or expression mode.
#pragma once

#include "lab/shell/powershelltoken.h"

namespace pchatlab {

class PowerShellLexer
{
public:
    // PowerShell tokenizes differently after a command name (argument mode: "a=b" and "C:\x" are one word)
    // than inside hashtables and parentheses (expression mode: "=" is an operator), so the parser chooses.
    enum class Mode
    {
        Argument,
        Expression
    };

    explicit PowerShellLexer(const QString& line);

    // Both throw PowerShellSyntaxError (unterminated strings, "$(" subexpressions ...).
    PowerShellToken next(Mode mode);
    PowerShellToken peek(Mode mode);

    const QString& text() const { return m_text; }

    // PowerShell treats the typographic quotes and dashes pasted from Word or web pages as the ASCII ones.
    static bool isSingleQuote(QChar c);
    static bool isDoubleQuote(QChar c);
    static bool isDash(QChar c);

private:
    void skipBlanksAndComments();
    PowerShellToken readSingleQuoted();
    PowerShellToken readDoubleQuoted();
    PowerShellToken readVariable();
    PowerShellToken readParameter();
    PowerShellToken readWord(Mode mode);
    QString readSingleQuotedValue(qsizetype start);
    QString readDoubleQuotedValue(qsizetype start);
    QString expandVariable(qsizetype stringStart);
    bool endsWord(QChar c, Mode mode) const;

    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace pchatlab
