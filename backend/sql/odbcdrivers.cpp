#include "odbcdrivers.h"

#include "odbcapi.h"

namespace pchat {

QStringList OdbcDrivers::installed()
{
    QStringList drivers;
    SQLHENV environment = SQL_NULL_HENV;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &environment)))
        return drivers;
    SQLSetEnvAttr(environment, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);
    SQLUSMALLINT direction = SQL_FETCH_FIRST;
    for (;;) {
        SQLWCHAR name[512];
        SQLWCHAR attributes[2048];
        SQLSMALLINT nameLength = 0;
        SQLSMALLINT attributesLength = 0;
        const SQLRETURN ret =
            SQLDriversW(environment, direction, name, SQLSMALLINT(std::size(name)), &nameLength, attributes,
                        SQLSMALLINT(std::size(attributes)), &attributesLength);
        if (!SQL_SUCCEEDED(ret))
            break;
        drivers << QString::fromUtf16(reinterpret_cast<const char16_t*>(name),
                                      qMin<qsizetype>(nameLength, qsizetype(std::size(name)) - 1));
        direction = SQL_FETCH_NEXT;
    }
    SQLFreeHandle(SQL_HANDLE_ENV, environment);
    return drivers;
}

} // namespace pchat
