// RAISERROR's printf-style substitution of its message text (%d %i %u %s %x; widths and flags ignored).
#pragma once

#include "lab/tsql/sqlvalue.h"

#include <QVector>

namespace pchatlab {

class RaiserrorFormat
{
public:
    static QString format(const QString& fmt, const QVector<SqlValue>& args);
};

} // namespace pchatlab
