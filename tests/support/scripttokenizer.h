// Splits generated T-SQL and PowerShell into code and quoted tokens by the languages' quoting rules, so that
// a test can tell a value that stayed a literal from one that became code.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat::test {

// A script split into what runs (the skeleton) and the contents of its quoted tokens. The tokenizer follows
// the languages' documented quoting, independently of the backend's quoting code.
struct Tokenized
{
    QString skeleton;        // code outside quotes and comments, each quoted token as one placeholder
    QStringList literals;    // unescaped contents of strings and delimited identifiers
    QStringList expandables; // PowerShell double-quoted strings, where $ and ` are live
    QString comments;
};

Tokenized tokenizeTsql(const QString& text);
Tokenized tokenizePowerShell(const QString& text);

} // namespace pchat::test
