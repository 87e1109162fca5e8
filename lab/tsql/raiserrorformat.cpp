#include "lab/tsql/raiserrorformat.h"

namespace pchatlab {

QString RaiserrorFormat::format(const QString& fmt, const QVector<SqlValue>& args)
{
    QString out;
    int next = 0;
    for (qsizetype i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != QLatin1Char('%') || i + 1 >= fmt.size()) {
            out += fmt[i];
            continue;
        }
        if (fmt[i + 1] == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < fmt.size() && (fmt[j].isDigit() || QStringLiteral("-+ #.*lhI6").contains(fmt[j])))
            ++j;
        if (j >= fmt.size())
            break;
        const QChar conv = fmt[j];
        const SqlValue v = args.value(next++);
        if (conv == QLatin1Char('d') || conv == QLatin1Char('i') || conv == QLatin1Char('u'))
            out += v.isNull() ? QStringLiteral("(null)") : QString::number(v.toInt());
        else if (conv == QLatin1Char('s'))
            out += v.isNull() ? QStringLiteral("(null)") : v.toString();
        else if (conv == QLatin1Char('x') || conv == QLatin1Char('X'))
            out += QString::number(v.toInt(), 16);
        else
            out += fmt.mid(i, j - i + 1);
        i = j;
    }
    return out;
}

} // namespace pchatlab
