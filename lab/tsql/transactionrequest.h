// A transaction-manager request as the interpreter runs it: begin, commit or rollback, and whether a commit
// or rollback begins the next transaction (ODBC with autocommit off asks so).
#pragma once

#include "lab/tds/tdstransactionrequesttype.h"

namespace pchatlab {

struct TransactionRequest
{
    TdsTransactionRequestType type = TdsTransactionRequestType::Begin;
    bool beginNext = false;
};

} // namespace pchatlab
