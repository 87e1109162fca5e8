#include "lab/shell/powershellparser.h"

#include <QRegularExpression>

namespace pchatlab {

namespace {

// PowerShell's parser recurses into every group, array and hashtable until its thread's stack runs out; the
// lab's stops at a fixed depth far beyond what anyone types, so that no input line overflows the shell's
// stack.
constexpr int maxNesting = 100;

bool isNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

PowerShellValue stringValue(const PowerShellToken& t)
{
    PowerShellValue v;
    v.kind = PowerShellValue::Kind::String;
    v.text = t.text;
    v.extent = t.extent;
    return v;
}

} // namespace

PowerShellParser::PowerShellParser(const QString& line)
    : m_lexer(line)
{
}

PowerShellToken PowerShellParser::take(Mode mode)
{
    PowerShellToken t = m_lexer.next(mode);
    if (t.kind != Kind::EndOfInput)
        m_lastEnd = t.extent.end;
    return t;
}

void PowerShellParser::unexpected(const PowerShellToken& token) const
{
    if (token.kind == Kind::EndOfInput)
        throw PowerShellSyntaxError{QStringLiteral("An expression was expected at the end of the line."),
                                    QStringLiteral("ExpectedExpression"), token.extent};
    const QString text = m_lexer.text().mid(token.extent.start, token.extent.length());
    throw PowerShellSyntaxError{QStringLiteral("Unexpected token '%1' in expression or statement.").arg(text),
                                QStringLiteral("UnexpectedToken"), token.extent};
}

bool PowerShellParser::endsStatement(const PowerShellToken& token) const
{
    switch (token.kind) {
    case Kind::EndOfInput:
    case Kind::Semicolon:
    case Kind::Pipe:
    case Kind::RightParen:
    case Kind::RightBrace:
        return true;
    default:
        return false;
    }
}

bool PowerShellParser::parse()
{
    m_statements.clear();
    m_error.reset();
    m_depth = 0;
    try {
        for (;;) {
            PowerShellToken t = m_lexer.peek(Mode::Argument);
            if (t.kind == Kind::EndOfInput)
                break;
            if (t.kind == Kind::Semicolon) {
                take(Mode::Argument);
                continue;
            }
            m_statements.push_back(parseStatement());
            t = m_lexer.peek(Mode::Argument);
            if (t.kind == Kind::EndOfInput)
                break;
            if (t.kind == Kind::Semicolon) {
                take(Mode::Argument);
                continue;
            }
            if (t.kind == Kind::Pipe)
                throw PowerShellSyntaxError{
                    QStringLiteral("Pipelines are not supported by the lab shell; run "
                                   "each command on its own."),
                    QStringLiteral("PipelineNotSupported"), t.extent};
            unexpected(t);
        }
    } catch (const PowerShellSyntaxError& e) {
        m_error = e;
        m_statements.clear();
        return false;
    }
    return true;
}

PowerShellStatement PowerShellParser::parseStatement()
{
    PowerShellStatement statement;
    const PowerShellToken first = m_lexer.peek(Mode::Argument);
    statement.extent.start = first.extent.start;
    if (first.kind == Kind::Word && !isNumber(first.text)) {
        take(Mode::Argument);
        if (first.text.compare(QLatin1String("exit"), Qt::CaseInsensitive) == 0) {
            statement.kind = PowerShellStatement::Kind::Exit;
            if (!endsStatement(m_lexer.peek(Mode::Expression)))
                statement.value = parseExpression();
        } else {
            statement.kind = PowerShellStatement::Kind::Command;
            statement.commandName = first.text;
            statement.nameExtent = first.extent;
            parseCommandArguments(statement);
        }
    } else {
        switch (first.kind) {
        case Kind::Word:
        case Kind::String:
        case Kind::Variable:
        case Kind::AtBrace:
        case Kind::AtParen:
        case Kind::LeftParen:
            statement.kind = PowerShellStatement::Kind::Expression;
            statement.value = parseExpression();
            break;
        default:
            unexpected(first);
        }
    }
    statement.extent.end = m_lastEnd;
    return statement;
}

void PowerShellParser::parseCommandArguments(PowerShellStatement& statement)
{
    for (;;) {
        const PowerShellToken t = m_lexer.peek(Mode::Argument);
        if (endsStatement(t))
            return;
        PowerShellArgument argument;
        if (t.kind == Kind::Parameter) {
            take(Mode::Argument);
            argument.isParameter = true;
            argument.parameterName = t.text;
            argument.extent = t.extent;
            if (t.colonAttached) {
                const PowerShellToken v = m_lexer.peek(Mode::Argument);
                if (endsStatement(v) || v.kind == Kind::Parameter)
                    throw PowerShellSyntaxError{QStringLiteral("Missing argument in parameter list."),
                                                QStringLiteral("MissingArgument"), t.extent};
                argument.value = parseArgumentValue();
                argument.hasAttachedValue = true;
                argument.extent.end = argument.value.extent.end;
            }
        } else {
            argument.value = parseArgumentValue();
            argument.extent = argument.value.extent;
        }
        statement.arguments.push_back(std::move(argument));
    }
}

PowerShellValue PowerShellParser::parseArgumentValue()
{
    PowerShellValue first = parsePrimary(Mode::Argument);
    if (m_lexer.peek(Mode::Argument).kind != Kind::Comma)
        return first;
    return parseArray(std::move(first), Mode::Argument);
}

PowerShellValue PowerShellParser::parseExpression()
{
    PowerShellValue first = parsePrimary(Mode::Expression);
    if (first.kind == PowerShellValue::Kind::CommandCall ||
        m_lexer.peek(Mode::Expression).kind != Kind::Comma)
        return first;
    return parseArray(std::move(first), Mode::Expression);
}

PowerShellValue PowerShellParser::parseArray(PowerShellValue first, Mode mode)
{
    const bool argument = mode == Mode::Argument;
    PowerShellValue array;
    array.kind = PowerShellValue::Kind::Array;
    array.extent.start = first.extent.start;
    array.items.push_back(std::move(first));
    while (m_lexer.peek(mode).kind == Kind::Comma) {
        const PowerShellToken comma = take(mode);
        const PowerShellToken n = m_lexer.peek(mode);
        if (argument && (endsStatement(n) || n.kind == Kind::Parameter))
            throw PowerShellSyntaxError{QStringLiteral("Missing argument in parameter list."),
                                        QStringLiteral("MissingArgument"), comma.extent};
        // After a comma PowerShell wants a value; a bare word there is not one (it is no command position).
        if (!argument && (endsStatement(n) || (n.kind == Kind::Word && !isNumber(n.text))))
            throw PowerShellSyntaxError{QStringLiteral("Missing expression after ','."),
                                        QStringLiteral("MissingExpressionAfterToken"), comma.extent};
        array.items.push_back(parsePrimary(mode));
    }
    array.extent.end = m_lastEnd;
    return array;
}

PowerShellValue PowerShellParser::parsePrimary(Mode mode)
{
    const PowerShellToken t = take(mode);
    if (m_depth >= maxNesting)
        throw PowerShellSyntaxError{
            QStringLiteral("The expression is nested too deeply: the lab shell parses "
                           "at most %1 levels of parentheses, arrays and hashtables.")
                .arg(maxNesting),
            QStringLiteral("ExpressionNestedTooDeeply"), t.extent};
    // A syntax error ends the whole parse, so the depth needs no restoring when one is thrown.
    ++m_depth;
    PowerShellValue value = parsePrimaryToken(t, mode);
    --m_depth;
    return value;
}

PowerShellValue PowerShellParser::parsePrimaryToken(const PowerShellToken& t, Mode mode)
{
    switch (t.kind) {
    case Kind::String:
        return stringValue(t);
    case Kind::Word: {
        if (mode == Mode::Argument || isNumber(t.text))
            return stringValue(t);
        // In expression position a bare word is a command: @{Add=PCHAT01.contoso.com} runs
        // "PCHAT01.contoso.com". Its own arguments are parsed (and discarded) so that the line stays intact.
        PowerShellValue call;
        call.kind = PowerShellValue::Kind::CommandCall;
        call.text = t.text;
        call.extent = t.extent;
        PowerShellStatement ignored;
        parseCommandArguments(ignored);
        return call;
    }
    case Kind::Variable:
        return variableValue(t);
    case Kind::AtBrace:
        return parseHashtable(t);
    case Kind::AtParen:
    case Kind::LeftParen:
        return parseGroup(t);
    case Kind::LeftBrace:
        throw PowerShellSyntaxError{QStringLiteral("Script blocks { } are not supported by the lab shell."),
                                    QStringLiteral("ScriptBlockNotSupported"), t.extent};
    default:
        unexpected(t);
    }
}

PowerShellValue PowerShellParser::variableValue(const PowerShellToken& token) const
{
    PowerShellValue v;
    v.extent = token.extent;
    if (token.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
        token.text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        v.kind = PowerShellValue::Kind::Bool;
        v.boolValue = token.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        v.text = v.boolValue ? QStringLiteral("True") : QStringLiteral("False");
    }
    // $null and every variable the shell never set (the lab shell has no assignments) are $null.
    return v;
}

PowerShellValue PowerShellParser::parseHashtable(const PowerShellToken& open)
{
    PowerShellValue table;
    table.kind = PowerShellValue::Kind::Hashtable;
    table.extent.start = open.extent.start;
    const auto missingBrace = [&open] {
        return PowerShellSyntaxError{
            QStringLiteral("Missing closing '}' in statement block or type definition."),
            QStringLiteral("MissingEndCurlyBrace"), open.extent};
    };
    for (;;) {
        PowerShellToken t = m_lexer.peek(Mode::Expression);
        if (t.kind == Kind::Semicolon) {
            take(Mode::Expression);
            continue;
        }
        if (t.kind == Kind::RightBrace) {
            take(Mode::Expression);
            table.extent.end = t.extent.end;
            return table;
        }
        if (t.kind == Kind::EndOfInput)
            throw missingBrace();
        const PowerShellToken key = take(Mode::Expression);
        if (key.kind != Kind::Word && key.kind != Kind::String)
            throw PowerShellSyntaxError{QStringLiteral("Missing key before '=' in hash literal."),
                                        QStringLiteral("MissingKeyInHashLiteral"), key.extent};
        const PowerShellToken equals = take(Mode::Expression);
        if (equals.kind != Kind::Equals)
            throw PowerShellSyntaxError{QStringLiteral("Missing '=' operator after key in hash literal."),
                                        QStringLiteral("MissingEqualsInHashLiteral"),
                                        {key.extent.end, key.extent.end}};
        t = m_lexer.peek(Mode::Expression);
        if (t.kind == Kind::Semicolon || t.kind == Kind::RightBrace || t.kind == Kind::EndOfInput)
            throw PowerShellSyntaxError{QStringLiteral("Missing statement after '=' in hash literal."),
                                        QStringLiteral("MissingStatementInHashLiteral"),
                                        {equals.extent.end, equals.extent.end}};
        for (const QString& existing : std::as_const(table.keys)) {
            if (existing.compare(key.text, Qt::CaseInsensitive) == 0)
                throw PowerShellSyntaxError{
                    QStringLiteral("Duplicate keys '%1' are not allowed in hash literals.").arg(key.text),
                    QStringLiteral("DuplicateKeyInHashLiteral"), key.extent};
        }
        table.keys.append(key.text);
        table.items.push_back(parseExpression());
        t = m_lexer.peek(Mode::Expression);
        if (t.kind == Kind::EndOfInput)
            throw missingBrace();
        if (t.kind != Kind::Semicolon && t.kind != Kind::RightBrace)
            unexpected(t);
    }
}

PowerShellValue PowerShellParser::parseGroup(const PowerShellToken& open)
{
    const bool arraySubexpression = open.kind == Kind::AtParen;
    PowerShellValue value;
    if (m_lexer.peek(Mode::Expression).kind == Kind::RightParen) {
        const PowerShellToken close = take(Mode::Expression);
        if (!arraySubexpression)
            throw PowerShellSyntaxError{QStringLiteral("An expression was expected after '('."),
                                        QStringLiteral("ExpectedExpression"), close.extent};
        value.kind = PowerShellValue::Kind::Array;
    } else {
        value = parseExpression();
        const PowerShellToken close = take(Mode::Expression);
        if (close.kind == Kind::EndOfInput)
            throw PowerShellSyntaxError{QStringLiteral("Missing closing ')' in expression."),
                                        QStringLiteral("MissingEndParenthesisInExpression"), open.extent};
        if (close.kind != Kind::RightParen)
            unexpected(close);
        if (arraySubexpression && value.kind != PowerShellValue::Kind::Array) {
            PowerShellValue array;
            array.kind = PowerShellValue::Kind::Array;
            array.items.push_back(std::move(value));
            value = std::move(array);
        }
    }
    value.extent = {open.extent.start, m_lastEnd};
    return value;
}

} // namespace pchatlab
