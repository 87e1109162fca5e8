// Quotes names and strings for T-SQL so that a server reads them as data, never as code.
#pragma once

#include <QString>

namespace pchat {

class SqlQuote
{
public:
    // [name] with every ] doubled.
    static QString identifier(const QString& name);
    // N'text' with every ' doubled.
    static QString literal(const QString& text);
};

} // namespace pchat
