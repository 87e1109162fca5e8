// Parses one input line of the lab shell into statements (commands with arguments, expressions, exit).
#pragma once

#include "lab/shell/powershellast.h"
#include "lab/shell/powershelllexer.h"
#include "lab/shell/powershellsyntaxerror.h"

#include <optional>

namespace pchatlab {

class PowerShellParser
{
public:
    explicit PowerShellParser(const QString& line);

    // The whole line is parsed before anything runs, as PowerShell does: a syntax error anywhere means no
    // statement of the line executes.
    bool parse();
    const std::vector<PowerShellStatement>& statements() const { return m_statements; }
    const std::optional<PowerShellSyntaxError>& error() const { return m_error; }

private:
    using Mode = PowerShellLexer::Mode;
    using Kind = PowerShellToken::Kind;

    PowerShellStatement parseStatement();
    void parseCommandArguments(PowerShellStatement& statement);
    PowerShellValue parseArgumentValue();
    PowerShellValue parseExpression();
    // first and the values after its commas as one array (PowerShell's comma operator), in the argument or
    // the expression mode, each with its own error for a comma that no value follows.
    PowerShellValue parseArray(PowerShellValue first, Mode mode);
    PowerShellValue parsePrimary(Mode mode);
    PowerShellValue parsePrimaryToken(const PowerShellToken& t, Mode mode);
    PowerShellValue parseHashtable(const PowerShellToken& open);
    PowerShellValue parseGroup(const PowerShellToken& open);
    PowerShellValue variableValue(const PowerShellToken& token) const;
    bool endsStatement(const PowerShellToken& token) const;
    PowerShellToken take(Mode mode);
    [[noreturn]] void unexpected(const PowerShellToken& token) const;

    PowerShellLexer m_lexer;
    std::vector<PowerShellStatement> m_statements;
    std::optional<PowerShellSyntaxError> m_error;
    // End of the last consumed token: where the statement or value being parsed ends so far.
    qsizetype m_lastEnd = 0;
    // How many groups, arrays, hashtables and nested commands enclose the value being parsed.
    int m_depth = 0;
};

} // namespace pchatlab
