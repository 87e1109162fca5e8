#include "lab/tsql/datastatementparser.h"

namespace pchatlab {

StmtPtr DataStatementParser::tableDeclaration(const QString& name, int line)
{
    auto s = makeStmt(StmtKind::DeclareTable, line);
    s->name = name;
    m_t.expectWord("TABLE");
    m_t.expectSymbol("(");
    do {
        VarDecl column;
        column.name = m_t.identifier();
        column.type = m_expr.dataType();
        if (m_t.acceptWord("NOT")) {
            m_t.expectWord("NULL");
            column.notNull = true;
        } else {
            m_t.acceptWord("NULL");
        }
        s->decls.append(column);
    } while (m_t.acceptSymbol(","));
    m_t.expectSymbol(")");
    return s;
}

QStringList DataStatementParser::target()
{
    if (m_t.peek().type == TokenType::Variable)
        return {m_t.next().text};
    return m_t.multipartName();
}

StmtPtr DataStatementParser::insert()
{
    auto s = makeStmt(StmtKind::Insert, m_t.next().line);
    m_t.acceptWord("INTO");
    s->targetParts = target();
    if (m_t.acceptSymbol("(")) {
        do {
            s->words.append(m_t.identifier());
        } while (m_t.acceptSymbol(","));
        m_t.expectSymbol(")");
    }
    if (m_t.acceptWord("VALUES")) {
        do {
            m_t.expectSymbol("(");
            QVector<ExprPtr> row;
            do {
                row.append(m_expr.expression());
            } while (m_t.acceptSymbol(","));
            m_t.expectSymbol(")");
            s->valueRows.append(row);
        } while (m_t.acceptSymbol(","));
    } else if (m_t.acceptWord("SELECT")) {
        s->select = m_expr.select();
    } else if (m_t.peek().isWord("EXEC") || m_t.peek().isWord("EXECUTE")) {
        s->thenStmt = m_exec();
    } else {
        m_t.fail();
    }
    return s;
}

StmtPtr DataStatementParser::remove()
{
    auto s = makeStmt(StmtKind::Delete, m_t.next().line);
    m_t.acceptWord("FROM");
    s->targetParts = target();
    if (m_t.acceptWord("WHERE"))
        s->condition = m_expr.expression();
    return s;
}

} // namespace pchatlab
