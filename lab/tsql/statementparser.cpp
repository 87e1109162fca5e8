#include "lab/tsql/statementparser.h"

#include "lab/tsql/lexer.h"
#include "lab/tsql/parsedepthguard.h"
#include "lab/tsql/sqlmessages.h"

#include <QSet>

namespace pchatlab {

namespace {

bool isSetOption(const QString& word)
{
    static const QSet<QString> options = [] {
        QSet<QString> s;
        for (const char* w : {"ANSI_NULLS",
                              "ANSI_NULL_DFLT_ON",
                              "ANSI_NULL_DFLT_OFF",
                              "ANSI_PADDING",
                              "ANSI_WARNINGS",
                              "ANSI_DEFAULTS",
                              "ARITHABORT",
                              "ARITHIGNORE",
                              "CONCAT_NULL_YIELDS_NULL",
                              "CURSOR_CLOSE_ON_COMMIT",
                              "DATEFIRST",
                              "DATEFORMAT",
                              "DEADLOCK_PRIORITY",
                              "FMTONLY",
                              "IMPLICIT_TRANSACTIONS",
                              "LANGUAGE",
                              "LOCK_TIMEOUT",
                              "NOCOUNT",
                              "NOEXEC",
                              "NUMERIC_ROUNDABORT",
                              "PARSEONLY",
                              "QUOTED_IDENTIFIER",
                              "ROWCOUNT",
                              "TEXTSIZE",
                              "XACT_ABORT",
                              "NO_BROWSETABLE",
                              "STATISTICS",
                              "SHOWPLAN_ALL",
                              "SHOWPLAN_TEXT",
                              "SHOWPLAN_XML",
                              "QUERY_GOVERNOR_COST_LIMIT",
                              "CONTEXT_INFO",
                              "FORCEPLAN",
                              "REMOTE_PROC_TRANSACTIONS",
                              "OFFSETS"})
            s.insert(QLatin1String(w));
        return s;
    }();
    return options.contains(word.toUpper());
}

} // namespace

QVector<StmtPtr> StatementParser::parseBatch(const QString& sql)
{
    TokenStream tokens(Lexer::tokenize(sql));
    StatementParser p(tokens);
    QVector<StmtPtr> out;
    bool first = true;
    while (!tokens.atEnd()) {
        if (tokens.acceptSymbol(";"))
            continue;
        out.append(p.statement(first));
        first = false;
    }
    return out;
}

QVector<VarDecl> StatementParser::parseParameterList(const QString& text, QVector<bool>* outputs)
{
    TokenStream t(Lexer::tokenize(text));
    ExpressionParser e(t);
    QVector<VarDecl> out;
    while (!t.atEnd()) {
        if (t.peek().type != TokenType::Variable)
            t.fail();
        VarDecl d;
        d.name = t.next().text;
        t.acceptWord("AS");
        d.type = e.dataType();
        if (t.acceptSymbol("="))
            d.init = e.expression();
        const bool output = t.acceptWord("OUTPUT") || t.acceptWord("OUT");
        if (outputs)
            outputs->append(output);
        out.append(d);
        if (!t.acceptSymbol(","))
            break;
    }
    if (!t.atEnd())
        t.fail();
    return out;
}

StmtPtr StatementParser::statement(bool batchStart)
{
    // IF, WHILE and BEGIN ... END nest statements in statements.
    const ParseDepthGuard guard(m_t);
    const Token t = m_t.peek();
    const int line = t.line;
    if (t.type == TokenType::Identifier) {
        const QString w = t.text.toUpper();
        if (w == u"SELECT") {
            m_t.next();
            auto s = makeStmt(StmtKind::Select, line);
            s->select = m_expr.select();
            return s;
        }
        if (w == u"DECLARE")
            return declare();
        if (w == u"SET")
            return set();
        if (w == u"IF") {
            m_t.next();
            auto s = makeStmt(StmtKind::If, line);
            s->condition = m_expr.expression();
            s->thenStmt = statement(false);
            while (m_t.acceptSymbol(";")) {
            }
            if (m_t.acceptWord("ELSE"))
                s->elseStmt = statement(false);
            return s;
        }
        if (w == u"WHILE") {
            m_t.next();
            auto s = makeStmt(StmtKind::While, line);
            s->condition = m_expr.expression();
            s->thenStmt = statement(false);
            return s;
        }
        if (w == u"BREAK" || w == u"CONTINUE") {
            m_t.next();
            return makeStmt(w == u"BREAK" ? StmtKind::Break : StmtKind::Continue, line);
        }
        if (w == u"BEGIN") {
            m_t.next();
            if (m_t.peek().isWord("TRY"))
                return tryCatch(line);
            if (m_t.acceptWord("TRAN") || m_t.acceptWord("TRANSACTION")) {
                auto s = makeStmt(StmtKind::BeginTran, line);
                if (m_t.peekIsName() || m_t.peek().type == TokenType::Variable)
                    s->name = m_t.next().text;
                return s;
            }
            auto s = makeStmt(StmtKind::Block, line);
            while (!m_t.acceptWord("END")) {
                if (m_t.atEnd())
                    m_t.fail();
                if (m_t.acceptSymbol(";"))
                    continue;
                s->body.append(statement(false));
            }
            return s;
        }
        if (w == u"COMMIT" || w == u"ROLLBACK") {
            m_t.next();
            auto s = makeStmt(w == u"COMMIT" ? StmtKind::CommitTran : StmtKind::RollbackTran, line);
            if (m_t.acceptWord("TRAN") || m_t.acceptWord("TRANSACTION") || m_t.acceptWord("WORK")) {
                if (m_t.peekIsName() || m_t.peek().type == TokenType::Variable)
                    s->name = m_t.next().text;
            }
            return s;
        }
        if (w == u"USE") {
            m_t.next();
            auto s = makeStmt(StmtKind::Use, line);
            s->name = m_t.identifier();
            return s;
        }
        if (w == u"PRINT") {
            m_t.next();
            auto s = makeStmt(StmtKind::Print, line);
            s->value = m_expr.expression();
            return s;
        }
        if (w == u"RAISERROR") {
            m_t.next();
            auto s = makeStmt(StmtKind::Raiserror, line);
            m_t.expectSymbol("(");
            do {
                s->args.append(m_expr.expression());
            } while (m_t.acceptSymbol(","));
            m_t.expectSymbol(")");
            if (s->args.size() < 3)
                m_t.fail();
            if (m_t.acceptWord("WITH")) {
                do {
                    s->withWords.append(m_t.next().text.toUpper());
                } while (m_t.acceptSymbol(","));
            }
            return s;
        }
        if (w == u"EXEC" || w == u"EXECUTE")
            return exec();
        if (w == u"INSERT")
            return m_data.insert();
        if (w == u"DELETE")
            return m_data.remove();
        if (w == u"KILL") {
            m_t.next();
            auto s = makeStmt(StmtKind::Kill, line);
            s->value = m_expr.expression();
            return s;
        }
        if (w == u"BACKUP" || w == u"RESTORE") {
            m_t.next();
            return backupOrRestore(w == u"BACKUP");
        }
        if (w == u"ALTER" && m_t.peek(1).isWord("DATABASE")) {
            m_t.next();
            m_t.next();
            return alterDatabase();
        }
        if (w == u"WAITFOR") {
            m_t.next();
            auto s = makeStmt(StmtKind::WaitFor, line);
            if (m_t.acceptWord("DELAY"))
                s->name = QStringLiteral("DELAY");
            else if (m_t.acceptWord("TIME"))
                s->name = QStringLiteral("TIME");
            else
                m_t.fail();
            s->value = m_expr.expression();
            return s;
        }
        if (w == u"RETURN") {
            m_t.next();
            auto s = makeStmt(StmtKind::Return, line);
            const Token& n = m_t.peek();
            if (n.type != TokenType::End && !n.isSymbol(";") &&
                !(n.type == TokenType::Identifier && TokenStream::isReserved(n.text) && !n.isWord("NULL")))
                s->value = m_expr.expression();
            return s;
        }
        // A batch may start with a bare procedure name ("sp_who2", "sp_datatype_info_100 93, 3").
        if (batchStart && !TokenStream::isReserved(t.text))
            return exec();
    } else if (t.type == TokenType::QuotedIdentifier && batchStart) {
        return exec();
    }
    m_t.fail();
}

StmtPtr StatementParser::tryCatch(int line)
{
    m_t.expectWord("TRY");
    auto s = makeStmt(StmtKind::TryCatch, line);
    s->body = statementsUntilEnd("TRY");
    // SQL Server wants at least one statement between BEGIN TRY and END TRY.
    if (s->body.isEmpty())
        m_t.fail();
    m_t.expectWord("BEGIN");
    m_t.expectWord("CATCH");
    s->catchBody = statementsUntilEnd("CATCH");
    return s;
}

QVector<StmtPtr> StatementParser::statementsUntilEnd(const char* word)
{
    QVector<StmtPtr> out;
    while (!(m_t.peek().isWord("END") && m_t.peek(1).isWord(word))) {
        if (m_t.atEnd())
            m_t.fail();
        if (m_t.acceptSymbol(";"))
            continue;
        out.append(statement(false));
    }
    m_t.next();
    m_t.next();
    return out;
}

StmtPtr StatementParser::declare()
{
    const int line = m_t.next().line;
    auto s = makeStmt(StmtKind::Declare, line);
    bool first = true;
    do {
        if (m_t.peek().type != TokenType::Variable)
            m_t.fail();
        VarDecl d;
        d.name = m_t.next().text;
        m_t.acceptWord("AS");
        // A table variable is declared on its own: DECLARE @a int, @t TABLE (...) is a syntax error.
        if (first && m_t.peek().isWord("TABLE"))
            return m_data.tableDeclaration(d.name, line);
        first = false;
        if (m_t.peek().isWord("TABLE") || m_t.peek().isWord("CURSOR"))
            m_t.fail();
        d.type = m_expr.dataType();
        if (m_t.acceptSymbol("="))
            d.init = m_expr.expression();
        s->decls.append(d);
    } while (m_t.acceptSymbol(","));
    return s;
}

StmtPtr StatementParser::set()
{
    const int line = m_t.next().line;
    if (m_t.peek().type == TokenType::Variable) {
        auto s = makeStmt(StmtKind::SetVariable, line);
        s->name = m_t.next().text;
        const Token op = m_t.next();
        if (!(op.isSymbol("=") || op.isSymbol("+=") || op.isSymbol("-=") || op.isSymbol("*=") ||
              op.isSymbol("/=")))
            m_t.failAt(op);
        s->op = op.text;
        s->value = m_expr.expression();
        return s;
    }
    auto s = makeStmt(StmtKind::SetOption, line);
    if (m_t.acceptWord("TRANSACTION")) {
        m_t.expectWord("ISOLATION");
        m_t.expectWord("LEVEL");
        s->words.append(QStringLiteral("TRANSACTION ISOLATION LEVEL"));
        while (m_t.peek().type == TokenType::Identifier && !TokenStream::isReserved(m_t.peek().text))
            s->name += (s->name.isEmpty() ? QString() : QStringLiteral(" ")) + m_t.next().text.toUpper();
        if (m_t.acceptWord("READ")) // READ is reserved: READ COMMITTED / UNCOMMITTED
            s->name = QStringLiteral("READ ") + m_t.identifier().toUpper();
        return s;
    }
    do {
        const Token opt = m_t.peek();
        if (opt.type != TokenType::Identifier)
            m_t.fail();
        if (!isSetOption(opt.text)) {
            SqlError e = SqlMessages::error(195, {opt.text, QStringLiteral("SET option")});
            e.setLine(opt.line);
            throw e;
        }
        m_t.next();
        s->words.append(opt.text.toUpper());
        if (opt.isWord("STATISTICS")) // SET STATISTICS IO ON
            s->words.last() += QLatin1Char(' ') + m_t.identifier().toUpper();
    } while (m_t.acceptSymbol(","));
    const Token v = m_t.peek();
    if (v.isWord("ON") || v.isWord("OFF")) {
        s->name = m_t.next().text.toUpper();
    } else if (v.type == TokenType::Identifier && !TokenStream::isReserved(v.text)) {
        // SET LANGUAGE us_english, SET DATEFORMAT mdy: a bare word is the value itself.
        auto e = std::make_shared<Expr>();
        e->literal = SqlValue::fromString(m_t.next().text, SqlType::nvarchar(128));
        s->value = e;
    } else if (v.type == TokenType::Integer || v.type == TokenType::String || v.type == TokenType::Variable ||
               v.isSymbol("-")) {
        s->value = m_expr.expression();
    } else {
        m_t.fail();
    }
    return s;
}

StmtPtr StatementParser::exec()
{
    const Token first = m_t.peek();
    if (first.isWord("EXEC") || first.isWord("EXECUTE"))
        m_t.next();
    if (m_t.peek().isSymbol("(")) {
        auto s = makeStmt(StmtKind::ExecString, first.line);
        m_t.next();
        s->value = m_expr.expression();
        m_t.expectSymbol(")");
        return s;
    }
    auto s = makeStmt(StmtKind::Exec, first.line);
    if (m_t.peek().type == TokenType::Variable && m_t.peek(1).isSymbol("=")) {
        s->returnVariable = m_t.next().text;
        m_t.next();
    }
    s->procParts = m_t.multipartName();
    if (m_t.acceptSymbol(";") || m_t.atEnd())
        return s;
    const Token& n = m_t.peek();
    const bool startsArgs = n.type == TokenType::Variable || n.type == TokenType::String ||
                            n.type == TokenType::Integer || n.type == TokenType::Decimal ||
                            n.type == TokenType::Binary || n.isSymbol("-") || n.isWord("NULL") ||
                            n.isWord("DEFAULT") ||
                            (n.type == TokenType::Identifier && !TokenStream::isReserved(n.text) &&
                             m_t.peek(1).type != TokenType::Symbol);
    if (!startsArgs)
        return s;
    do {
        ExecArg a;
        if (m_t.peek().type == TokenType::Variable && m_t.peek(1).isSymbol("=")) {
            a.name = m_t.next().text;
            m_t.next();
        }
        if (m_t.acceptWord("DEFAULT")) {
            a.isDefault = true;
        } else if (m_t.peek().type == TokenType::Identifier && !m_t.peek().isWord("NULL") &&
                   !TokenStream::isReserved(m_t.peek().text)) {
            // Unquoted words are strings in EXEC arguments (EXEC sp_who2 active).
            auto e = std::make_shared<Expr>();
            e->literal = SqlValue::fromString(m_t.next().text, SqlType::nvarchar(128));
            a.value = e;
        } else {
            a.value = m_expr.expression();
        }
        a.output = m_t.acceptWord("OUTPUT") || m_t.acceptWord("OUT");
        s->execArgs.append(a);
    } while (m_t.acceptSymbol(","));
    return s;
}

ExprPtr StatementParser::databaseName()
{
    if (m_t.peek().type == TokenType::Variable)
        return m_expr.expression();
    auto e = std::make_shared<Expr>();
    e->literal = SqlValue::fromString(m_t.identifier(), SqlType::nvarchar(128));
    return e;
}

QVector<WithOption> StatementParser::withOptions()
{
    QVector<WithOption> out;
    if (!m_t.acceptWord("WITH"))
        return out;
    do {
        const Token t = m_t.next();
        if (t.type != TokenType::Identifier)
            m_t.failAt(t);
        WithOption o;
        o.name = t.text.toUpper();
        if (o.name == u"MOVE") {
            o.value = m_expr.expression();
            m_t.expectWord("TO");
            o.value2 = m_expr.expression();
        } else if (m_t.acceptSymbol("=")) {
            o.value = m_expr.expression();
        }
        out.append(o);
    } while (m_t.acceptSymbol(","));
    return out;
}

StmtPtr StatementParser::backupOrRestore(bool backup)
{
    const int line = m_t.peek().line;
    auto s = makeStmt(backup ? StmtKind::Backup : StmtKind::Restore, line);
    const Token what = m_t.next();
    const QString w = what.text.toUpper();
    const bool headerOnly =
        !backup && (w == u"HEADERONLY" || w == u"FILELISTONLY" || w == u"VERIFYONLY" || w == u"LABELONLY");
    if (what.type != TokenType::Identifier || !(w == u"DATABASE" || w == u"LOG" || headerOnly))
        m_t.failAt(what);
    s->target = w;
    if (!headerOnly)
        s->databaseName = databaseName();
    if (backup) {
        m_t.expectWord("TO");
    } else if (!m_t.acceptWord("FROM")) {
        if (headerOnly)
            m_t.fail();
        s->options = withOptions(); // RESTORE DATABASE x WITH RECOVERY
        return s;
    }
    do {
        const Token dev = m_t.next();
        if (!(dev.isWord("DISK") || dev.isWord("URL") || dev.isWord("TAPE")))
            m_t.failAt(dev);
        m_t.expectSymbol("=");
        s->devices.append(m_expr.expression());
    } while (m_t.acceptSymbol(","));
    s->options = withOptions();
    return s;
}

StmtPtr StatementParser::alterDatabase()
{
    auto s = makeStmt(StmtKind::AlterDatabase, m_t.peek().line);
    if (m_t.acceptWord("CURRENT")) {
        s->name = QString();
    } else {
        s->name = m_t.identifier();
    }
    m_t.expectWord("SET");
    const Token opt = m_t.next();
    if (opt.type != TokenType::Identifier)
        m_t.failAt(opt);
    const QString o = opt.text.toUpper();
    s->words.append(o);
    if (o == u"PARTNER" || o == u"WITNESS") {
        if (m_t.acceptSymbol("=")) {
            s->value = m_expr.expression();
        } else {
            const Token v = m_t.next();
            if (!(v.isWord("OFF") || v.isWord("SUSPEND") || v.isWord("RESUME") || v.isWord("FAILOVER") ||
                  v.isWord("FORCE_SERVICE_ALLOW_DATA_LOSS") || v.isWord("SAFETY")))
                m_t.failAt(v);
            s->words.append(v.text.toUpper());
            if (v.isWord("SAFETY"))
                s->words.append(m_t.identifier().toUpper());
        }
    } else if (o == u"RECOVERY") {
        const Token v = m_t.next();
        if (!(v.isWord("FULL") || v.isWord("SIMPLE") || v.isWord("BULK_LOGGED")))
            m_t.failAt(v);
        s->words.append(v.text.toUpper());
    } else if (o == u"SINGLE_USER" || o == u"MULTI_USER" || o == u"RESTRICTED_USER" || o == u"ONLINE" ||
               o == u"OFFLINE" || o == u"EMERGENCY" || o == u"READ_ONLY" || o == u"READ_WRITE") {
        // no value
    } else {
        m_t.failAt(opt);
    }
    if (m_t.acceptWord("WITH")) {
        const Token v = m_t.next();
        if (v.isWord("ROLLBACK")) {
            if (m_t.acceptWord("IMMEDIATE")) {
                s->withWords = {QStringLiteral("ROLLBACK IMMEDIATE")};
            } else {
                m_t.expectWord("AFTER");
                s->withWords = {QStringLiteral("ROLLBACK AFTER")};
                s->args.append(m_expr.expression());
                m_t.acceptWord("SECONDS");
            }
        } else if (v.isWord("NO_WAIT")) {
            s->withWords = {QStringLiteral("NO_WAIT")};
        } else {
            m_t.failAt(v);
        }
    }
    return s;
}

} // namespace pchatlab
