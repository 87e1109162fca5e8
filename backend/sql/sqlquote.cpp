#include "sqlquote.h"

namespace pchat {

QString SqlQuote::identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u']', QStringLiteral("]]"));
    return u'[' + quoted + u']';
}

QString SqlQuote::literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    // The N prefix keeps non-ASCII names intact whatever the server's code page is.
    return QStringLiteral("N'") + quoted + u'\'';
}

} // namespace pchat
