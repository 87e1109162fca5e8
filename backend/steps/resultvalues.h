// Reads the text values a batch returns (StatementResult keeps every value as text) as dates, numbers and
// flags, the way SQL Server and the ODBC drivers spell them.
#pragma once

#include "backend/sql/statementresult.h"

#include <QDateTime>
#include <QString>

namespace pchat {

class ResultValues
{
public:
    // "2026-05-04 13:02:01.123" (the driver's text of datetime) or ISO 8601; invalid when null or unreadable.
    static QDateTime dateTime(const QVariant& value);
    // Whole numbers, also from "123.0" and "1.2e+09" (numeric and float columns).
    static qint64 integer(const QVariant& value, qint64 fallback = 0);
    // 1/0, true/false.
    static bool flag(const QVariant& value);
    // The value as trimmed text; empty for NULL.
    static QString text(const QVariant& value);
    // A file name from a Windows path ("D:\Data\mgc.mdf" -> "mgc.mdf").
    static QString windowsFileName(const QString& path);
    // The folder of a Windows path ("D:\Data\mgc.mdf" -> "D:\Data").
    static QString windowsFolder(const QString& path);
    // "6.0 GB", "512 MB" ...: a size for a summary sentence.
    static QString size(qint64 bytes);
};

} // namespace pchat
