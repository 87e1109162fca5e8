// Compares SQL Server log sequence numbers as the server gives them: numeric(25,0) as decimal text.
#pragma once

#include <QString>

namespace pchat {

class Lsn
{
public:
    // Digits only (surrounding spaces allowed), at most 25 of them after leading zeros: what numeric(25,0)
    // holds. An LSN does not fit a double (more than 15 significant digits) nor always a qint64, so it is
    // compared as text.
    static bool isValid(const QString& lsn);
    // -1, 0 or 1 as a is less than, equal to or greater than b; both must be valid.
    static int compare(const QString& a, const QString& b);
    // The digits without spaces and leading zeros ("0" for zero): the form reports show.
    static QString normalized(const QString& lsn);
};

} // namespace pchat
