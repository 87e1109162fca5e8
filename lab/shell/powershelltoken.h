// One token of the lab shell's PowerShell subset, with its extent in the input line for error records.
#pragma once

#include <QString>

namespace pchatlab {

// Half-open range of characters in the input line; error records underline it.
struct PowerShellExtent
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - start; }
};

struct PowerShellToken
{
    enum class Kind
    {
        EndOfInput,
        Word,       // bare text: a command name, a bare argument, a hashtable key, a number
        Parameter,  // -Name (text holds the name without the dash)
        String,     // single- or double-quoted, text holds the decoded value
        Variable,   // $Name (text holds the name)
        AtBrace,    // @{
        AtParen,    // @(
        LeftBrace,  // {
        RightBrace, // }
        LeftParen,  // (
        RightParen, // )
        Comma,
        Semicolon,
        Equals,
        Pipe,
        Unsupported, // &, >, < and other operators the subset does not model
    };

    Kind kind = Kind::EndOfInput;
    QString text;
    PowerShellExtent extent;
    // -Name: binds the next element as the parameter's value (e.g. -Confirm:$false).
    bool colonAttached = false;
};

} // namespace pchatlab
