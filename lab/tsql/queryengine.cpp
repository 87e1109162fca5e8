#include "lab/tsql/queryengine.h"

#include "lab/tsql/expressionevaluator.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/catalogviews.h"

#include <algorithm>
#include <deque>

namespace pchatlab {

namespace {

// One combined row of the FROM clause: for each source its current row (nullptr after a LEFT JOIN miss).
class JoinedRow : public RowScope
{
public:
    JoinedRow(const QVector<QString>* aliases, const QVector<const Table*>* tables)
        : m_aliases(aliases)
        , m_tables(tables)
    {
    }
    QVector<const QVector<SqlValue>*> rows;

    bool lookup(const QStringList& parts, SqlValue* value, SqlType* type) const override
    {
        const QString column = parts.last();
        const QString qualifier = parts.size() >= 2 ? parts[parts.size() - 2] : QString();
        int found = -1, foundCol = -1;
        for (int t = 0; t < m_tables->size(); ++t) {
            if (!qualifier.isEmpty() && (*m_aliases)[t].compare(qualifier, Qt::CaseInsensitive) != 0)
                continue;
            const Table* table = (*m_tables)[t];
            for (int c = 0; c < table->columns.size(); ++c) {
                if (table->columns[c].name.compare(column, Qt::CaseInsensitive) == 0) {
                    if (found >= 0)
                        throw SqlMessages::error(209, {column});
                    found = t;
                    foundCol = c;
                    break;
                }
            }
        }
        if (found < 0)
            return false;
        *type = (*m_tables)[found]->columns[foundCol].type;
        const QVector<SqlValue>* row = rows.value(found);
        *value = row ? row->value(foundCol) : SqlValue::null(*type);
        return true;
    }

private:
    const QVector<QString>* m_aliases;
    const QVector<const Table*>* m_tables;
};

// ORDER BY sees the select list's aliases first, then the source columns.
class OutputRow : public RowScope
{
public:
    OutputRow(const QVector<ColumnInfo>& columns, const QVector<SqlValue>& values, const RowScope* source)
        : m_columns(columns)
        , m_values(values)
        , m_source(source)
    {
    }
    bool lookup(const QStringList& parts, SqlValue* value, SqlType* type) const override
    {
        if (parts.size() == 1) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (m_columns[i].name.compare(parts[0], Qt::CaseInsensitive) == 0) {
                    *value = m_values[i];
                    *type = m_columns[i].type;
                    return true;
                }
            }
        }
        return m_source && m_source->lookup(parts, value, type);
    }

private:
    const QVector<ColumnInfo>& m_columns;
    const QVector<SqlValue>& m_values;
    const RowScope* m_source;
};

} // namespace

Table QueryEngine::sourceTable(const TableRef& ref)
{
    if (ref.nameParts.size() == 1 && ref.nameParts.first().startsWith(u'@')) {
        if (const TableVariable* table = m_ctx.tableVariable(ref.nameParts.first()))
            return table->table;
        throw SqlMessages::error(1087, {ref.nameParts.first()});
    }
    std::optional<Table> t = CatalogViews::lookup(m_ctx, ref.nameParts);
    if (!t) {
        QStringList shown = ref.nameParts;
        throw SqlMessages::error(208, {shown.join(QLatin1Char('.'))});
    }
    return *t;
}

Table QueryEngine::run(const SelectQuery& q)
{
    ExpressionEvaluator eval(m_ctx);
    // Sources and the cartesian/join product.
    QVector<Table> tables;
    QVector<QString> aliases;
    for (const TableRef& ref : q.from) {
        const bool apply = ref.join == TableRef::Join::CrossApply || ref.join == TableRef::Join::OuterApply;
        if (apply) {
            // Only the columns here: the rows depend on each row to the left.
            std::optional<Table> schema = CatalogViews::function(m_ctx, ref.nameParts, {});
            if (!schema)
                throw SqlMessages::error(208, {ref.nameParts.join(QLatin1Char('.'))});
            tables.append(*schema);
        } else {
            tables.append(sourceTable(ref));
        }
        aliases.append(ref.alias.isEmpty() ? ref.nameParts.last() : ref.alias);
    }
    QVector<const Table*> tablePtrs;
    for (const Table& t : tables)
        tablePtrs.append(&t);

    std::vector<std::unique_ptr<JoinedRow>> rows;
    rows.push_back(std::make_unique<JoinedRow>(&aliases, &tablePtrs));
    // Rows of APPLY functions, one table per row on the left; a deque keeps the row addresses stable.
    std::deque<Table> applied;
    for (int t = 0; t < tables.size(); ++t) {
        const TableRef& ref = q.from[t];
        const bool apply = ref.join == TableRef::Join::CrossApply || ref.join == TableRef::Join::OuterApply;
        std::vector<std::unique_ptr<JoinedRow>> next;
        for (const auto& left : rows) {
            bool matched = false;
            const Table* source = &tables[t];
            if (apply) {
                QVector<SqlValue> args;
                for (const ExprPtr& arg : ref.functionArgs)
                    args.append(eval.evaluate(*arg, left.get()));
                applied.push_back(CatalogViews::function(m_ctx, ref.nameParts, args).value_or(Table{}));
                source = &applied.back();
            }
            for (const QVector<SqlValue>& r : source->rows) {
                auto candidate = std::make_unique<JoinedRow>(*left);
                candidate->rows.append(&r);
                if (t > 0 && q.from[t].on && !eval.isTrue(*q.from[t].on, candidate.get()))
                    continue;
                matched = true;
                next.push_back(std::move(candidate));
            }
            if (!matched && (ref.join == TableRef::Join::Left || ref.join == TableRef::Join::OuterApply)) {
                auto candidate = std::make_unique<JoinedRow>(*left);
                candidate->rows.append(nullptr);
                next.push_back(std::move(candidate));
            }
        }
        rows = std::move(next);
        m_ctx.checkCancel();
    }
    if (q.where) {
        std::vector<std::unique_ptr<JoinedRow>> kept;
        for (auto& r : rows) {
            if (eval.isTrue(*q.where, r.get()))
                kept.push_back(std::move(r));
        }
        rows = std::move(kept);
    }

    // Output columns.
    struct Item
    {
        ExprPtr expr;
        QString name;
        QString assign;
    };
    QVector<Item> items;
    const JoinedRow typeProbe(&aliases, &tablePtrs);
    for (const SelectItem& si : q.items) {
        if (si.star) {
            if (q.from.isEmpty())
                throw SqlMessages::error(263, {});
            bool any = false;
            for (int t = 0; t < tables.size(); ++t) {
                if (!si.starQualifier.isEmpty() &&
                    aliases[t].compare(si.starQualifier, Qt::CaseInsensitive) != 0)
                    continue;
                any = true;
                for (const ColumnInfo& c : tables[t].columns) {
                    auto e = std::make_shared<Expr>();
                    e->kind = ExprKind::Column;
                    e->parts = {aliases[t], c.name};
                    items.append({e, c.name, {}});
                }
            }
            if (!any)
                throw SqlMessages::error(107, {si.starQualifier});
            continue;
        }
        QString name = si.alias;
        if (name.isEmpty() && si.expr->kind == ExprKind::Column)
            name = si.expr->parts.last();
        items.append({si.expr, name, si.assignVariable});
    }
    const bool assigning =
        std::any_of(items.begin(), items.end(), [](const Item& i) { return !i.assign.isEmpty(); });
    if (assigning &&
        std::any_of(items.begin(), items.end(), [](const Item& i) { return i.assign.isEmpty(); }))
        throw SqlMessages::error(141, {});
    const bool aggregate = std::any_of(items.begin(), items.end(), [](const Item& i) {
        return ExpressionEvaluator::containsAggregate(*i.expr);
    });

    Table out;
    for (const Item& it : items)
        out.columns.append({it.name, SqlType()});
    QVector<const RowScope*> sourceRows; // parallel to out.rows, for ORDER BY on source columns
    if (aggregate) {
        QVector<const RowScope*> group;
        for (const auto& r : rows)
            group.append(r.get());
        QVector<SqlValue> values;
        for (const Item& it : items)
            values.append(eval.evaluate(*it.expr, nullptr, &group));
        out.rows.append(values);
        sourceRows.append(nullptr);
    } else {
        for (const auto& r : rows) {
            QVector<SqlValue> values;
            values.reserve(items.size());
            for (const Item& it : items)
                values.append(eval.evaluate(*it.expr, r.get()));
            out.rows.append(values);
            sourceRows.append(r.get());
        }
    }
    // Column types: declared type of a column reference, else the first non-NULL value's, else a static
    // guess.
    for (int c = 0; c < items.size(); ++c) {
        SqlType type;
        bool known = false;
        if (items[c].expr->kind == ExprKind::Column || items[c].expr->kind == ExprKind::Cast ||
            items[c].expr->kind == ExprKind::Variable) {
            type = eval.staticType(*items[c].expr, rows.empty() ? &typeProbe : rows.front().get());
            known = true;
        }
        for (int r = 0; !known && r < out.rows.size(); ++r) {
            if (!out.rows[r][c].isNull()) {
                type = out.rows[r][c].type();
                known = true;
            }
        }
        if (!known)
            type = eval.staticType(*items[c].expr, &typeProbe);
        if (type.isString() && type.length() <= 0)
            type = SqlType::nvarchar(4000);
        out.columns[c].type = type;
    }

    if (q.distinct) {
        Table d;
        d.columns = out.columns;
        QVector<const RowScope*> ds;
        for (int r = 0; r < out.rows.size(); ++r) {
            const auto& row = out.rows[r];
            const bool dup = std::any_of(d.rows.begin(), d.rows.end(), [&](const QVector<SqlValue>& o) {
                for (int c = 0; c < row.size(); ++c) {
                    if (row[c].isNull() != o[c].isNull())
                        return false;
                    if (!row[c].isNull() && SqlValue::compare(row[c], o[c]) != 0)
                        return false;
                }
                return true;
            });
            if (!dup) {
                d.rows.append(row);
                ds.append(sourceRows[r]);
            }
        }
        out.rows = d.rows;
        sourceRows = ds;
    }

    if (!q.orderBy.isEmpty()) {
        QVector<int> order(out.rows.size());
        std::iota(order.begin(), order.end(), 0);
        QVector<QVector<SqlValue>> keys(out.rows.size());
        for (int r = 0; r < out.rows.size(); ++r) {
            const OutputRow scope(out.columns, out.rows[r], sourceRows[r]);
            for (const OrderItem& o : q.orderBy) {
                if (o.expr->kind == ExprKind::Literal && o.expr->literal.type().isInteger()) {
                    const int idx = int(o.expr->literal.toInt()) - 1;
                    if (idx < 0 || idx >= out.columns.size())
                        throw SqlMessages::error(108, {QString::number(idx + 1)});
                    keys[r].append(out.rows[r][idx]);
                } else {
                    keys[r].append(eval.evaluate(*o.expr, &scope));
                }
            }
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            for (int k = 0; k < q.orderBy.size(); ++k) {
                const SqlValue& x = keys[a][k];
                const SqlValue& y = keys[b][k];
                int c = x.isNull() ? (y.isNull() ? 0 : -1) : (y.isNull() ? 1 : SqlValue::compare(x, y));
                if (q.orderBy[k].descending)
                    c = -c;
                if (c != 0)
                    return c < 0;
            }
            return false;
        });
        QVector<QVector<SqlValue>> sorted;
        for (int idx : order)
            sorted.append(out.rows[idx]);
        out.rows = sorted;
    }
    if (q.top) {
        const qint64 n = std::max<qint64>(0, eval.evaluate(*q.top).toInt());
        if (out.rows.size() > n)
            out.rows.resize(n);
    }
    if (assigning) {
        for (const auto& row : out.rows) {
            for (int c = 0; c < items.size(); ++c) {
                Variable* v = m_ctx.variable(items[c].assign);
                if (!v)
                    throw SqlMessages::error(137, {items[c].assign});
                v->value = row[c].castTo(v->type);
            }
        }
        m_ctx.setRowCount(out.rows.size());
        out.columns.clear();
    }
    return out;
}

} // namespace pchatlab
