// Includes the ODBC API headers the same way on every platform (Windows needs its own headers first).
#pragma once

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>

// SQL Server's driver-specific diagnostic fields (msodbcsql.h); FreeTDS knows the message state only.
#ifndef SQL_DIAG_SS_MSGSTATE
#define SQL_DIAG_SS_MSGSTATE (-1150)
#endif
#ifndef SQL_DIAG_SS_SEVERITY
#define SQL_DIAG_SS_SEVERITY (-1151)
#endif
