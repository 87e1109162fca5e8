// The sink of INSERT ... EXEC: keeps the result sets the procedure or batch returns for the insert instead of
// sending them, and passes its messages on.
#pragma once

#include "lab/tsql/forwardingsink.h"

namespace pchatlab {

class RowCaptureSink : public ForwardingSink
{
public:
    using ForwardingSink::ForwardingSink;

    void columns(const QVector<ColumnInfo>& columns) override { m_width = columns.size(); }
    void row(const QVector<SqlValue>& values) override
    {
        m_rows.append(values);
        m_widths.append(m_width);
    }
    // The statements' own DONE tokens and return status stay inside: the client sees the INSERT's count.
    void done(DoneKind, TdsDoneStatus, TdsDoneCommand, quint64) override {}
    void returnStatus(qint32) override {}
    void returnValue(quint16, const QString&, const SqlValue&) override {}

    const QVector<QVector<SqlValue>>& rows() const { return m_rows; }
    // The column count of the result set each row came from.
    const QVector<qsizetype>& widths() const { return m_widths; }

private:
    qsizetype m_width = 0;
    QVector<QVector<SqlValue>> m_rows;
    QVector<qsizetype> m_widths;
};

} // namespace pchatlab
