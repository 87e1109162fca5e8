// Checks shared by the quoting tests: hostile values, and whether a builder keeps a value literal (the text
// built from it scans like the text built from a harmless value, with the value where that one was).
#pragma once

#include <functional>
#include <QString>
#include <QStringList>

namespace pchat::test {

// Quotes, brackets, comment markers, statement separators, PowerShell expansions, smart quotes, umlauts, line
// breaks and printf formats.
QStringList hostileValues();
// The T-SQL built from `value` must hold `value` in its literals and identifiers where the T-SQL built from
// "harmless" holds "harmless", and nothing else may differ.
void expectTSqlLiteral(const std::function<QString(const QString&)>& build, const QString& value);
// The same for PowerShell's single-quoted literals.
void expectPowerShellLiteral(const std::function<QString(const QString&)>& build, const QString& value);

} // namespace pchat::test
