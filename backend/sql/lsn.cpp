#include "lsn.h"

namespace pchat {

namespace {

constexpr qsizetype maxDigits = 25;

} // namespace

QString Lsn::normalized(const QString& lsn)
{
    QString digits = lsn.trimmed();
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits.at(firstNonZero) == u'0')
        ++firstNonZero;
    return digits.mid(firstNonZero);
}

bool Lsn::isValid(const QString& lsn)
{
    const QString digits = normalized(lsn);
    if (digits.isEmpty() || digits.size() > maxDigits)
        return false;
    // QChar::isDigit would accept other scripts' digits, which SQL Server never sends.
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int Lsn::compare(const QString& a, const QString& b)
{
    const QString x = normalized(a);
    const QString y = normalized(b);
    // Without leading zeros, the longer number is the greater one; equal lengths compare digit by digit.
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    const int order = QString::compare(x, y, Qt::CaseSensitive);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

} // namespace pchat
