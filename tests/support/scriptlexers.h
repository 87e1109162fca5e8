// Test-only lexers that read generated T-SQL and PowerShell the way a server or shell would tokenize the
// quoted parts. They are written from the languages' rules, independently of the quoting code they check.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat::test {

struct ScannedScript
{
    // Values of the string literals (N'...' or '...') with doubled quotes undone, in order of appearance.
    QStringList literals;
    // Values of the bracketed identifiers ([...]) with doubled ] undone.
    QStringList identifiers;
    // The text with every literal replaced by <L> and every identifier by <I>: what remains is code.
    QString skeleton;
    // Empty when the text scanned cleanly; otherwise what went wrong (e.g. an unterminated literal).
    QString error;
};

ScannedScript scanTSql(const QString& text);
// Single-quoted strings only; PowerShell treats U+2018..U+201B like ' and reads two quote characters as one.
ScannedScript scanPowerShell(const QString& text);

} // namespace pchat::test
