#include "faultmatrixresults.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace {

// 0 is Preflight, 1..7 the procedure's steps.
constexpr int stepCount = 8;

QString matrixFolder()
{
    return qEnvironmentVariable("PCHAT_FAULT_MATRIX_DIR", QStringLiteral(PCHAT_FAULT_MATRIX_DIR));
}

// Cells that do not apply (n.a.), and why:
// - login-fails at steps 1, 6, 7: they run the Lync shell, which does not log in to SQL Server.
// - db-in-use at 2 and 3: SET PARTNER OFF and BACKUP do not need exclusive access; at 1, 6, 7: no database;
//   at Preflight: other users of mgc are normal before the failback (the restore closes them).
// - backup-drop-at at 2 and 4: no BACKUP runs there; restore-drop-at at 2 and 3: no RESTORE runs there.
// - no-space at 2: SET PARTNER OFF writes no file; at 1, 6, 7: no disk of an instance is involved.
// - share-not-writable at 4: RESTORE only reads the share; at 2: the share is not used; at Preflight:
//   xp_fileexist cannot see write access and Preflight writes nothing.
// - share-not-readable at 2: the share is not used.
// - agent-stopped at 2, 3, 4: they do not use SQL Server Agent (Preflight reports it before step 1).
// - shell-cmdlet-fails, shell-hangs, shell-program-missing at 2 to 5: SQL steps, the shell is not used.
// - SQL faults at steps 1, 6, 7 and the shell fault at SQL steps: the step does not use that side at all.
// The row order of the printed matrix, and each row's cells that do not apply.
struct RowInfo
{
    QString fault;
    QString notApplicable; // step digits
};

// The failover's rows (files "failover-<fault>.json"); cells that do not apply, and why:
// - login-fails, instance-unreachable at 5 and 7: the Lync shell does not log in to SQL Server (step 6
//   reads sys.database_mirroring after Install-CsMirrorDatabase, so they apply there).
// - share-not-readable: only Preflight and step 2 list the share, and step 3 reads the backups from it (its
//   cell is not run, "-": step 3 ends Done under the fault, see test_fault_matrix_failover.cpp).
// - restore-drop-at: only step 3 restores log backups; step 4's RESTORE WITH RECOVERY copies nothing.
// - log-backup-missing: the chain is read by Preflight and step 3 only.
// - db-in-use: RESTORE LOG needs no session to end (a RESTORING database has none); only step 4 ends them.
// - shell-cmdlet-fails, shell-hangs, shell-program-missing, mirror-install-fails: steps 1 to 4 use SQL Server
//   only; the mirror only at 6.
const QList<RowInfo>& failoverRowInfos()
{
    static const QList<RowInfo> rows{
        {QStringLiteral("login-fails"), QStringLiteral("57")},
        {QStringLiteral("instance-unreachable"), QStringLiteral("57")},
        {QStringLiteral("share-not-readable"), QStringLiteral("14567")},
        {QStringLiteral("restore-drop-at"), QStringLiteral("0124567")},
        {QStringLiteral("log-backup-missing"), QStringLiteral("124567")},
        {QStringLiteral("db-in-use"), QStringLiteral("0123567")},
        {QStringLiteral("shell-cmdlet-fails"), QStringLiteral("01234")},
        {QStringLiteral("shell-hangs"), QStringLiteral("1234")},
        {QStringLiteral("shell-program-missing"), QStringLiteral("1234")},
        {QStringLiteral("mirror-install-fails"), QStringLiteral("0123457")},
    };
    return rows;
}

const QList<RowInfo>& rowInfos()
{
    static const QList<RowInfo> rows{
        {QStringLiteral("login-fails"), QStringLiteral("167")},
        {QStringLiteral("db-in-use"), QStringLiteral("012367")},
        {QStringLiteral("backup-drop-at"), QStringLiteral("012467")},
        {QStringLiteral("restore-drop-at"), QStringLiteral("012367")},
        {QStringLiteral("no-space"), QStringLiteral("1267")},
        {QStringLiteral("share-not-readable"), QStringLiteral("1267")},
        {QStringLiteral("share-not-writable"), QStringLiteral("012467")},
        {QStringLiteral("agent-stopped"), QStringLiteral("123467")},
        {QStringLiteral("slow"), QString()},
        {QStringLiteral("shell-cmdlet-fails"), QStringLiteral("2345")},
        {QStringLiteral("shell-hangs"), QStringLiteral("2345")},
        {QStringLiteral("shell-program-missing"), QStringLiteral("2345")},
    };
    return rows;
}

// The cells this process ran: row -> step -> outcome ("failed:B", "ok", "BUG:B" ...).
std::map<QString, std::map<int, QString>>& results()
{
    static std::map<QString, std::map<int, QString>> map;
    return map;
}

} // namespace

void FaultMatrixResults::recordCell(const QString& row, int step, const QString& outcome)
{
    QString& cell = results()[row][step];
    // Several phases at one step: "failed:B+D", or "ok:B/failed:B" when the outcomes differ.
    if (cell.isEmpty())
        cell = outcome;
    else if (cell.section(u'/', -1).section(u':', 0, 0) == outcome.section(u':', 0, 0))
        cell += u'+' + outcome.section(u':', 1);
    else
        cell += u'/' + outcome;
}

void FaultMatrixResults::writeRow(const QString& row)
{
    QJsonObject cells;
    for (const auto& [step, outcome] : results()[row])
        cells.insert(QString::number(step), outcome);
    QDir().mkpath(matrixFolder());
    QFile file(QDir(matrixFolder()).filePath(row + QStringLiteral(".json")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("cells"), cells},
                                             {QStringLiteral("time"),
                                              QDateTime::currentDateTime().toString(Qt::ISODate)}})
                       .toJson(QJsonDocument::Compact));
}

namespace {

class MatrixPrinter : public testing::Environment
{
public:
    void TearDown() override
    {
        // Only a process that ran rows of the matrix prints it (not the bad-input suite's).
        if (results().empty())
            return;
        for (const auto& [row, cells] : results())
            FaultMatrixResults::writeRow(row);
        QString out = QStringLiteral("\nFault matrix (B before, D during, A after the step's main action; "
                                     "failed = error with remedy, step failed, audit verified, values kept, "
                                     "retry done)\n");
        out += table(QStringLiteral("failback"),
                     {QStringLiteral("Preflight"), QStringLiteral("1 clear"), QStringLiteral("2 mirroring"),
                      QStringLiteral("3 backup"), QStringLiteral("4 restore"), QStringLiteral("5 log ship"),
                      QStringLiteral("6 active"), QStringLiteral("7 normal")},
                     rowInfos(), QString());
        out += table(QStringLiteral("failover"),
                     {QStringLiteral("Preflight"), QStringLiteral("1 remove LS"), QStringLiteral("2 copy"),
                      QStringLiteral("3 apply logs"), QStringLiteral("4 online"), QStringLiteral("5 pool"),
                      QStringLiteral("6 mirror"), QStringLiteral("7 active")},
                     failoverRowInfos(), QStringLiteral("failover-"));
        std::cout << out.toStdString() << std::flush;
    }

private:
    // One procedure's rows; prefix: the start of its rows' file names.
    static QString table(const QString& procedure, const QStringList& headers, const QList<RowInfo>& rows,
                         const QString& prefix)
    {
        const int width = 20;
        // The first column fits the longest fault name and a space.
        int first = width;
        for (const RowInfo& info : rows)
            first = std::max(first, int(info.fault.size()) + 1);
        QString out = procedure.leftJustified(first);
        for (const QString& header : headers)
            out += header.leftJustified(width - 4);
        out += QStringLiteral("row run at\n");
        for (const RowInfo& info : rows) {
            QFile file(QDir(matrixFolder()).filePath(prefix + info.fault + QStringLiteral(".json")));
            const QJsonObject row = file.open(QIODevice::ReadOnly)
                                        ? QJsonDocument::fromJson(file.readAll()).object()
                                        : QJsonObject();
            const QJsonObject cells = row.value(QLatin1String("cells")).toObject();
            out += info.fault.leftJustified(first);
            for (int step = 0; step < stepCount; ++step) {
                QString cell = cells.value(QString::number(step)).toString();
                if (cell.isEmpty())
                    cell = info.notApplicable.contains(QString::number(step)) ? QStringLiteral("n.a.")
                           : row.isEmpty()                                    ? QStringLiteral("not run")
                                                                              : QStringLiteral("-");
                out += cell.leftJustified(width - 4);
            }
            out += row.value(QLatin1String("time")).toString(QStringLiteral("-")) + u'\n';
        }
        return out;
    }
};

[[maybe_unused]] testing::Environment* const matrixPrinter =
    testing::AddGlobalTestEnvironment(new MatrixPrinter);

} // namespace
