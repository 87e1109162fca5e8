// A sink in front of another that passes everything on; BEGIN TRY and INSERT ... EXEC derive from it to hold
// back what SQL Server does not send to the client there.
#pragma once

#include "lab/tsql/resultsink.h"

namespace pchatlab {

class ForwardingSink : public ResultSink
{
public:
    explicit ForwardingSink(ResultSink& next)
        : m_next(next)
    {
    }

    void columns(const QVector<ColumnInfo>& columns) override { m_next.columns(columns); }
    void row(const QVector<SqlValue>& values) override { m_next.row(values); }
    void done(DoneKind kind, TdsDoneStatus status, TdsDoneCommand curCmd, quint64 rowCount) override
    {
        m_next.done(kind, status, curCmd, rowCount);
    }
    void message(const SqlError& message) override { m_next.message(message); }
    void returnStatus(qint32 status) override { m_next.returnStatus(status); }
    void returnValue(quint16 ordinal, const QString& name, const SqlValue& value) override
    {
        m_next.returnValue(ordinal, name, value);
    }
    void envChange(TdsEnvChangeType type, const QString& newValue, const QString& oldValue) override
    {
        m_next.envChange(type, newValue, oldValue);
    }
    void transactionChange(TdsEnvChangeType type, quint64 newId, quint64 oldId) override
    {
        m_next.transactionChange(type, newId, oldId);
    }
    void flush() override { m_next.flush(); }

private:
    ResultSink& m_next;
};

} // namespace pchatlab
