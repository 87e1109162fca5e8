// Where the interpreter sends what a request produces (results, messages, return values); TDS implements it.
#pragma once

#include "lab/tds/tdsdonecommand.h"
#include "lab/tds/tdsdonestatus.h"
#include "lab/tds/tdsenvchangetype.h"
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

class ResultSink
{
public:
    virtual ~ResultSink() = default;
    virtual void columns(const QVector<ColumnInfo>& columns) = 0;
    virtual void row(const QVector<SqlValue>& values) = 0;
    virtual void done(DoneKind kind, TdsDoneStatus status, TdsDoneCommand curCmd, quint64 rowCount) = 0;
    virtual void message(const SqlError& message) = 0;
    virtual void returnStatus(qint32 status) = 0;
    virtual void returnValue(quint16 ordinal, const QString& name, const SqlValue& value) = 0;
    // The ENVCHANGE types with text values (database, language, packet size), new and old.
    virtual void envChange(TdsEnvChangeType type, const QString& newValue, const QString& oldValue) = 0;
    // Begin, commit or rollback of a transaction, with the transaction descriptor (0 for none).
    virtual void transactionChange(TdsEnvChangeType type, quint64 newId, quint64 oldId) = 0;
    // Sends what has been produced so far without ending the response (progress of long operations).
    virtual void flush() = 0;
};

} // namespace pchatlab
