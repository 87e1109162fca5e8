// Tells which characters and names a plan value may not hold: control and invisible format characters, and
// what Windows refuses in a file name.
#pragma once

#include <QString>

namespace pchat {

class UnsafeText
{
public:
    // Control characters, with the line and paragraph separators.
    static bool isControl(QChar c);
    // The first code point of text that is a control character, an invisible format character (Cf: U+202E
    // reverses what follows, U+200B/U+200D/U+FEFF hide in a name) or a lone surrogate; char32_t(-1) for none.
    // *format tells which kind.
    static char32_t firstUnsafeCodePoint(const QString& text, bool* format);
    // "U+202E", "U+E0041".
    static QString codePointName(char32_t code);
    // A name Windows reserves for a device, with or without an extension ("CON", "nul.bak", "COM1.txt").
    static bool isReservedWindowsName(const QString& name);
    // What makes a value unusable as one file name on Windows: a separator or another character Windows
    // refuses, "..", a trailing dot or space, or a reserved device name.
    static bool isUnsafeFileName(const QString& name);
};

} // namespace pchat
