// Quotes strings for PowerShell as single-quoted literals, so nothing in them is ever expanded or run.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class PowerShellQuote
{
public:
    // 'text' with every single-quote character doubled (PowerShell also treats U+2018..U+201B as quotes).
    static QString literal(const QString& text);
    // 'a','b','c' for list arguments such as @{Add=...}.
    static QString list(const QStringList& items);
};

} // namespace pchat
