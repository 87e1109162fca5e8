#include "lab/tsql/datastatements.h"

#include "lab/tsql/expressionevaluator.h"
#include "lab/tsql/queryengine.h"
#include "lab/tsql/rowcapturesink.h"
#include "lab/tsql/rowscope.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/catalogviews.h"

namespace pchatlab {

namespace {

// One row of a table variable, for DELETE's WHERE.
class TableRow : public RowScope
{
public:
    TableRow(const Table& table, const QVector<SqlValue>& row)
        : m_table(table)
        , m_row(row)
    {
    }
    bool lookup(const QStringList& parts, SqlValue* value, SqlType* type) const override
    {
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            if (m_table.columns[c].name.compare(parts.last(), Qt::CaseInsensitive) == 0) {
                *value = m_row.value(c);
                *type = m_table.columns[c].type;
                return true;
            }
        }
        return false;
    }

private:
    const Table& m_table;
    const QVector<SqlValue>& m_row;
};

// The positions the insert list names, all columns in order without one.
QVector<qsizetype> insertColumns(const TableVariable& table, const QStringList& names)
{
    QVector<qsizetype> out;
    if (names.isEmpty()) {
        for (qsizetype c = 0; c < table.table.columns.size(); ++c)
            out.append(c);
        return out;
    }
    for (const QString& name : names) {
        qsizetype found = -1;
        for (qsizetype c = 0; c < table.table.columns.size(); ++c) {
            if (table.table.columns[c].name.compare(name, Qt::CaseInsensitive) == 0)
                found = c;
        }
        if (found < 0)
            throw SqlMessages::error(207, {name});
        out.append(found);
    }
    return out;
}

} // namespace

void DataStatements::declareTable(const Stmt& s)
{
    const QString key = s.name.toLower();
    if (m_ctx.variable(key) || m_ctx.tableVariable(key))
        throw SqlMessages::error(134, {s.name});
    TableVariable table;
    table.name = s.name;
    for (const VarDecl& column : s.decls) {
        table.table.addColumn(column.name, column.type);
        table.notNull.append(column.notNull);
    }
    m_ctx.tableVariables().insert(key, table);
}

TableVariable& DataStatements::target(const QStringList& parts)
{
    if (parts.size() == 1 && parts.first().startsWith(u'@')) {
        if (TableVariable* table = m_ctx.tableVariable(parts.first()))
            return *table;
        throw SqlMessages::error(1087, {parts.first()});
    }
    // The only tables the lab knows are SQL Server's own catalog, which no statement may write.
    if (CatalogViews::lookup(m_ctx, parts))
        throw SqlMessages::error(259, {});
    throw SqlMessages::error(208, {parts.join(u'.')});
}

QVector<QVector<SqlValue>> DataStatements::executeForRows(const Stmt& exec, qsizetype width)
{
    if (m_ctx.insertExecRunning())
        throw SqlMessages::error(8164, {});
    RowCaptureSink capture(m_ctx.sink());
    ResultSink* previous = m_ctx.setSink(&capture);
    m_ctx.setInsertExecRunning(true);
    try {
        m_execute(exec);
    } catch (...) {
        m_ctx.setInsertExecRunning(false);
        m_ctx.setSink(previous);
        throw;
    }
    m_ctx.setInsertExecRunning(false);
    m_ctx.setSink(previous);
    for (qsizetype w : capture.widths()) {
        if (w != width)
            throw SqlMessages::error(213, {});
    }
    return capture.rows();
}

quint64 DataStatements::insert(const Stmt& s)
{
    TableVariable& table = target(s.targetParts);
    const QVector<qsizetype> columns = insertColumns(table, s.words);
    const qsizetype width = columns.size();
    QVector<QVector<SqlValue>> rows;
    ExpressionEvaluator eval(m_ctx);
    if (!s.valueRows.isEmpty()) {
        for (const QVector<ExprPtr>& exprs : s.valueRows) {
            if (exprs.size() != width)
                throw SqlMessages::error(213, {});
            QVector<SqlValue> row;
            for (const ExprPtr& e : exprs)
                row.append(eval.evaluate(*e));
            rows.append(row);
        }
    } else if (s.select) {
        QVector<ColumnInfo> selected;
        rows = m_ctx.runQuery(*s.select, &selected);
        if (selected.size() != width)
            throw SqlMessages::error(213, {});
    } else {
        rows = executeForRows(*s.thenStmt, width);
    }
    // All rows are checked and converted before any is added: a failing INSERT adds none.
    QVector<QVector<SqlValue>> converted;
    for (const QVector<SqlValue>& values : std::as_const(rows)) {
        QVector<SqlValue> row;
        for (const ColumnInfo& column : std::as_const(table.table.columns))
            row.append(SqlValue::null(column.type));
        for (qsizetype i = 0; i < width; ++i)
            row[columns[i]] = values.value(i).castTo(table.table.columns[columns[i]].type);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (table.notNull.value(c) && row[c].isNull())
                throw SqlMessages::error(515,
                                         {table.table.columns[c].name, table.name, QStringLiteral("INSERT")});
        }
        converted.append(row);
    }
    table.table.rows += converted;
    return quint64(converted.size());
}

quint64 DataStatements::remove(const Stmt& s)
{
    TableVariable& table = target(s.targetParts);
    ExpressionEvaluator eval(m_ctx);
    QVector<QVector<SqlValue>> kept;
    for (const QVector<SqlValue>& row : std::as_const(table.table.rows)) {
        const TableRow scope(table.table, row);
        if (s.condition && !eval.isTrue(*s.condition, &scope))
            kept.append(row);
    }
    const quint64 removed = quint64(table.table.rows.size() - kept.size());
    table.table.rows = kept;
    return removed;
}

} // namespace pchatlab
