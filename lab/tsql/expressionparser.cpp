#include "lab/tsql/expressionparser.h"

#include "lab/tsql/parsedepthguard.h"
#include "lab/tsql/sqlmessages.h"

namespace pchatlab {

ExprPtr ExpressionParser::binary(const QString& op, ExprPtr a, ExprPtr b)
{
    auto e = std::make_shared<Expr>();
    e->kind = ExprKind::Binary;
    e->name = op;
    e->args = {std::move(a), std::move(b)};
    // A chain of operators grows the tree without recursion here, but is evaluated and freed recursively.
    ParseDepthGuard::measure(*e);
    return e;
}

ExprPtr ExpressionParser::sealed(ExprPtr e)
{
    ParseDepthGuard::measure(*e);
    return e;
}

ExprPtr ExpressionParser::expression()
{
    // Every parenthesis, argument list and subquery comes back through here.
    const ParseDepthGuard guard(m_t);
    return orExpr();
}

ExprPtr ExpressionParser::orExpr()
{
    ExprPtr e = andExpr();
    while (m_t.acceptWord("OR"))
        e = binary(QStringLiteral("OR"), e, andExpr());
    return e;
}

ExprPtr ExpressionParser::andExpr()
{
    ExprPtr e = notExpr();
    while (m_t.acceptWord("AND"))
        e = binary(QStringLiteral("AND"), e, notExpr());
    return e;
}

ExprPtr ExpressionParser::notExpr()
{
    if (m_t.acceptWord("NOT")) {
        const ParseDepthGuard guard(m_t); // NOT NOT NOT ... recurses without parentheses
        auto e = std::make_shared<Expr>();
        e->kind = ExprKind::Unary;
        e->name = QStringLiteral("NOT");
        e->args = {notExpr()};
        return sealed(e);
    }
    return predicate();
}

ExprPtr ExpressionParser::predicate()
{
    ExprPtr left = additive();
    const Token& t = m_t.peek();
    if (t.type == TokenType::Symbol) {
        for (const char* op : {"=", "<>", "!=", "<", ">", "<=", ">=", "!<", "!>"}) {
            if (t.isSymbol(op)) {
                m_t.next();
                return binary(QLatin1String(op), left, additive());
            }
        }
    }
    const bool negated =
        m_t.peek().isWord("NOT") &&
        (m_t.peek(1).isWord("LIKE") || m_t.peek(1).isWord("IN") || m_t.peek(1).isWord("BETWEEN"));
    if (negated)
        m_t.next();
    auto e = std::make_shared<Expr>();
    e->negated = negated;
    if (m_t.acceptWord("LIKE")) {
        e->kind = ExprKind::Like;
        e->args = {left, additive()};
        if (m_t.acceptWord("ESCAPE"))
            e->args.append(additive());
        return sealed(e);
    }
    if (m_t.acceptWord("IN")) {
        e->kind = ExprKind::In;
        e->args = {left};
        m_t.expectSymbol("(");
        if (m_t.acceptWord("SELECT")) {
            e->subquery = select();
        } else {
            do {
                e->args.append(expression());
            } while (m_t.acceptSymbol(","));
        }
        m_t.expectSymbol(")");
        return sealed(e);
    }
    if (m_t.acceptWord("BETWEEN")) {
        e->kind = ExprKind::Between;
        ExprPtr low = additive();
        m_t.expectWord("AND");
        e->args = {left, low, additive()};
        return sealed(e);
    }
    if (negated)
        m_t.fail();
    if (m_t.acceptWord("IS")) {
        e->kind = ExprKind::IsNull;
        e->negated = m_t.acceptWord("NOT");
        m_t.expectWord("NULL");
        e->args = {left};
        return sealed(e);
    }
    return left;
}

ExprPtr ExpressionParser::additive()
{
    ExprPtr e = multiplicative();
    for (;;) {
        const Token& t = m_t.peek();
        if (t.isSymbol("+") || t.isSymbol("-") || t.isSymbol("&") || t.isSymbol("|") || t.isSymbol("^")) {
            const QString op = m_t.next().text;
            e = binary(op, e, multiplicative());
        } else {
            return e;
        }
    }
}

ExprPtr ExpressionParser::multiplicative()
{
    ExprPtr e = unary();
    for (;;) {
        const Token& t = m_t.peek();
        if (t.isSymbol("*") || t.isSymbol("/") || t.isSymbol("%")) {
            const QString op = m_t.next().text;
            e = binary(op, e, unary());
        } else {
            return e;
        }
    }
}

ExprPtr ExpressionParser::unary()
{
    const Token& t = m_t.peek();
    if (t.isSymbol("-") || t.isSymbol("+") || t.isSymbol("~")) {
        const ParseDepthGuard guard(m_t); // - - - ... recurses without parentheses
        const QString op = m_t.next().text;
        auto e = std::make_shared<Expr>();
        e->kind = ExprKind::Unary;
        e->name = op;
        e->args = {unary()};
        return sealed(e);
    }
    return primary();
}

SqlType ExpressionParser::dataType()
{
    const Token nameTok = m_t.peek();
    if (nameTok.type != TokenType::Identifier && nameTok.type != TokenType::QuotedIdentifier)
        m_t.fail();
    m_t.next();
    QString name = nameTok.text;
    if (m_t.peek().isSymbol(".")) { // sys.sysname
        m_t.next();
        name = m_t.identifier();
    }
    bool hasLength = false;
    int length = 0, scale = 0;
    if (m_t.acceptSymbol("(")) {
        hasLength = true;
        if (m_t.acceptWord("MAX")) {
            length = -1;
        } else {
            const Token n = m_t.next();
            if (n.type != TokenType::Integer)
                m_t.failAt(n);
            length = n.text.toInt();
            if (m_t.acceptSymbol(",")) {
                const Token s = m_t.next();
                if (s.type != TokenType::Integer)
                    m_t.failAt(s);
                scale = s.text.toInt();
            }
        }
        m_t.expectSymbol(")");
    }
    SqlType type;
    if (!SqlType::fromName(name, hasLength, length, scale, type)) {
        SqlError e = SqlMessages::error(243, {name});
        e.setLine(nameTok.line);
        throw e;
    }
    return type;
}

ExprPtr ExpressionParser::caseExpr()
{
    auto e = std::make_shared<Expr>();
    e->kind = ExprKind::Case;
    if (!m_t.peek().isWord("WHEN"))
        e->caseOperand = expression();
    while (m_t.acceptWord("WHEN")) {
        ExprPtr when = expression();
        m_t.expectWord("THEN");
        e->whens.append({when, expression()});
    }
    if (e->whens.isEmpty())
        m_t.fail();
    if (m_t.acceptWord("ELSE"))
        e->elseExpr = expression();
    m_t.expectWord("END");
    return sealed(e);
}

ExprPtr ExpressionParser::functionCall(const QString& name)
{
    auto e = std::make_shared<Expr>();
    e->kind = ExprKind::Function;
    e->name = name.toUpper();
    m_t.expectSymbol("(");
    if (m_t.acceptSymbol(")"))
        return e;
    if (m_t.peek().isSymbol("*")) {
        m_t.next();
        auto star = std::make_shared<Expr>();
        star->kind = ExprKind::Star;
        e->args.append(star);
    } else {
        e->distinct = m_t.acceptWord("DISTINCT");
        do {
            e->args.append(expression());
        } while (m_t.acceptSymbol(","));
    }
    m_t.expectSymbol(")");
    return sealed(e);
}

ExprPtr ExpressionParser::primary()
{
    const Token t = m_t.peek();
    auto e = std::make_shared<Expr>();
    switch (t.type) {
    case TokenType::String:
        m_t.next();
        e->literal =
            SqlValue::fromString(t.text, t.national ? SqlType::nvarchar(std::max<int>(1, t.text.size()))
                                                    : SqlType::varchar(std::max<int>(1, t.text.size())));
        return e;
    case TokenType::Integer: {
        m_t.next();
        bool ok = false;
        const qint64 v = t.text.toLongLong(&ok);
        if (!ok)
            e->literal = SqlValue::fromFloat(t.text.toDouble(), SqlType::numeric(38));
        else
            e->literal = v > 2147483647 ? SqlValue::fromBigInt(v) : SqlValue::fromInt(v);
        return e;
    }
    case TokenType::Decimal:
        m_t.next();
        e->literal = SqlValue::fromFloat(
            t.text.toDouble(), t.text.contains(QLatin1Char('e'), Qt::CaseInsensitive)
                                   ? SqlType{SqlTypeKind::Float}
                                   : SqlType::numeric(38, int(t.text.size() - t.text.indexOf('.') - 1)));
        return e;
    case TokenType::Binary:
        m_t.next();
        e->literal = SqlValue::fromBinary(QByteArray::fromHex(t.text.toLatin1()));
        return e;
    case TokenType::Variable:
        m_t.next();
        e->kind = ExprKind::Variable;
        e->name = t.text;
        return e;
    case TokenType::GlobalVariable:
        m_t.next();
        e->kind = ExprKind::GlobalVariable;
        e->name = t.text.toUpper();
        return e;
    case TokenType::Symbol:
        if (t.isSymbol("(")) {
            m_t.next();
            if (m_t.acceptWord("SELECT")) {
                e->kind = ExprKind::Subquery;
                e->subquery = select();
            } else {
                e = expression();
            }
            m_t.expectSymbol(")");
            return e;
        }
        m_t.fail();
    case TokenType::End:
        m_t.fail();
    case TokenType::Identifier:
    case TokenType::QuotedIdentifier:
        break;
    }
    if (t.type == TokenType::Identifier) {
        const QString upper = t.text.toUpper();
        if (upper == u"NULL") {
            m_t.next();
            e->literal = SqlValue::null();
            return e;
        }
        if (upper == u"CASE") {
            m_t.next();
            return caseExpr();
        }
        if (upper == u"EXISTS") {
            m_t.next();
            m_t.expectSymbol("(");
            m_t.expectWord("SELECT");
            e->kind = ExprKind::Exists;
            e->subquery = select();
            m_t.expectSymbol(")");
            return e;
        }
        if ((upper == u"CAST" || upper == u"TRY_CAST") && m_t.peek(1).isSymbol("(")) {
            m_t.next();
            m_t.next();
            e->kind = ExprKind::Cast;
            e->name = upper;
            e->args = {expression()};
            m_t.expectWord("AS");
            e->castType = dataType();
            m_t.expectSymbol(")");
            return sealed(e);
        }
        if ((upper == u"CONVERT" || upper == u"TRY_CONVERT") && m_t.peek(1).isSymbol("(")) {
            m_t.next();
            m_t.next();
            e->kind = ExprKind::Cast;
            e->name = upper;
            e->castType = dataType();
            m_t.expectSymbol(",");
            e->args = {expression()};
            if (m_t.acceptSymbol(","))
                e->style = expression();
            m_t.expectSymbol(")");
            return sealed(e);
        }
        if (upper == u"CURRENT_USER" || upper == u"SYSTEM_USER" || upper == u"SESSION_USER" ||
            upper == u"CURRENT_TIMESTAMP" || upper == u"USER") {
            m_t.next();
            e->kind = ExprKind::Function;
            e->name = upper;
            return e;
        }
        if ((upper == u"LEFT" || upper == u"RIGHT" || upper == u"COALESCE" || upper == u"NULLIF") &&
            m_t.peek(1).isSymbol("(")) {
            m_t.next();
            return functionCall(upper);
        }
        if (TokenStream::isReserved(t.text))
            m_t.fail();
    }
    const QStringList parts = m_t.multipartName();
    if (m_t.peek().isSymbol("("))
        return functionCall(parts.last());
    if (m_t.peek().isSymbol(".") && m_t.peek(1).isSymbol("*")) {
        m_t.fail();
    }
    e->kind = ExprKind::Column;
    e->parts = parts;
    return e;
}

SelectItem ExpressionParser::selectItem()
{
    SelectItem item;
    const Token& t = m_t.peek();
    if (t.isSymbol("*")) {
        m_t.next();
        item.star = true;
        return item;
    }
    if (m_t.peekIsName() && m_t.peek(1).isSymbol(".") && m_t.peek(2).isSymbol("*")) {
        item.starQualifier = m_t.next().text;
        m_t.next();
        m_t.next();
        item.star = true;
        return item;
    }
    if (t.type == TokenType::Variable && m_t.peek(1).isSymbol("=")) {
        item.assignVariable = m_t.next().text;
        m_t.next();
        item.expr = expression();
        return item;
    }
    if ((m_t.peekIsName() || t.type == TokenType::String) && m_t.peek(1).isSymbol("=")) {
        item.alias = m_t.next().text;
        m_t.next();
        item.expr = expression();
        return item;
    }
    item.expr = expression();
    if (m_t.acceptWord("AS")) {
        if (m_t.peek().type == TokenType::String)
            item.alias = m_t.next().text;
        else
            item.alias = m_t.identifier();
    } else if (m_t.peekIsName() || m_t.peek().type == TokenType::String) {
        item.alias = m_t.next().text;
    }
    return item;
}

TableRef ExpressionParser::tableRef()
{
    TableRef ref;
    // A table variable: FROM @t [AS] alias.
    if (m_t.peek().type == TokenType::Variable) {
        ref.nameParts = QStringList{m_t.next().text};
        if (m_t.acceptWord("AS"))
            ref.alias = m_t.identifier();
        else if (m_t.peekIsName())
            ref.alias = m_t.next().text;
        return ref;
    }
    ref.nameParts = m_t.multipartName();
    if (m_t.peek().isSymbol("(")) {
        ref.isFunction = true;
        m_t.next();
        if (!m_t.peek().isSymbol(")")) {
            do {
                ref.functionArgs.append(expression());
            } while (m_t.acceptSymbol(","));
        }
        m_t.expectSymbol(")");
    }
    if (m_t.acceptWord("AS"))
        ref.alias = m_t.identifier();
    else if (m_t.peekIsName())
        ref.alias = m_t.next().text;
    if (m_t.acceptWord("WITH")) { // table hints such as WITH (NOLOCK)
        m_t.expectSymbol("(");
        while (!m_t.acceptSymbol(")")) {
            if (m_t.atEnd())
                m_t.fail();
            m_t.next();
        }
    }
    return ref;
}

std::shared_ptr<SelectQuery> ExpressionParser::select()
{
    auto q = std::make_shared<SelectQuery>();
    if (m_t.acceptWord("DISTINCT"))
        q->distinct = true;
    else
        m_t.acceptWord("ALL");
    if (m_t.acceptWord("TOP")) {
        if (m_t.acceptSymbol("(")) {
            q->top = expression();
            m_t.expectSymbol(")");
        } else {
            q->top = primary();
        }
    }
    do {
        q->items.append(selectItem());
    } while (m_t.acceptSymbol(","));
    if (m_t.acceptWord("FROM")) {
        q->from.append(tableRef());
        for (;;) {
            if (m_t.acceptSymbol(",")) {
                TableRef r = tableRef();
                r.join = TableRef::Join::Cross;
                q->from.append(r);
                continue;
            }
            TableRef::Join join;
            if (m_t.acceptWord("JOIN")) {
                join = TableRef::Join::Inner;
            } else if (m_t.peek().isWord("INNER") && m_t.peek(1).isWord("JOIN")) {
                m_t.next();
                m_t.next();
                join = TableRef::Join::Inner;
            } else if (m_t.peek().isWord("LEFT") && !m_t.peek(1).isSymbol("(")) {
                m_t.next();
                m_t.acceptWord("OUTER");
                m_t.expectWord("JOIN");
                join = TableRef::Join::Left;
            } else if (m_t.peek().isWord("CROSS")) {
                m_t.next();
                if (m_t.acceptWord("APPLY")) {
                    join = TableRef::Join::CrossApply;
                } else {
                    m_t.expectWord("JOIN");
                    join = TableRef::Join::Cross;
                }
            } else if (m_t.peek().isWord("OUTER") && m_t.peek(1).isWord("APPLY")) {
                m_t.next();
                m_t.next();
                join = TableRef::Join::OuterApply;
            } else {
                break;
            }
            TableRef r = tableRef();
            r.join = join;
            const bool apply = join == TableRef::Join::CrossApply || join == TableRef::Join::OuterApply;
            if (apply && !r.isFunction)
                m_t.fail();
            if (join != TableRef::Join::Cross && !apply) {
                m_t.expectWord("ON");
                r.on = expression();
            }
            q->from.append(r);
        }
    }
    if (m_t.acceptWord("WHERE"))
        q->where = expression();
    if (m_t.peek().isWord("ORDER")) {
        m_t.next();
        m_t.expectWord("BY");
        do {
            OrderItem item;
            item.expr = expression();
            if (m_t.acceptWord("DESC"))
                item.descending = true;
            else
                m_t.acceptWord("ASC");
            q->orderBy.append(item);
        } while (m_t.acceptSymbol(","));
    }
    return q;
}

} // namespace pchatlab
