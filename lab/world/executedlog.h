// What the lab received and executed, per instance and session, in a bounded ring buffer: the evidence a test
// reads (control command "executed") to prove that a hostile name reached the server only as a literal.
#pragma once

#include <deque>
#include <mutex>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace pchatlab {

struct ExecutedEntry
{
    qint64 seq = 0;
    // The instance's server name (PCSQL02\PCHAT) or "shell" for the Lync shell simulator.
    QString source;
    int spid = 0;
    // "batch" / "rpc" as received; "statement" as the interpreter ran it; "parse-error"; "shell-statement",
    // "shell-syntax-error" as the shell simulator ran its input; "lync" for a change request to the pool.
    QString kind;
    // The batch text, the statement's verb (BACKUP DATABASE, EXEC ...), the error or the cmdlet name.
    QString text;
    // What the statement acts on, as the interpreter evaluated it: database, procedure, table or identity.
    QString object;
    // Evaluated arguments ("@name=value", devices, "-Parameter=value").
    QStringList args;
};

class ExecutedLog
{
public:
    explicit ExecutedLog(qsizetype capacity = 50000);

    // Thread-safe; the log has a lock of its own so that it can be written with or without the world's lock.
    void append(ExecutedEntry entry);
    // Entries with seq > since, oldest first, at most `limit`; *last is the newest seq handed out so far.
    QJsonArray since(qint64 since, qsizetype limit, qint64* last) const;
    qint64 last() const;

private:
    mutable std::mutex m_mutex;
    std::deque<ExecutedEntry> m_entries;
    qsizetype m_capacity;
    qint64 m_nextSeq = 1;
};

} // namespace pchatlab
