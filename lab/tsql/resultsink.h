// Where the interpreter sends what a request produces (results, messages, return values); TDS implements it.
#pragma once

#include "lab/tsql/sqlerror.h"
#include "lab/tsql/sqlvalue.h"

#include <QVector>

namespace pchatlab {

struct ColumnInfo
{
    QString name;
    SqlType type;
};

enum class DoneKind
{
    Done,
    DoneInProc,
    DoneProc
};

namespace DoneStatus {
constexpr quint16 More = 0x01;
constexpr quint16 Error = 0x02;
constexpr quint16 InXact = 0x04;
constexpr quint16 Count = 0x10;
constexpr quint16 Attention = 0x20;
constexpr quint16 ServerError = 0x100;
} // namespace DoneStatus

class ResultSink
{
public:
    virtual ~ResultSink() = default;
    virtual void columns(const QVector<ColumnInfo>& columns) = 0;
    virtual void row(const QVector<SqlValue>& values) = 0;
    virtual void done(DoneKind kind, quint16 status, quint16 curCmd, quint64 rowCount) = 0;
    virtual void message(const SqlError& message) = 0;
    virtual void returnStatus(qint32 status) = 0;
    virtual void returnValue(quint16 ordinal, const QString& name, const SqlValue& value) = 0;
    // ENVCHANGE types 1 (database), 2 (language), 4 (packet size) with new and old values.
    virtual void envChange(int type, const QString& newValue, const QString& oldValue) = 0;
    // ENVCHANGE types 8 (begin), 9 (commit), 10 (rollback) with the transaction descriptor.
    virtual void transactionChange(int type, quint64 newId, quint64 oldId) = 0;
    // Sends what has been produced so far without ending the response (progress of long operations).
    virtual void flush() = 0;
};

} // namespace pchatlab
