#include "odbcbatchrunner.h"

#include "odbcapi.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace pchat {

namespace {

bool succeeded(SQLRETURN ret)
{
    return ret == SQL_SUCCESS || ret == SQL_SUCCESS_WITH_INFO;
}

QString fromWide(const SQLWCHAR* text, qsizetype length)
{
    static_assert(sizeof(SQLWCHAR) == sizeof(char16_t), "SQLWCHAR must be UTF-16");
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(text), length);
}

// Reads one column of the current row as text, however long it is.
QVariant readValue(SQLHSTMT statement, SQLUSMALLINT column, SqlMessages& messages)
{
    QString value;
    SQLWCHAR buffer[2048];
    for (;;) {
        SQLLEN indicator = 0;
        const SQLRETURN ret = SQLGetData(statement, column, SQL_C_WCHAR, buffer, sizeof(buffer), &indicator);
        if (ret == SQL_NO_DATA)
            break;
        if (!succeeded(ret)) {
            messages << OdbcBatchRunner::diagnostics(SQL_HANDLE_STMT, statement);
            break;
        }
        if (indicator == SQL_NULL_DATA)
            return {};
        const qsizetype capacity = qsizetype(sizeof(buffer) / sizeof(SQLWCHAR)) - 1;
        const qsizetype available =
            indicator == SQL_NO_TOTAL ? capacity : qMin<qsizetype>(indicator / sizeof(SQLWCHAR), capacity);
        value += fromWide(buffer, available);
        if (ret == SQL_SUCCESS)
            break;
    }
    return value;
}

} // namespace

OdbcBatchRunner::OdbcBatchRunner(void* connectionHandle)
    : m_connection(connectionHandle)
{
}

QString OdbcBatchRunner::withoutDriverPrefix(const QString& text)
{
    static const QRegularExpression prefix(QStringLiteral("^(\\[[^\\]]*\\])+\\s*"));
    return QString(text).remove(prefix);
}

SqlMessages OdbcBatchRunner::diagnostics(short handleType, void* handle)
{
    SqlMessages messages;
    for (SQLSMALLINT record = 1;; ++record) {
        SQLWCHAR state[6] = {};
        SQLINTEGER native = 0;
        SQLWCHAR text[4096];
        SQLSMALLINT length = 0;
        const SQLRETURN ret = SQLGetDiagRecW(handleType, handle, record, state, &native, text,
                                             SQLSMALLINT(sizeof(text) / sizeof(SQLWCHAR)), &length);
        if (!succeeded(ret))
            break;
        SqlMessage message;
        message.number = int(native);
        message.sqlState = fromWide(state, 5);
        message.text = withoutDriverPrefix(
            fromWide(text, qMin<qsizetype>(length, qsizetype(sizeof(text) / sizeof(SQLWCHAR)) - 1)));
        // SQLSTATE class 01 is a warning: SQL Server's informational messages (severity 10 and below).
        message.isError = !message.sqlState.startsWith(QStringLiteral("01"));
        SQLINTEGER state_ = 0;
        if (succeeded(SQLGetDiagField(handleType, handle, record, SQL_DIAG_SS_MSGSTATE, &state_,
                                      SQL_IS_INTEGER, nullptr)))
            message.state = int(state_);
        SQLINTEGER severity = 0;
        if (succeeded(SQLGetDiagField(handleType, handle, record, SQL_DIAG_SS_SEVERITY, &severity,
                                      SQL_IS_INTEGER, nullptr)))
            message.severity = int(severity);
        messages << message;
    }
    return messages;
}

void OdbcBatchRunner::collect(void* statement, BatchResult& result, const MessageSink& onMessage)
{
    const SqlMessages messages = diagnostics(SQL_HANDLE_STMT, statement);
    for (const SqlMessage& message : messages) {
        result.messages << message;
        if (onMessage)
            onMessage(message);
    }
}

void OdbcBatchRunner::readRows(void* statement, short columns, StatementResult& statement_,
                               BatchResult& result, const MessageSink& onMessage)
{
    for (SQLUSMALLINT column = 1; column <= SQLUSMALLINT(columns); ++column) {
        SQLWCHAR name[256] = {};
        SQLSMALLINT nameLength = 0;
        SQLSMALLINT type = 0;
        SQLULEN size = 0;
        SQLSMALLINT digits = 0;
        SQLSMALLINT nullable = 0;
        SQLDescribeColW(statement, column, name, SQLSMALLINT(sizeof(name) / sizeof(SQLWCHAR)), &nameLength,
                        &type, &size, &digits, &nullable);
        statement_.columns << fromWide(name, qMin<qsizetype>(nameLength, 255));
    }
    for (;;) {
        const SQLRETURN ret = SQLFetch(statement);
        if (ret == SQL_NO_DATA)
            break;
        if (ret == SQL_SUCCESS_WITH_INFO || ret == SQL_ERROR)
            collect(statement, result, onMessage);
        if (!succeeded(ret))
            break;
        QVariantList row;
        SqlMessages valueErrors;
        for (SQLUSMALLINT column = 1; column <= SQLUSMALLINT(columns); ++column)
            row << readValue(statement, column, valueErrors);
        for (const SqlMessage& message : std::as_const(valueErrors)) {
            result.messages << message;
            if (onMessage)
                onMessage(message);
        }
        statement_.rows << row;
    }
}

BatchResult OdbcBatchRunner::run(const QString& batch, const MessageSink& onMessage)
{
    BatchResult result;
    QElapsedTimer timer;
    timer.start();
    m_cancelRequested = false;

    SQLHSTMT statement = SQL_NULL_HSTMT;
    if (!succeeded(SQLAllocHandle(SQL_HANDLE_STMT, m_connection, &statement))) {
        result.messages << diagnostics(SQL_HANDLE_DBC, m_connection);
        result.outcome = BatchResult::Outcome::ConnectionLost;
        return result;
    }
    {
        std::lock_guard lock(m_mutex);
        m_statement = statement;
    }

    SQLRETURN ret =
        SQLExecDirectW(statement, const_cast<SQLWCHAR*>(reinterpret_cast<const SQLWCHAR*>(batch.utf16())),
                       SQLINTEGER(batch.size()));
    // One round per result: rows or a row count, and the messages that came with it. SQL Server goes on with
    // the next statement after most errors, so an error does not end the loop; only SQL_NO_DATA does.
    while (ret != SQL_NO_DATA && ret != SQL_INVALID_HANDLE) {
        if (ret == SQL_SUCCESS_WITH_INFO || ret == SQL_ERROR)
            collect(statement, result, onMessage);
        if (ret == SQL_ERROR) {
            const SqlMessage last = result.messages.isEmpty() ? SqlMessage{} : result.messages.constLast();
            if (last.sqlState == QStringLiteral("HY008") || m_cancelRequested) {
                result.outcome = BatchResult::Outcome::Cancelled;
                break;
            }
            if (last.sqlState.startsWith(QStringLiteral("08"))) {
                result.outcome = BatchResult::Outcome::ConnectionLost;
                break;
            }
        }
        if (succeeded(ret)) {
            SQLSMALLINT columns = 0;
            SQLNumResultCols(statement, &columns);
            StatementResult statementResult;
            if (columns > 0) {
                readRows(statement, columns, statementResult, result, onMessage);
                result.statements << statementResult;
            } else {
                SQLLEN count = -1;
                if (succeeded(SQLRowCount(statement, &count)) && count >= 0) {
                    statementResult.rowsAffected = count;
                    result.statements << statementResult;
                }
            }
        }
        ret = SQLMoreResults(statement);
    }

    {
        std::lock_guard lock(m_mutex);
        m_statement = nullptr;
        SQLFreeHandle(SQL_HANDLE_STMT, statement);
    }
    if (result.outcome == BatchResult::Outcome::Succeeded && m_cancelRequested)
        result.outcome = BatchResult::Outcome::Cancelled;
    // A connection that drops after the last message but before the server's final DONE can end the loop
    // with SQL_NO_DATA and no error (FreeTDS): a RESTORE cut off there would pass for complete. The driver
    // knows the connection is gone.
    if (result.outcome == BatchResult::Outcome::Succeeded || result.outcome == BatchResult::Outcome::Failed) {
        SQLUINTEGER dead = SQL_CD_FALSE;
        if (succeeded(SQLGetConnectAttr(m_connection, SQL_ATTR_CONNECTION_DEAD, &dead, 0, nullptr)) &&
            dead == SQL_CD_TRUE)
            result.outcome = BatchResult::Outcome::ConnectionLost;
    }
    if (result.outcome == BatchResult::Outcome::Succeeded &&
        std::any_of(result.messages.cbegin(), result.messages.cend(),
                    [](const SqlMessage& message) { return message.isError; }))
        result.outcome = BatchResult::Outcome::Failed;
    result.elapsedMs = timer.elapsed();
    return result;
}

void OdbcBatchRunner::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelRequested = true;
    if (m_statement)
        SQLCancel(m_statement);
}

} // namespace pchat
