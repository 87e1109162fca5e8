// A PowerShell parse error (message, ParserError id and extent), thrown by the lexer and the parser.
#pragma once

#include "lab/shell/powershelltoken.h"

namespace pchatlab {

struct PowerShellSyntaxError
{
    QString message;
    // PowerShell's parser error id, e.g. TerminatorExpectedAtEndOfString.
    QString errorId;
    PowerShellExtent extent;
};

} // namespace pchatlab
