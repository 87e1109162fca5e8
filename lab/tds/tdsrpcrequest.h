// Parses an RPC request message (one or more calls, each with typed parameters) and strips ALL_HEADERS.
#pragma once

#include "lab/tsql/sqlvalue.h"
#include "lab/tsql/transactionrequest.h"

#include <QVector>

namespace pchatlab {

struct RpcParam
{
    QString name; // with '@', empty for positional parameters
    bool output = false;
    bool isDefault = false;
    SqlValue value;
};

struct RpcCall
{
    QString procName;
    int procId = 0; // well-known procedure id (10 sp_executesql ...) when sent by number
    QVector<RpcParam> params;
};

class TdsRpcRequest
{
public:
    // Throws TdsProtocolError on malformed input.
    static QVector<RpcCall> parse(const QByteArray& payload);
    // Returns the offset right after ALL_HEADERS (0 when absent) or throws.
    static qsizetype skipAllHeaders(const QByteArray& payload);
    // The UTF-16 text of a SQLBatch payload.
    static QString batchText(const QByteArray& payload);
    // The request of a transaction-manager payload.
    static TransactionRequest transactionRequest(const QByteArray& payload);
};

} // namespace pchatlab
