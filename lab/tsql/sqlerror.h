// A SQL Server error or message (number, state, class, text) raised while running a request.
#pragma once

#include <exception>
#include <QString>

namespace pchatlab {

class SqlError : public std::exception
{
public:
    SqlError(int number, int severity, int state, QString text, bool abortsBatch = false)
        : m_number(number)
        , m_severity(severity)
        , m_state(state)
        , m_text(std::move(text))
        , m_abortsBatch(abortsBatch)
    {
    }
    const char* what() const noexcept override { return "SqlError"; }

    int number() const { return m_number; }
    int severity() const { return m_severity; }
    int state() const { return m_state; }
    const QString& text() const { return m_text; }
    // Compile-type errors (syntax, unknown object) end the whole batch, as in SQL Server.
    bool abortsBatch() const { return m_abortsBatch; }
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }
    const QString& procName() const { return m_procName; }
    void setProcName(const QString& name) { m_procName = name; }
    // Set once the error went to the client, so that enclosing statements do not report it again.
    bool reported() const { return m_reported; }
    void setReported() { m_reported = true; }

private:
    int m_number;
    int m_severity;
    int m_state;
    QString m_text;
    bool m_abortsBatch;
    int m_line = 1;
    QString m_procName;
    bool m_reported = false;
};

} // namespace pchatlab
